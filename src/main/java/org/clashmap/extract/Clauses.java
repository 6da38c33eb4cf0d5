package org.clashmap.extract;

import org.clashmap.text.Token;
import org.clashmap.text.Tokenizer;

import java.util.List;
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
    static Clauses of(String text, int start, int end) {
        // Plain int arrays, no boxing or streams: this runs for every sentence read, and its stream pipeline was
        // the costliest method for the JIT to compile in a whole `clashmap extract` run.
        int[] b = new int[8], o = new int[4];
        int nb = 0, no = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':') b = append(b, nb++, i);
        }
        Set<String> words = OPENERS;
        List<Token> toks = Tokenizer.tokenize(text.substring(start, end));
        for (int k = 0; k < toks.size(); k++) {
            String one = toks.get(k).text();
            boolean opens = words.contains(one);
            if (!opens && k + 1 < toks.size() && STARTS_TWO.contains(one)) {
                String two = one + " " + toks.get(k + 1).text();
                opens = words.contains(two) || k + 2 < toks.size() && STARTS_THREE.contains(two) && words.contains(two + " " + toks.get(k + 2).text());
            }
            if (opens) {
                b = append(b, nb++, start + toks.get(k).start());
                o = append(o, no++, start + toks.get(k).start());
            }
        }
        int[] bounds = java.util.Arrays.copyOf(b, nb);
        java.util.Arrays.sort(bounds);
        return new Clauses(bounds, java.util.Arrays.copyOf(o, no));
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
