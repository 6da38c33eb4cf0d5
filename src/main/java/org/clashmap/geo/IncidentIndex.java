package org.clashmap.geo;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A uniform grid over world coordinates for hit-testing: which incident is under the mouse.
 * Built once per incident set (a sort of packed longs, no boxing); a query looks only at the
 * few cells within the tolerance.
 */
public final class IncidentIndex {
    /** 2^12 cells per world side: ~10 km cells over Syria. */
    private static final int BITS = 12, SIDE = 1 << BITS;
    private final IncidentSet set;
    private final long[] sorted; // (cell << 32) | incident

    public IncidentIndex(IncidentSet set) {
        this.set = set;
        sorted = new long[set.size];
        for (int i = 0; i < set.size; i++) sorted[i] = ((long) cell(set.wx[i], set.wy[i]) << 32) | i;
        Arrays.sort(sorted);
    }

    private static int clampCell(double w) {
        return Math.max(0, Math.min(SIDE - 1, (int) (w * SIDE)));
    }

    private static int cell(double wx, double wy) {
        return clampCell(wy) * SIDE + clampCell(wx);
    }

    /**
     * The visible incident whose symbol centre is nearest to screen point (x, y) within
     * {@code tolerancePx}, or -1. Ties go to the later-drawn (topmost) incident.
     */
    public int nearest(BitSet visible, Viewport vp, double x, double y, double tolerancePx) {
        double scale = vp.scale();
        double wx = (x + vp.originX()) / scale, wy = (y + vp.originY()) / scale, tol = tolerancePx / scale;
        int x0 = clampCell(wx - tol), x1 = clampCell(wx + tol), y0 = clampCell(wy - tol), y1 = clampCell(wy + tol);
        int best = -1;
        double bestD = tolerancePx * tolerancePx;
        for (int cy = y0; cy <= y1; cy++) {
            for (int cx = x0; cx <= x1; cx++) {
                long key = (long) (cy * SIDE + cx) << 32;
                int k = lowerBound(key);
                for (; k < sorted.length && (sorted[k] & 0xFFFFFFFF00000000L) == key; k++) {
                    int i = (int) sorted[k];
                    if (!visible.get(i)) continue;
                    double dx = set.wx[i] * scale - vp.originX() - x, dy = set.wy[i] * scale - vp.originY() - y;
                    double d = dx * dx + dy * dy;
                    if (d < bestD || (d == bestD && i > best)) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    private int lowerBound(long key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
