package org.clashmap.geo.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The counting sort gives exactly what a comparison sort gives, for narrow and wide key ranges. */
public class PackedKeysTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 10, 5_000, 1 << 20, Integer.MAX_VALUE})
    void equalsAFullSortWhenIndexesArriveInOrder(int keyRange) {
        Random rnd = new Random(keyRange);
        for (int n : new int[]{0, 1, 2, 17, 10_000}) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                long key = (long) (rnd.nextDouble() * keyRange) - keyRange / 2; // negative keys too
                packed[i] = (key << 32) | i;
            }
            long[] expected = packed.clone();
            Arrays.sort(expected);
            PackedKeys.sort(packed);
            assertArrayEquals(expected, packed, "range " + keyRange + ", n " + n);
        }
    }
}
