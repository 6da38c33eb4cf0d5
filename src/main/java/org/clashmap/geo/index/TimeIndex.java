package org.clashmap.geo.index;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Dated incidents sorted by first day, so "which incidents overlap days [a, b]" costs two binary
 * searches instead of a scan over everything.
 * <p>
 * An incident overlaps [a, b] iff {@code from <= b && to >= a}. Sorting by {@code from} answers
 * the first half exactly; the second half is bounded by splitting incidents into bands by
 * duration (one day, a week, a month, a year, longer). Within a band every duration is at most
 * the band's maximum D, so candidates have {@code from} in [a - D, b] and only those are checked
 * against {@code to}. Day-precision events (the bulk) form a band with D = 0, which has no false
 * candidates at all; the coarse bands are small.
 */
public final class TimeIndex {
    /** Upper duration bounds (days) of the bands; the last band takes whatever is longer. */
    private static final int[] BAND_LIMITS = {0, 7, 31, 92, 366, Integer.MAX_VALUE};

    private final Band[] bands;
    private final int minDay, maxDay, datedCount, size;
    private final int[] dayFrom, dayTo;

    public TimeIndex(IncidentSet set) {
        this(set.dayFrom, set.dayTo, set.size);
    }

    TimeIndex(int[] dayFrom, int[] dayTo, int size) {
        this.dayFrom = dayFrom;
        this.dayTo = dayTo;
        this.size = size;
        int[] counts = new int[BAND_LIMITS.length];
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE, dated = 0;
        for (int i = 0; i < size; i++) {
            if (dayFrom[i] == IncidentSet.UNDATED) continue;
            counts[bandOf(dayTo[i] - dayFrom[i])]++;
            min = Math.min(min, dayFrom[i]);
            max = Math.max(max, dayTo[i]);
            dated++;
        }
        long[][] keys = new long[BAND_LIMITS.length][];
        for (int b = 0; b < keys.length; b++) keys[b] = new long[counts[b]];
        int[] fill = new int[BAND_LIMITS.length];
        int[] maxDuration = new int[BAND_LIMITS.length];
        for (int i = 0; i < size; i++) {
            if (dayFrom[i] == IncidentSet.UNDATED) continue;
            int d = dayTo[i] - dayFrom[i], b = bandOf(d);
            // Packed (from, incident) longs sort by day, then incident, without boxing.
            keys[b][fill[b]++] = ((long) dayFrom[i] << 32) | i;
            maxDuration[b] = Math.max(maxDuration[b], d);
        }
        bands = new Band[keys.length];
        for (int b = 0; b < keys.length; b++) bands[b] = new Band(keys[b], dayFrom, dayTo, maxDuration[b]);
        minDay = dated == 0 ? 0 : min;
        maxDay = dated == 0 ? 0 : max;
        datedCount = dated;
    }

    private static int bandOf(int duration) {
        int b = 0;
        while (duration > BAND_LIMITS[b]) b++;
        return b;
    }

    /** First day of the earliest dated incident (0 when none is dated). */
    public int minDay() {
        return minDay;
    }

    /** Last day of the latest dated incident (0 when none is dated). */
    public int maxDay() {
        return maxDay;
    }

    public int datedCount() {
        return datedCount;
    }

    /** Sets in {@code out} (not clearing it) every dated incident whose range overlaps [from, to], inclusive. */
    public void overlapping(int from, int to, BitSet out) {
        if (from > to) return;
        long candidates = 0;
        for (Band b : bands) candidates += b.candidates(from, to);
        if (candidates > (long) size / 8) {
            scan(from, to, out);
            return;
        }
        for (Band b : bands) b.overlapping(from, to, out);
    }

    /**
     * Wide windows (cumulative playback near the end) hit most incidents: setting bits in sorted-by-date
     * order is a random walk over the bit set, so a straight pass building whole words is faster.
     */
    private void scan(int from, int to, BitSet out) {
        long[] words = new long[(size + 63) >>> 6];
        for (int i = 0; i < size; i++) {
            int f = dayFrom[i];
            if (f != IncidentSet.UNDATED && f <= to && dayTo[i] >= from) words[i >>> 6] |= 1L << i;
        }
        out.or(BitSet.valueOf(words));
    }

    /** How many dated incidents overlap [from, to]. */
    public int count(int from, int to) {
        BitSet tmp = new BitSet();
        overlapping(from, to, tmp);
        return tmp.cardinality();
    }

    private static final class Band {
        private final long[] keys;
        private final int[] dayFrom, dayTo;
        private final int maxDuration;

        Band(long[] keys, int[] dayFrom, int[] dayTo, int maxDuration) {
            PackedKeys.sort(keys); // filled in incident order, as the counting sort needs
            this.keys = keys;
            this.dayFrom = dayFrom;
            this.dayTo = dayTo;
            this.maxDuration = maxDuration;
        }

        /** How many keys the query would look at (an upper bound on the matches). */
        int candidates(int from, int to) {
            if (keys.length == 0) return 0;
            return end(to) - start(from);
        }

        private int start(int from) {
            return lowerBound(Math.max((long) from - maxDuration, Integer.MIN_VALUE));
        }

        private int end(int to) {
            return to == Integer.MAX_VALUE ? keys.length : lowerBound((long) to + 1);
        }

        void overlapping(int from, int to, BitSet out) {
            if (keys.length == 0) return;
            int start = start(from), end = end(to);
            for (int k = start; k < end; k++) {
                int i = (int) keys[k];
                if (dayTo[i] >= from) out.set(i);
            }
        }

        /** First position whose day is >= day. */
        private int lowerBound(long day) {
            long key = day << 32;
            int lo = 0, hi = keys.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < key) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }
}
