package org.clashmap.geo;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Incidents binned into square screen cells for one frame: count, mean position and the most
 * frequent type per cell. Arrays are sized by the number of cells on screen, not by incidents,
 * so a frame over a million incidents allocates a few kB.
 */
public final class ClusterGrid {
    private final int cols, rows;
    private final int[] count, first;
    private final double[] sumX, sumY;
    private final int[] typeCounts; // cells × types

    private ClusterGrid(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        int n = cols * rows;
        count = new int[n];
        first = new int[n];
        sumX = new double[n];
        sumY = new double[n];
        typeCounts = new int[n * 4];
        Arrays.fill(first, -1);
    }

    public static ClusterGrid build(IncidentSet set, BitSet visible, Viewport vp, double cell) {
        // Cells are aligned to the world grid, not the screen, so clusters don't jump while panning.
        double scale = vp.scale();
        double offX = vp.originX() - Math.floor(vp.originX() / cell) * cell;
        double offY = vp.originY() - Math.floor(vp.originY() / cell) * cell;
        int cols = (int) Math.ceil((vp.width() + offX) / cell), rows = (int) Math.ceil((vp.height() + offY) / cell);
        ClusterGrid g = new ClusterGrid(cols, rows);
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            double x = set.wx[i] * scale - vp.originX(), y = set.wy[i] * scale - vp.originY();
            int cx = (int) Math.floor((x + offX) / cell), cy = (int) Math.floor((y + offY) / cell);
            if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) continue;
            int c = cy * cols + cx;
            if (g.count[c]++ == 0) g.first[c] = i;
            g.sumX[c] += x;
            g.sumY[c] += y;
            g.typeCounts[c * 4 + set.type[i]]++;
        }
        return g;
    }

    public int cells() {
        return cols * rows;
    }

    public int count(int c) {
        return count[c];
    }

    public int first(int c) {
        return first[c];
    }

    public double meanX(int c) {
        return sumX[c] / count[c];
    }

    public double meanY(int c) {
        return sumY[c] / count[c];
    }

    public int dominantType(int c) {
        int best = 0;
        for (int t = 1; t < 4; t++) if (typeCounts[c * 4 + t] > typeCounts[c * 4 + best]) best = t;
        return best;
    }
}
