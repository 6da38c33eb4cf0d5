package org.clashmap.geo.index;

import java.util.BitSet;

/**
 * Events per time bin, stacked by event type, for the timeline. Each event counts once (at its
 * first incident), at the middle of its date range: a "some day in March" event lands mid-March.
 * The bin width adapts to the span so the histogram keeps a readable number of bars.
 */
public final class TimeHistogram {
    public static final int TYPES = 4;
    public final int firstDay, binDays, bins;
    private final int[] counts; // bins × TYPES
    private int undated, maxStack;

    private TimeHistogram(int firstDay, int binDays, int bins) {
        this.firstDay = firstDay;
        this.binDays = binDays;
        this.bins = bins;
        counts = new int[bins * TYPES];
    }

    /** Days per bin for a span: days up to four months, weeks up to three years, then 30-day "months". */
    public static int binDaysFor(int spanDays) {
        if (spanDays <= 120) return 1;
        if (spanDays <= 3 * 366) return 7;
        return 30;
    }

    /** Counts the events of the incidents in {@code mask} over days [minDay, maxDay]. */
    public static TimeHistogram count(IncidentSet set, BitSet mask, int minDay, int maxDay) {
        int span = Math.max(1, maxDay - minDay + 1);
        int binDays = binDaysFor(span);
        TimeHistogram h = new TimeHistogram(minDay, binDays, (span + binDays - 1) / binDays);
        for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
            if (set.firstIncidentOf(set.event[i]) != i) continue; // one count per event
            if (set.dayFrom[i] == IncidentSet.UNDATED) {
                h.undated++;
                continue;
            }
            int mid = set.dayFrom[i] + (set.dayTo[i] - set.dayFrom[i]) / 2;
            int b = Math.max(0, Math.min(h.bins - 1, (mid - minDay) / binDays));
            h.counts[b * TYPES + set.type[i]]++;
        }
        for (int b = 0; b < h.bins; b++) h.maxStack = Math.max(h.maxStack, h.total(b));
        return h;
    }

    public int count(int bin, int type) {
        return counts[bin * TYPES + type];
    }

    public int total(int bin) {
        int n = 0;
        for (int t = 0; t < TYPES; t++) n += counts[bin * TYPES + t];
        return n;
    }

    /** The tallest stack, for the vertical scale. */
    public int maxStack() {
        return maxStack;
    }

    public int undated() {
        return undated;
    }

    public int binStart(int bin) {
        return firstDay + bin * binDays;
    }

    /** Last day of a bin, inclusive. */
    public int binEnd(int bin) {
        return binStart(bin) + binDays - 1;
    }
}
