package org.clashmap.export;

/**
 * A set of longs in one array (open addressing), for the incidents a tally has counted: a {@code HashSet} of
 * 100k keys keeps a node and a key object each, which every young collection of an export copies (decision 049).
 * Not thread-safe.
 */
final class LongSet {
    /** Marks a free slot; the key of that value is {@link #hasFree} instead. */
    private static final long FREE = Long.MIN_VALUE;
    private long[] slots = filled(1024);
    private boolean hasFree;
    private int size;

    /** Adds {@code k}; true if it was not in the set. */
    boolean add(long k) {
        if (k == FREE) {
            boolean added = !hasFree;
            hasFree = true;
            return added;
        }
        int mask = slots.length - 1;
        int i = slot(k, mask);
        for (long s; (s = slots[i]) != FREE; i = (i + 1) & mask) {
            if (s == k) return false;
        }
        slots[i] = k;
        if (++size * 2 > slots.length) grow();
        return true;
    }

    private static int slot(long k, int mask) {
        return (int) (k * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = filled(2 * old.length);
        int mask = slots.length - 1;
        for (long k : old) {
            if (k == FREE) continue;
            int i = slot(k, mask);
            while (slots[i] != FREE) i = (i + 1) & mask;
            slots[i] = k;
        }
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        java.util.Arrays.fill(a, FREE);
        return a;
    }
}
