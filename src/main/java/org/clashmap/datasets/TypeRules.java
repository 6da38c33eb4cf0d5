package org.clashmap.datasets;

import org.clashmap.extract.SubEventType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UCDP's kind of violence and source headline to an ACLED sub-event type (ucdp_types.tsv). UCDP
 * does not code weapons, so the headline's words refine the default: an imperfect but honest
 * guess that keeps UCDP events comparable with ACLED and extracted ones on the map.
 */
final class TypeRules {
    private final Map<Integer, SubEventType> byViolence = new HashMap<>();
    private final List<Map.Entry<String, SubEventType>> keywords = new ArrayList<>();
    /** For each ASCII character, the indexes (in file order) of the keywords whose first letter it is; others in {@link #otherStarts}. */
    private final int[][] byFirstLetter = new int[128][];
    private final int[] otherStarts;

    TypeRules() {
        for (String[] r : DataFiles.tsv("ucdp_types.tsv", 3)) {
            SubEventType t = SubEventType.valueOf(r[2].trim());
            switch (r[0].trim()) {
                case "violence" -> byViolence.put(Integer.parseInt(r[1].trim()), t);
                case "keyword" -> keywords.add(Map.entry(" " + r[1].trim().toLowerCase(Locale.ROOT), t));
                default -> throw new IllegalStateException("ucdp_types.tsv: unknown kind " + r[0]);
            }
        }
        List<List<Integer>> starts = new ArrayList<>();
        for (int c = 0; c < 129; c++) starts.add(new ArrayList<>());
        for (int k = 0; k < keywords.size(); k++) {
            String key = keywords.get(k).getKey();
            if (key.length() == 1) { // an empty keyword is in every headline's words
                for (List<Integer> l : starts) l.add(k);
                continue;
            }
            char first = key.charAt(1);
            starts.get(first < 128 ? first : 128).add(k);
        }
        for (int c = 0; c < 128; c++) byFirstLetter[c] = ints(starts.get(c));
        otherStarts = ints(starts.get(128));
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** " " + the lower-cased words separated by single spaces (a loop, not a regex: it runs per row). */
    static String words(String text) {
        if (text == null) return " ";
        // a char[] rather than a StringBuilder: one headline's non-Latin-1 letter would make the builder copy every char twice
        char[] out = new char[text.length() + 1];
        out[0] = ' ';
        int n = 1;
        boolean gap = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) {
                out[n++] = c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
                gap = false;
            } else if (!gap) {
                out[n++] = ' ';
                gap = true;
            }
        }
        return new String(out, 0, n);
    }

    /** {@link Character#isLetterOrDigit} and {@link Character#toLowerCase} of the ASCII characters, asked once. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    boolean knowsViolence(int typeOfViolence) {
        return byViolence.containsKey(typeOfViolence);
    }

    /**
     * The first keyword in file order found in the headline's words, else the default of the kind of violence. Each
     * keyword is " " + its words, so it can only occur where a word starts: one pass over the word starts, trying the
     * keywords that begin with that letter, finds the same first keyword as searching the words for each in turn.
     */
    SubEventType classify(int typeOfViolence, String headline) {
        String words = words(headline);
        int first = keywords.size();
        for (int p = words.indexOf(' '); p >= 0 && first > 0; p = words.indexOf(' ', p + 1)) {
            char c = p + 1 < words.length() ? words.charAt(p + 1) : ' ';
            for (int k : c < 128 ? byFirstLetter[c] : otherStarts) {
                if (k >= first) break;
                if (words.startsWith(keywords.get(k).getKey(), p)) {
                    first = k;
                    break;
                }
            }
        }
        return first < keywords.size() ? keywords.get(first).getValue() : byViolence.get(typeOfViolence);
    }
}
