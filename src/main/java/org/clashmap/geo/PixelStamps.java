package org.clashmap.geo;

/**
 * Per-frame pixel occupancy: which kinds of symbol (type, size class, undated/rejected look) a
 * screen pixel already got this frame. Events at one place share its coordinates exactly, so a
 * busy town stacks thousands of identical symbols on one pixel; drawing the first of each kind
 * looks the same and bounds a frame by the screen, not by the data. Arrays are reused across
 * frames (a frame counter marks stale cells instead of clearing them).
 */
final class PixelStamps {
    private int[] frameOf = new int[0], kinds = new int[0];
    private int frame, width;
    /** Cell side in pixels: symbols are 9+ px wide, so two of a kind within a few pixels look like one. */
    private final double cell;

    PixelStamps(double cellPx) {
        cell = cellPx;
    }

    /** Call once per frame; covers the view plus a margin on every side. */
    void startFrame(Viewport vp, double margin) {
        width = (int) Math.ceil((vp.width() + 2 * margin) / cell) + 1;
        int cells = width * ((int) Math.ceil((vp.height() + 2 * margin) / cell) + 1);
        if (frameOf.length < cells) {
            frameOf = new int[cells];
            kinds = new int[cells];
            frame = 0;
        }
        frame++;
    }

    /** True when an identical-looking symbol is already on pixel (px, py) (margin-shifted coordinates); marks it otherwise. */
    boolean alreadyDrawn(IncidentSet set, int i, double px, double py) {
        int c = (int) (py / cell) * width + (int) (px / cell);
        if (px < 0 || py < 0 || c >= frameOf.length) return false;
        if (frameOf[c] != frame) {
            frameOf[c] = frame;
            kinds[c] = 0;
        }
        // Eight 4-bit slots (type, and whether undated/rejected); each holds 1 + the largest size class drawn.
        // A symbol is skipped when one of its kind at least as large is already there.
        int size = 1 + Math.min(14, (int) ((IncidentStyle.radius(set.fatalities[i]) - IncidentStyle.MIN_RADIUS) / 2));
        boolean odd = (set.flags[i] & (IncidentSet.FLAG_UNDATED | IncidentSet.FLAG_REJECTED)) != 0;
        int shift = (set.type[i] + (odd ? 4 : 0)) * 4;
        if (((kinds[c] >>> shift) & 0xF) >= size) return true;
        kinds[c] = (kinds[c] & ~(0xF << shift)) | (size << shift);
        return false;
    }

    /** True when {@code bit} is already set on pixel (px, py) this frame; sets it otherwise. */
    boolean alreadyMarked(double px, double py, int bit) {
        int c = (int) (py / cell) * width + (int) (px / cell);
        if (px < 0 || py < 0 || c >= frameOf.length) return false;
        if (frameOf[c] != frame) {
            frameOf[c] = frame;
            kinds[c] = 0;
        }
        if ((kinds[c] & bit) != 0) return true;
        kinds[c] |= bit;
        return false;
    }
}
