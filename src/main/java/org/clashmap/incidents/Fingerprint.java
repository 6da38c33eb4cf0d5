package org.clashmap.incidents;

import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.Tokenizer;

/**
 * A MinHash signature of a report's text: the normalised words (ArabicNormalizer: hamza forms, ة,
 * diacritics and digits folded) taken as overlapping 3-word shingles, each hashed, and for each of
 * {@link #SIZE} hash functions the smallest value kept. Two signatures agree in a share of their
 * positions that estimates the Jaccard similarity of the two shingle sets: the same article lightly
 * edited or re-posted (a new headline, a sentence added, punctuation changed) stays above 0.8, two
 * reports of the same incident by different outlets, written separately, fall far below.
 *
 * <p>For lookup, the signature is cut into {@link #BANDS} bands of {@link #ROWS} values; texts that
 * share any band are compared (locality-sensitive hashing): a pair at Jaccard 0.8 shares a band with
 * probability 1 - (1 - 0.8^4)^16 > 0.999, a pair at 0.3 with probability 0.12.
 */
public final class Fingerprint {
    public static final int SIZE = 64;
    public static final int BANDS = 16;
    public static final int ROWS = SIZE / BANDS;
    private static final int SHINGLE = 3;
    private static final long[] A = new long[SIZE], B = new long[SIZE];

    static {
        long seed = 0x2545F4914F6CDD1DL; // fixed: stored signatures must stay comparable across versions
        for (int i = 0; i < SIZE; i++) {
            A[i] = splitMix(seed += 0x9E3779B97F4A7C15L) | 1;
            B[i] = splitMix(seed += 0x9E3779B97F4A7C15L);
        }
    }

    private final int[] values;

    private Fingerprint(int[] values) {
        this.values = values;
    }

    /** The signature of a text; a text of fewer than three words is shingled as one shingle. */
    public static Fingerprint of(String text) {
        // The words are Tokenizer's (runs of word characters of the normalised text), taken as spans of one char array
        // rather than a string each: the fingerprint of every stored report is made on the ingest's one writing thread.
        char[] c = new char[text.length()];
        int n = ArabicNormalizer.normalizeInto(text, c);
        int[] starts = new int[64], ends = new int[64];
        int words = 0;
        for (int i = 0; i < n; ) {
            while (i < n && !Tokenizer.isWordChar(c[i])) i++;
            if (i >= n) break;
            int st = i;
            while (i < n && Tokenizer.isWordChar(c[i])) i++;
            if (words == starts.length) {
                starts = java.util.Arrays.copyOf(starts, words * 2);
                ends = java.util.Arrays.copyOf(ends, words * 2);
            }
            starts[words] = st;
            ends[words++] = i;
        }
        int[] v = new int[SIZE];
        java.util.Arrays.fill(v, Integer.MAX_VALUE);
        // A shingle is hashed as its words joined by spaces, without joining them; a shingle seen twice changes no
        // minimum, so no set of them is kept. Fewer words than a shingle: all of them joined.
        int shingle = Math.min(SHINGLE, words);
        for (int i = 0; i == 0 || i + shingle <= words; i++) {
            long h = OFFSET;
            for (int k = 0; k < shingle; k++) h = fnv(k == 0 ? h : (h ^ ' ') * PRIME, c, starts[i + k], ends[i + k]);
            minimise(v, splitMix(h));
        }
        return new Fingerprint(v);
    }

    private static void minimise(int[] v, long shingle) {
        for (int i = 0; i < SIZE; i++) {
            int h = (int) ((A[i] * shingle + B[i]) >>> 33);
            if (h < v[i]) v[i] = h;
        }
    }

    /** Reads a signature written by {@link #hex()}. */
    public static Fingerprint parse(String hex) {
        if (hex == null || hex.length() != SIZE * 8) throw new IllegalArgumentException("not a report fingerprint: " + hex);
        int[] v = new int[SIZE];
        for (int i = 0; i < SIZE; i++) v[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
        return new Fingerprint(v);
    }

    public String hex() {
        char[] out = new char[SIZE * 8];
        for (int i = 0; i < SIZE; i++) {
            // eight lower-case hex digits per value, as String.format("%08x") wrote them, without its parser per value
            for (int d = 0; d < 8; d++) out[i * 8 + d] = Character.forDigit((values[i] >>> (28 - 4 * d)) & 0xF, 16);
        }
        return new String(out);
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, in [0, 1]. */
    public double similarity(Fingerprint other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (values[i] == other.values[i]) same++;
        return same / (double) SIZE;
    }

    /** One hash per band, for the lookup table. */
    public long[] bands() {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 1469598103934665603L;
            for (int r = 0; r < ROWS; r++) h = (h ^ values[b * ROWS + r]) * 1099511628211L;
            out[b] = h;
        }
        return out;
    }

    private static final long OFFSET = 1469598103934665603L, PRIME = 1099511628211L;

    /** FNV-1a over the UTF-16 chars {@code c[from, to)}. */
    private static long fnv(long h, char[] c, int from, int to) {
        for (int i = from; i < to; i++) h = (h ^ c[i]) * PRIME;
        return h;
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
