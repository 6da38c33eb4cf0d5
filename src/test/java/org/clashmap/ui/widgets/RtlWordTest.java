package org.clashmap.ui.widgets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Words without Arabic letters inside Arabic text keep the places the bidi algorithm gives their quotes and brackets. */
class RtlWordTest {

    @Test
    void aClosingQuoteAfterANumberGoesToItsLeft() {
        // “الفرقة 11” in a seed report: the word 11” reads, right to left, 11 then the closing quote.
        assertTrue(RtlWord.needsVisualOrder("11”"));
        assertEquals("”11", RtlWord.visual("11”"));
        assertEquals("11“", RtlWord.visual("“11"));
    }

    @Test
    void bracketsAroundANumberAreMirrored() {
        // (60 كم ...): the opening parenthesis is the word's rightmost glyph and faces the text on its left.
        assertEquals("60)", RtlWord.visual("(60"));
        assertEquals("(45", RtlWord.visual("45)"));
    }

    @Test
    void latinWordsAndNumbersKeepTheirOwnOrder() {
        assertEquals("\"T62\"", RtlWord.visual("\"T62\""));
        assertEquals("14.5", RtlWord.visual("14.5"));
        assertFalse(RtlWord.needsVisualOrder("2018"));
        assertFalse(RtlWord.needsVisualOrder("“الفرقة"), "JavaFX orders words with Arabic letters itself");
    }
}
