package org.clashmap.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {

    @Test
    void tokensCarrySpansIntoTheOriginal() {
        String text = "قصفٌ على «بُصرى الشام»، أمس.";
        List<Token> ts = Tokenizer.tokenize(text);
        assertEquals(List.of("قصف", "علي", "بصري", "الشام", "امس"), ts.stream().map(Token::text).toList());
        Token busra = ts.get(2);
        assertEquals("بُصرى", text.substring(busra.start(), busra.end()));
    }

    @Test
    void wordsAskedInPlaceAreTheTokensOfTheSubstring() {
        // marks, tatweel, a bidi mark, quotes, digits, Latin, U+FFFF: every stretch of it, cut anywhere
        String text = "قصفٌ على «بُصرى الشام»، أمس. 60 كم، T3\u200Fو\u0640الحرب وبال\u064Eسخنة\uFFFF-x";
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                List<String> tokens = Tokenizer.tokenize(text.substring(from, to)).stream().map(Token::text).toList();
                String at = from + ".." + to;
                for (String w : List.of("الشام", "بصري", "60", "t3", "والحرب", "وبالسخنه", "x", "قص")) {
                    assertEquals(tokens.contains(w), Tokenizer.anyWordIn(text, from, to, java.util.Set.of(w)), at + " " + w);
                }
                for (java.util.Set<String> listed : List.of(java.util.Set.of("علي", "امس"), java.util.Set.of("علي", "امس", "60", "كم", "t3", "x"),
                        java.util.Set.copyOf(tokens))) {
                    assertEquals(tokens.stream().allMatch(listed::contains), Tokenizer.allWordsIn(text, from, to, listed), at + " " + listed);
                }
            }
        }
    }

    @Test
    void digitsAndLatinAreWords() {
        assertEquals(List.of("60", "كم", "t3"), Tokenizer.tokenize("60 كم، T3").stream().map(Token::text).toList());
    }

    @Test
    void fullFormComesFirstSoRealFirstLettersSurvive() {
        List<String> p = Tokenizer.peelings("بصرى");
        assertEquals("بصري", p.get(0));
        assertTrue(p.contains("صري"), "the peeled form is offered as an alternative only");
    }

    @Test
    void peelsConjunctionPrepositionAndArticle() {
        assertEquals(List.of("وبالسخنه", "بالسخنه", "السخنه", "سخنه"), Tokenizer.peelings("وبالسخنة"));
        assertEquals(List.of("بريف", "ريف"), Tokenizer.peelings("بريف"));
        // Every peeling is offered; the lexicon decides (وبلدة → بلدة, and لدة which no lexicon knows).
        assertEquals(List.of("وبلده", "بلده", "لده"), Tokenizer.peelings("وبلدة"));
        assertEquals(List.of("فالرقه", "الرقه", "رقه"), Tokenizer.peelings("فالرقة"));
        assertEquals(List.of("كالسد", "السد", "سد"), Tokenizer.peelings("كالسد"));
    }

    @Test
    void lamLamIsPrepositionPlusArticle() {
        assertEquals(List.of("للقريتين", "القريتين", "قريتين"), Tokenizer.peelings("للقريتين"));
        assertEquals(List.of("وللقريتين", "للقريتين", "القريتين", "قريتين"), Tokenizer.peelings("وللقريتين"));
    }

    @Test
    void shortWordsAreNotPeeledToNothing() {
        assertEquals(List.of("ولا"), Tokenizer.peelings("ولا"));
        assertEquals(List.of("بل"), Tokenizer.peelings("بل"));
        assertFalse(Tokenizer.peelings("وبه").contains("ه"));
    }
}
