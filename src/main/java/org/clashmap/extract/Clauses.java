package org.clashmap.extract;

import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.Tokenizer;

import java.util.Set;

/**
 * Clause boundaries inside one sentence: commas, semicolons, colons and the clause-opening words of
 * {@code clauses.tsv}. A news sentence often chains several reports ("... بهدف السيطرة على المطار، بينما قتل
 * قائد في اشتباكات ..."); a cue that says "this is not an incident" covers its own clause, not the rest.
 */
final class Clauses {
    private static final Set<String> OPENERS = LexiconFile.normalizedWords("clauses.tsv");
    /**
     * The first word of each two- or three-word opener, and the first two words of each three-word one: a two- or
     * three-word phrase is built and looked up only after a word that can start one (most words cannot), which
     * made finding the clauses of a sentence several times cheaper with the same result.
     */
    private static final Set<String> STARTS_TWO = prefixes(1), STARTS_THREE = prefixes(2);
    /**
     * Shapes (length, first and last letter) of every opener's first word: a word of another shape opens no clause
     * and starts no opener, so its text is never made (most words of a sentence; decision 038's quick tier made each
     * string costly).
     */
    private static final java.util.BitSet FIRST_WORD_SHAPES = shapes();

    private static java.util.BitSet shapes() {
        java.util.BitSet out = new java.util.BitSet(1 << 16);
        for (String o : OPENERS) {
            String w = o.split(" ")[0];
            if (!w.isEmpty()) out.set(shape(w.length(), w.charAt(0), w.charAt(w.length() - 1)));
        }
        return out;
    }

    private static int shape(int length, char first, char last) {
        return ((first * 31 + last) * 31 + length) & 0xFFFF;
    }


    private static Set<String> prefixes(int words) {
        Set<String> out = new java.util.HashSet<>();
        for (String o : OPENERS) {
            String[] w = o.split(" ");
            if (w.length > words && w.length <= 3) out.add(String.join(" ", java.util.Arrays.copyOf(w, words)));
        }
        return Set.copyOf(out);
    }
    private final int[] bounds;
    /** The clause-opening words alone (no punctuation): where a new report inside the sentence begins. */
    private final int[] openers;

    private Clauses(int[] bounds, int[] openers) {
        this.bounds = bounds;
        this.openers = openers;
    }

    /** The boundaries of the sentence text[start, end), in order. */
    static Clauses of(char[] text, int start, int end) {
        // Plain int arrays, no boxing or streams: this runs for every sentence read, and its stream pipeline was
        // the costliest method for the JIT to compile in a whole `clashmap extract` run.
        int[] b = new int[8], o = new int[4];
        int nb = 0, no = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':') b = append(b, nb++, i);
        }
        // The sentence's words as Tokenizer finds them (runs of word characters once normalised; a dropped mark
        // neither ends nor starts one), read in place: where each starts and ends in the text, and whether its shape
        // (normalised length, first and last letter) is that of an opener's first word. Only such a word's normalised
        // text is made (and the next two words' after it), so the sentence is not copied out normalised.
        int[] from = new int[16], to = new int[16];
        boolean[] shaped = new boolean[16];
        int words = 0, length = 0;
        char first = 0, last = 0;
        boolean inWord = false;
        for (int i = start; i <= end; i++) {
            char c = i < end ? ArabicNormalizer.normalizeChar(text[i]) : ' ';
            if (c == DROPPED) continue;
            if (Tokenizer.isWordChar(c)) {
                if (!inWord) {
                    if (words == from.length) {
                        from = java.util.Arrays.copyOf(from, words * 2);
                        to = java.util.Arrays.copyOf(to, words * 2);
                        shaped = java.util.Arrays.copyOf(shaped, words * 2);
                    }
                    from[words] = i;
                    first = c;
                    length = 0;
                    inWord = true;
                }
                last = c;
                length++;
            } else if (inWord) {
                to[words] = i;
                shaped[words++] = FIRST_WORD_SHAPES.get(shape(length, first, last));
                inWord = false;
            }
        }
        Set<String> known = OPENERS;
        for (int k = 0; k < words; k++) {
            if (!shaped[k]) continue;
            String one = normalized(text, from[k], to[k]);
            boolean opens = known.contains(one);
            if (!opens && k + 1 < words && STARTS_TWO.contains(one)) {
                String two = one + " " + normalized(text, from[k + 1], to[k + 1]);
                opens = known.contains(two) || k + 2 < words && STARTS_THREE.contains(two)
                        && known.contains(two + " " + normalized(text, from[k + 2], to[k + 2]));
            }
            if (opens) {
                b = append(b, nb++, from[k]);
                o = append(o, no++, from[k]);
            }
        }
        int[] bounds = java.util.Arrays.copyOf(b, nb);
        java.util.Arrays.sort(bounds);
        return new Clauses(bounds, java.util.Arrays.copyOf(o, no));
    }

    private static final char DROPPED = '\uFFFF';

    /** The normalised text of the word text[from, to) (its dropped marks left out). */
    private static String normalized(char[] text, int from, int to) {
        char[] w = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = ArabicNormalizer.normalizeChar(text[i]);
            if (c != DROPPED) w[n++] = c;
        }
        return new String(w, 0, n);
    }

    /** {@code a} with {@code v} at index {@code n}, grown when full. */
    private static int[] append(int[] a, int n, int v) {
        if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
        a[n] = v;
        return a;
    }

    /** Start of the clause holding {@code pos}: the last boundary at or before it, or {@code sentenceStart}. */
    int startOf(int pos, int sentenceStart) {
        int s = sentenceStart;
        for (int b : bounds) if (b <= pos) s = b;
        return s;
    }

    /** The last clause-opening word (not a comma) starting in (from, to), or -1. */
    int lastOpenerBetween(int from, int to) {
        int at = -1;
        for (int b : openers) if (b > from && b < to) at = b;
        return at;
    }

    /** End of the clause holding {@code pos}: the first boundary after it, or {@code sentenceEnd}. */
    int endOf(int pos, int sentenceEnd) {
        for (int b : bounds) if (b > pos) return Math.min(b, sentenceEnd);
        return sentenceEnd;
    }
}
