package org.clashmap.export;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link LongSet} answers as a {@code HashSet<Long>} does, through its growth, for any long (its free-slot marker too). */
class LongSetTest {
    @Test
    void addsAsAHashSetDoes() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        Random r = new Random(5);
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 0};
        for (long k : edges) assertEquals(expected.add(k), set.add(k), "edge " + k);
        for (int i = 0; i < 200_000; i++) {
            // small keys repeat often (ids), large ones are spread over the whole range
            long k = r.nextBoolean() ? r.nextInt(50_000) : r.nextLong();
            assertEquals(expected.add(k), set.add(k), "key " + k);
        }
        for (long k : expected) assertEquals(false, set.add(k), "kept " + k);
    }
}
