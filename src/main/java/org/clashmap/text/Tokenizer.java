package org.clashmap.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into words (runs of letters and digits after normalisation) with spans into the
 * original, and offers clitic peelings of a word.
 *
 * <p>Peeling never decides on its own: {@link #peelings(String)} returns the word itself first and
 * then every form with proclitics removed, and the caller keeps the first one its lexicon knows.
 * That is what keeps بصرى (a town) from becoming صرى: the full form is tried first.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /** Words of {@code text}, in order. */
    public static List<Token> tokenize(String text) {
        return tokenize(ArabicNormalizer.normalizeWithOffsets(text));
    }

    /** Words of an already normalised text. */
    public static List<Token> tokenize(NormalizedText nt) {
        char[] s = nt.chars();
        int i = 0, n = nt.length();
        List<Token> out = new ArrayList<>(n / 5 + 4); // Arabic words average about five chars with their space: rarely grown
        while (i < n) {
            while (i < n && !isWordChar(s[i])) i++;
            if (i >= n) break;
            int st = i;
            while (i < n && isWordChar(s[i])) i++;
            out.add(new Token(nt.originalStart(st), nt.originalEnd(i), st, i, s));
        }
        return out;
    }

    /**
     * Whether a word of {@code text[from, to)}, as {@link #tokenize} cuts and normalises it, is one of {@code words}:
     * read in place, where tokenising a substring made a copy, a normalised copy with its offsets and a token per word
     * only to ask a set.
     */
    public static boolean anyWordIn(String text, int from, int to, Set<String> words) {
        return hasWord(text, from, to, words, true);
    }

    /** Whether every word of {@code text[from, to)} (as {@link #anyWordIn} reads them) is one of {@code words}; true for none. */
    public static boolean allWordsIn(String text, int from, int to, Set<String> words) {
        return !hasWord(text, from, to, words, false);
    }

    /** Whether a word of {@code text[from, to)} is ({@code in}) or is not one of {@code words}. */
    private static boolean hasWord(String text, int from, int to, Set<String> words, boolean in) {
        char[] word = new char[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? ArabicNormalizer.normalizeChar(text.charAt(i)) : ' ';
            if (c == DROPPED) continue; // a dropped mark neither ends nor starts a word
            if (isWordChar(c)) {
                word[n++] = c;
                continue;
            }
            if (n > 0 && words.contains(new String(word, 0, n)) == in) return true;
            n = 0;
        }
        return false;
    }

    /** What {@link ArabicNormalizer#normalizeChar} gives for a char it drops. */
    private static final char DROPPED = '\uFFFF';

    /** Letters and digits make words; everything else separates them. */
    public static boolean isWordChar(char c) {
        return WORD_CHARS[c];
    }

    /**
     * {@link #isWordChar} of every char, looked up rather than worked out: the gazetteer's walk asks it of every
     * character it passes, and as a lookup the quick JIT tier inlines it (it did not inline the comparisons).
     */
    private static final boolean[] WORD_CHARS = wordChars();

    private static boolean[] wordChars() {
        boolean[] t = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            t[i] = c >= 0x0621 && c <= 0x064A || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c > 0x7F && Character.isLetterOrDigit(c);
        }
        return t;
    }

    /** True for the one-letter conjunctions و and ف. */
    public static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    /** True for the one-letter prepositions ب, ل and ك. */
    public static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    /**
     * The normalised word and its peeled forms, least peeled first, without duplicates:
     * و/ف, then ب/ل/ك, then the article ال; لل is ل + ال with the alef dropped, so للقريتين
     * yields القريتين and قريتين. Stems shorter than two letters are not offered.
     */
    public static List<String> peelings(String word) {
        String w = ArabicNormalizer.normalize(word);
        List<String> out = new ArrayList<>(4);
        out.add(w);
        String rest = w;
        if (rest.length() > 3 && isConjunction(rest.charAt(0))) add(out, rest = rest.substring(1));
        if (rest.startsWith("لل") && rest.length() > 3) {
            add(out, "ال" + rest.substring(2));
            add(out, rest.substring(2));
            return out;
        }
        if (rest.length() > 3 && isPreposition(rest.charAt(0))) add(out, rest = rest.substring(1));
        if (rest.startsWith("ال") && rest.length() > 3) add(out, rest.substring(2));
        return out;
    }

    private static void add(List<String> out, String s) {
        if (s.length() >= 2 && !out.contains(s)) out.add(s);
    }
}
