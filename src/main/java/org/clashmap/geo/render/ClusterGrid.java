package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;

import java.util.Arrays;

/**
 * Incidents binned into square screen cells for one frame: count of incidents (event places) and
 * of distinct events, mean position, extent and the most frequent type per cell. Cells are aligned to the world grid, not the screen, so clusters
 * do not jump while panning, and the grid reaches one margin past each edge (symbols there are
 * partly visible). Arrays are sized by the cells on screen, not by incidents, and reused across
 * frames, so a frame over a million incidents allocates nothing once the window size is stable.
 */
public final class ClusterGrid {
    private static final int TYPES = 4;
    private int cols, rows;
    private double cell, offX, offY, margin;
    private int[] count = new int[0], events = new int[0], first = new int[0], typeCounts = new int[0], undated = new int[0];
    private double[] sumX = new double[0], sumY = new double[0], minX = new double[0], maxX = new double[0], minY = new double[0], maxY = new double[0];

    /** Starts a frame: cells of {@code cellPx} covering the view and {@code marginPx} around it. */
    void reset(Viewport vp, double cellPx, double marginPx) {
        cell = cellPx;
        margin = marginPx;
        double left = vp.originX() - marginPx, top = vp.originY() - marginPx;
        offX = left - Math.floor(left / cell) * cell;
        offY = top - Math.floor(top / cell) * cell;
        cols = (int) Math.ceil((vp.width() + 2 * marginPx + offX) / cell);
        rows = (int) Math.ceil((vp.height() + 2 * marginPx + offY) / cell);
        int n = cols * rows;
        if (count.length < n) {
            count = new int[n];
            events = new int[n];
            undated = new int[n];
            first = new int[n];
            typeCounts = new int[n * TYPES];
            sumX = new double[n];
            sumY = new double[n];
            minX = new double[n];
            maxX = new double[n];
            minY = new double[n];
            maxY = new double[n];
        } else {
            Arrays.fill(count, 0, n, 0);
            Arrays.fill(events, 0, n, 0);
            Arrays.fill(undated, 0, n, 0);
            Arrays.fill(typeCounts, 0, n * TYPES, 0);
        }
    }

    /** The cell of screen point (x, y), or -1 beyond the margin. */
    int cellOf(double x, double y) {
        int cx = (int) Math.floor((x + margin + offX) / cell), cy = (int) Math.floor((y + margin + offY) / cell);
        if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) return -1;
        return cy * cols + cx;
    }

    /** Adds an incident to cell c; {@code newEvent} when no other place of its event is in the cell already. */
    void add(int c, int incident, double x, double y, int type, boolean newEvent, boolean isUndated) {
        if (newEvent) events[c]++;
        if (isUndated) undated[c]++;
        if (count[c]++ == 0) {
            first[c] = incident;
            sumX[c] = sumY[c] = 0;
            minX[c] = maxX[c] = x;
            minY[c] = maxY[c] = y;
        } else {
            minX[c] = Math.min(minX[c], x);
            maxX[c] = Math.max(maxX[c], x);
            minY[c] = Math.min(minY[c], y);
            maxY[c] = Math.max(maxY[c], y);
        }
        sumX[c] += x;
        sumY[c] += y;
        typeCounts[c * TYPES + type]++;
    }

    public int cells() {
        return cols * rows;
    }

    public int count(int c) {
        return count[c];
    }

    /** Distinct events among the cell's incidents: an event at three nearby places counts once. */
    public int events(int c) {
        return events[c];
    }

    /** The cell's incidents whose event has no date (drawn hollow, as the legend says). */
    public int undated(int c) {
        return undated[c];
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

    /** Width or height (px), whichever is larger, of the box around the cell's incidents: 0 for one stack. */
    public double spread(int c) {
        return Math.max(maxX[c] - minX[c], maxY[c] - minY[c]);
    }

    public int dominantType(int c) {
        int best = 0;
        for (int t = 1; t < TYPES; t++) if (typeCounts[c * TYPES + t] > typeCounts[c * TYPES + best]) best = t;
        return best;
    }
}
