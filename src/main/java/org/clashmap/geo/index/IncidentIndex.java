package org.clashmap.geo.index;

import org.clashmap.geo.Viewport;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A uniform grid over world coordinates: which incident is under the mouse, and which incidents
 * lie in a view. Built once per incident set (a sort of packed longs, no boxing; see
 * {@link IncidentSet#index()}); a hit-test looks only at the few cells within the tolerance, and
 * a frame walks one run of the sorted array per grid row crossing the view, so zooming into a
 * city costs the incidents there, not all million.
 */
public final class IncidentIndex {
    /** 2^12 cells per world side: ~10 km cells over Syria. */
    private static final int BITS = 12, SIDE = 1 << BITS;
    private final IncidentSet set;
    /** In grid order (row, column, then incident): cell key, incident, and its columns a frame reads. */
    private final int[] keys, incidents, positions;
    private final double[] wx, wy;
    private final byte[] types;

    public IncidentIndex(IncidentSet set) {
        this.set = set;
        long[] sorted = new long[set.size];
        for (int i = 0; i < set.size; i++) sorted[i] = ((long) cell(set.wx[i], set.wy[i]) << 32) | i;
        PackedKeys.sort(sorted);
        // Copies of the columns in grid order: a frame reads them front to back instead of
        // jumping around a million-entry array (cache misses cost more than the arithmetic).
        keys = new int[set.size];
        incidents = new int[set.size];
        wx = new double[set.size];
        wy = new double[set.size];
        types = new byte[set.size];
        positions = new int[set.size];
        for (int k = 0; k < sorted.length; k++) {
            int i = (int) sorted[k];
            positions[i] = k;
            keys[k] = (int) (sorted[k] >>> 32);
            incidents[k] = i;
            wx[k] = set.wx[i];
            wy[k] = set.wy[i];
            types[k] = set.type[i];
        }
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
                int key = cy * SIDE + cx;
                for (int k = lowerBound(key); k < keys.length && keys[k] == key; k++) {
                    int i = incidents[k];
                    if (!visible.get(i)) continue;
                    double dx = this.wx[k] * scale - vp.originX() - x, dy = this.wy[k] * scale - vp.originY() - y;
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

    /** Runs of sorted positions: run r is [from[r], to[r]); see {@link #runsInView}. */
    public static final class Runs {
        public int count;
        public int[] from = new int[64], to = new int[64];

        /** Incidents the runs hold. */
        public long total() {
            long n = 0;
            for (int r = 0; r < count; r++) n += to[r] - from[r];
            return n;
        }

        public void add(int a, int b) {
            if (a >= b) return;
            if (count == from.length) {
                 from = Arrays.copyOf(from, count * 2);
                 to = Arrays.copyOf(to, count * 2);
            }
            from[count] = a;
            to[count++] = b;
        }
    }

    /**
     * Every incident whose grid cell touches the view widened by {@code marginPx}, as runs of
     * sorted positions (read with {@link #incidentAt(int)}): a superset of those in the view, in
     * a fixed order (grid row, column, then incident) whatever the filter.
     */
    public void runsInView(Viewport vp, double marginPx, Runs out) {
        out.count = 0;
        double scale = vp.scale();
        int x0 = clampCell((vp.originX() - marginPx) / scale), x1 = clampCell((vp.originX() + vp.width() + marginPx) / scale);
        int y0 = clampCell((vp.originY() - marginPx) / scale), y1 = clampCell((vp.originY() + vp.height() + marginPx) / scale);
        for (int cy = y0; cy <= y1; cy++) {
            int row = cy * SIDE;
            out.add(lowerBound(row + x0), lowerBound(row + x1 + 1));
        }
    }

    /** The incident at a sorted position. */
    public int incidentAt(int position) {
        return incidents[position];
    }

    /** Where an incident sits in the sorted order (the inverse of {@link #incidentAt}). */
    public int positionOf(int incident) {
        return positions[incident];
    }

    /** World x of the incident at a sorted position (a copy of the set's, in grid order). */
    public double worldX(int position) {
        return wx[position];
    }

    public double worldY(int position) {
        return wy[position];
    }

    /** Event type ordinal of the incident at a sorted position. */
    public byte type(int position) {
        return types[position];
    }

    private int lowerBound(int key) {
        int lo = 0, hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
