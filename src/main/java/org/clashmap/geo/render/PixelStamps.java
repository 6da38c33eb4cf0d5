package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;

/**
 * Per-frame occupancy of small screen cells, so stacked symbols are drawn once. Events at one
 * place share its coordinates exactly, so a busy town stacks thousands of symbols on one spot;
 * drawing one per kind looks the same and bounds a frame by the screen, not by the data.
 * <p>
 * Symbols use two passes: {@link #offer} records, per cell and kind (type, and whether
 * undated/rejected), the largest size present; {@link #claim} then lets exactly one incident of
 * that size through per kind. So the biggest symbol of each kind shows, as it would on top of a
 * full stack. Arrays are reused across frames; a frame counter marks stale cells instead of
 * clearing them.
 */
public final class PixelStamps {
    private int[] frameOf = new int[0], sizes = new int[0], drawn = new int[0];
    private int frame, width;
    /** Cell side in pixels: symbols are 9+ px wide, so two of a kind within a few pixels look like one. */
    private double cell = 1;
    private boolean oneKind;

    /** Call once per frame; covers the view plus a margin on every side, in cells of {@code cellPx}. */
    void startFrame(Viewport vp, double margin, double cellPx) {
        startFrame(vp, margin, cellPx, false);
    }

    /**
     * With {@code oneKind}, all kinds share one slot: a cell shows only its biggest symbol, as a
     * cluster shows only its dominant type — used just above clustering, where places crowd.
     */
    void startFrame(Viewport vp, double margin, double cellPx, boolean oneKind) {
        this.oneKind = oneKind;
        if (cellPx != cell) frameOf = new int[0]; // new geometry: start afresh
        cell = cellPx;
        width = (int) Math.ceil((vp.width() + 2 * margin) / cell) + 1;
        int cells = width * ((int) Math.ceil((vp.height() + 2 * margin) / cell) + 1);
        if (frameOf.length < cells) {
            frameOf = new int[cells];
            sizes = new int[cells];
            drawn = new int[cells];
            frame = 0;
        }
        frame++;
    }

    private int cellAt(double px, double py) {
        if (px < 0 || py < 0) return -1;
        int c = (int) (py / cell) * width + (int) (px / cell);
        if (c >= frameOf.length) return -1;
        if (frameOf[c] != frame) {
            frameOf[c] = frame;
            sizes[c] = 0;
            drawn[c] = 0;
        }
        return c;
    }

    /** Eight 4-bit slots, one per kind; a slot holds 1 + the size class. */
    private int shift(IncidentSet set, int i) {
        if (oneKind) return 0;
        boolean odd = (set.flags[i] & (IncidentSet.FLAG_UNDATED | IncidentSet.FLAG_REJECTED)) != 0;
        return (set.type[i] + (odd ? 4 : 0)) * 4;
    }

    private static int size(IncidentSet set, int i) {
        return 1 + Math.min(14, (int) ((IncidentStyle.radius(set.fatalities[i]) - IncidentStyle.MIN_RADIUS) / 2));
    }

    /** Pass 1: notes incident i at (px, py) (margin-shifted screen coordinates). */
    void offer(IncidentSet set, int i, double px, double py) {
        int c = cellAt(px, py);
        if (c < 0) return;
        int shift = shift(set, i), size = size(set, i);
        if (((sizes[c] >>> shift) & 0xF) < size) sizes[c] = (sizes[c] & ~(0xF << shift)) | (size << shift);
    }

    /** Pass 2: true for the one incident per cell and kind that should be drawn. */
    boolean claim(IncidentSet set, int i, double px, double py) {
        int c = cellAt(px, py);
        if (c < 0) return true;
        int shift = shift(set, i);
        int bit = 1 << (shift / 4);
        if ((drawn[c] & bit) != 0 || ((sizes[c] >>> shift) & 0xF) != size(set, i)) return false;
        drawn[c] |= bit;
        return true;
    }

    /** Single pass: true when {@code bit} was already marked on this cell this frame; marks it otherwise. */
    boolean alreadyMarked(double px, double py, int bit) {
        int c = cellAt(px, py);
        if (c < 0) return false;
        if ((drawn[c] & bit) != 0) return true;
        drawn[c] |= bit;
        return false;
    }
}
