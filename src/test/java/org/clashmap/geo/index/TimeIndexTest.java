package org.clashmap.geo.index;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The index must return exactly what a brute-force overlap scan returns, for any mix of ranges. */
public class TimeIndexTest {
    private static final AtomicLong SEEDS = new AtomicLong(20260101);

    @RepeatedTest(40)
    void windowQueriesMatchBruteForce() {
        Random r = new Random(SEEDS.getAndIncrement());
        int n = 1 + r.nextInt(3000);
        int[] from = new int[n], to = new int[n];
        int base = 15000 + r.nextInt(2000);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) == 0) {
                from[i] = to[i] = IncidentSet.UNDATED;
                continue;
            }
            from[i] = base + r.nextInt(800) - (r.nextInt(20) == 0 ? 20000 : 0); // some far back, some before 1970
            to[i] = from[i] + duration(r);
        }
        TimeIndex index = new TimeIndex(from, to, n);
        for (int q = 0; q < 60; q++) {
            int a = base - 50 + r.nextInt(900), b = a + (r.nextInt(4) == 0 ? 0 : r.nextInt(200));
            if (r.nextInt(15) == 0) a = Integer.MIN_VALUE;      // cumulative: everything up to b
            if (r.nextInt(15) == 0) b = Integer.MAX_VALUE;
            BitSet got = new BitSet();
            index.overlapping(a, b, got);
            assertEquals(bruteForce(from, to, n, a, b), got, "window " + a + ".." + b);
        }
    }

    /** Mostly single days, then weeks, months, years and the odd multi-year range. */
    private static int duration(Random r) {
        int k = r.nextInt(100);
        if (k < 60) return 0;
        if (k < 75) return r.nextInt(7);
        if (k < 88) return r.nextInt(31);
        if (k < 95) return r.nextInt(366);
        return r.nextInt(3000);
    }

    private static BitSet bruteForce(int[] from, int[] to, int n, int a, int b) {
        BitSet out = new BitSet();
        for (int i = 0; i < n; i++) if (from[i] != IncidentSet.UNDATED && from[i] <= b && to[i] >= a) out.set(i);
        return out;
    }

    @Test
    void undatedNeverAppearInADatedWindow() {
        int u = IncidentSet.UNDATED;
        int[] from = {u, 100, u, 105}, to = {u, 110, u, 105};
        TimeIndex index = new TimeIndex(from, to, 4);
        BitSet all = new BitSet();
        index.overlapping(Integer.MIN_VALUE, Integer.MAX_VALUE, all);
        assertEquals(BitSet.valueOf(new long[]{0b1010}), all);
        assertEquals(100, index.minDay());
        assertEquals(110, index.maxDay());
        assertEquals(2, index.datedCount());
        assertEquals(1, index.count(101, 104), "the multi-day range overlaps, the single day does not");
        assertEquals(0, index.count(111, 200));
    }

    @Test
    void emptyIndex() {
        TimeIndex index = new TimeIndex(new int[0], new int[0], 0);
        assertEquals(0, index.count(Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(0, index.datedCount());
    }
}
