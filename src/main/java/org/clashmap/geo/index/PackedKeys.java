package org.clashmap.geo.index;

import java.util.Arrays;

/**
 * Sorting of packed {@code (key << 32) | index} longs, the way the map's indexes order a million
 * incidents by day or by grid cell without boxing. Keys span a few thousand days or a few hundred
 * thousand cells, so a counting sort over the key range is a few linear passes instead of a
 * comparison sort; when the range is too wide for that, it falls back to {@link Arrays#sort}.
 */
public final class PackedKeys {
    private PackedKeys() {
    }

    /**
     * Sorts {@code packed} ascending. The counting sort is stable, so this equals a full sort
     * exactly when the low halves arrive in ascending order, as indexes filled in a loop over the
     * incidents do.
     */
    static void sort(long[] packed) {
        int n = packed.length;
        if (n < 2) return;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (long p : packed) {
            int k = (int) (p >> 32);
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        long range = (long) max - min + 1;
        if (range > 4L * n + 1024) {
            Arrays.sort(packed);
            return;
        }
        int[] start = new int[(int) range + 1];
        for (long p : packed) start[(int) ((p >> 32) - min) + 1]++;
        for (int k = 0; k < range; k++) start[k + 1] += start[k];
        long[] out = new long[n];
        for (long p : packed) out[start[(int) ((p >> 32) - min)]++] = p;
        System.arraycopy(out, 0, packed, 0, n);
    }
}
