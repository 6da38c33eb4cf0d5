package org.clashmap.geo.render;

import org.clashmap.extract.EventType;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.BitSet;

/**
 * Draws every visible incident as one small symbol, never merged into clusters: a density figure,
 * as QGIS draws a point layer with a simple marker. Symbols keep the window's shapes and colours
 * (and its hollow look for undated, faded look for uncertain incidents) but not its sizing by the
 * dead, so a crowded area reads by how many points it holds.
 * <p>
 * Each look (type × flags) is drawn once by {@link IncidentPainter}'s own code into a small sprite,
 * then blended into the image's pixels: a million points cost a million small copies, not a million
 * Java2D shape fills.
 */
public final class PointPainter {
    /** Symbol radius in logical pixels (the window's smallest incident symbol is 4.5). */
    public static final double RADIUS = 2.5;
    private static final EventType[] TYPES = EventType.values();
    /** What changes a point's look (the window's white "edited" dot would cover a symbol this small). */
    private static final int LOOK_FLAGS = IncidentSet.FLAG_UNDATED | IncidentSet.FLAG_LOW_CONFIDENCE | IncidentSet.FLAG_UNCERTAIN_DATE;

    private final double scale;
    private final int half, side;
    /** Sprites by type ordinal × 32 + look flags, drawn on first use. */
    private final Sprite[] sprites = new Sprite[TYPES.length * 32];

    /** {@code deviceScale}: device pixels per logical pixel (as the image's frame and symbols use). */
    public PointPainter(double deviceScale) {
        this.scale = deviceScale;
        half = (int) Math.ceil((RADIUS + 2) * deviceScale);
        side = 2 * half + 1;
    }

    /** Rows of the image one pass of blending works on: a band's pixels (3840 × 32 × 4 bytes) stay in the core's cache. */
    static final int BAND_ROWS = 32;

    /**
     * Draws the visible incidents into {@code image} (TYPE_INT_RGB), in set order, at device viewport {@code vp}; returns
     * how many were in view.
     * <p>
     * The image is blended band of rows by band, each band on its own thread with the points whose symbol reaches it, in
     * set order: every pixel still sees its symbols in set order (the same bytes as drawing point after point), but a
     * band is written while it sits in the cache, where point after point over a 33 MB image missed it at every row
     * of every symbol.
     */
    public int paint(BufferedImage image, IncidentSet set, BitSet visible, Viewport vp) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) throw new IllegalArgumentException("needs a TYPE_INT_RGB image");
        int w = image.getWidth(), h = image.getHeight();
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int bands = (h + BAND_ROWS - 1) / BAND_ROWS;
        // the points in view, their symbols' top-left corners and sprites, and how many reach each band
        int n = visible.cardinality();
        int[] x0 = new int[n], y0 = new int[n];
        Sprite[] look = new Sprite[n];
        int[] start = new int[bands + 1];
        int drawn = 0;
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            int cx = (int) Math.round(vp.screenX(set.wx[i])), cy = (int) Math.round(vp.screenY(set.wy[i]));
            if (cx < -half || cy < -half || cx >= w + half || cy >= h + half) continue;
            x0[drawn] = cx - half;
            y0[drawn] = cy - half;
            look[drawn] = sprite(set.type[i], set.flags[i] & LOOK_FLAGS);
            for (int b = firstBand(y0[drawn]), last = lastBand(y0[drawn], h); b <= last; b++) start[b + 1]++;
            drawn++;
        }
        for (int b = 0; b < bands; b++) start[b + 1] += start[b];
        // each band's points, in set order
        int[] inBand = new int[start[bands]], fill = java.util.Arrays.copyOf(start, bands);
        for (int k = 0; k < drawn; k++) {
            for (int b = firstBand(y0[k]), last = lastBand(y0[k], h); b <= last; b++) inBand[fill[b]++] = k;
        }
        java.util.stream.IntStream.range(0, bands).parallel().forEach(b -> {
            int top = b * BAND_ROWS, bottom = Math.min(h, top + BAND_ROWS);
            for (int j = start[b]; j < start[b + 1]; j++) {
                int k = inBand[j];
                look[k].blend(px, w, x0[k], y0[k], top, bottom);
            }
        });
        return drawn;
    }

    private static int firstBand(int y0) {
        return Math.max(0, y0) / BAND_ROWS;
    }

    private int lastBand(int y0, int h) {
        return Math.min(h - 1, y0 + side - 1) / BAND_ROWS;
    }

    private Sprite sprite(int type, int flags) {
        int k = type * 32 + flags;
        Sprite s = sprites[k];
        if (s == null) {
            BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.scale(scale, scale);
                double c = (half + 0.5) / scale;
                new IncidentPainter().drawSymbol(new Java2DSurface(g, side / scale, side / scale), TYPES[type], RADIUS, flags, c, c);
            } finally {
                g.dispose();
            }
            s = new Sprite(img.getRGB(0, 0, side, side, null, 0, side), side);
            sprites[k] = s;
        }
        return s;
    }

    /**
     * A symbol's pixels that are not fully transparent (a round symbol leaves a third of its square empty), row by row:
     * its opaque pixels as runs of one colour, written without blending, and its translucent edge as single pixels with
     * their colour already multiplied by their alpha. A million points visit only the pixels they change.
     */
    private static final class Sprite {
        private final int side;
        /** Opaque runs: first and one-past-last column in the square, colour; runFirst: each row's first run (side + 1 entries). */
        private final int[] runFrom, runTo, runRgb, runFirst;
        /** Translucent pixels: column, each channel × alpha, 255 − alpha; edgeFirst: each row's first pixel (side + 1 entries). */
        private final int[] edgeX, edgeR, edgeG, edgeB, edgeNa, edgeFirst;

        Sprite(int[] square, int side) {
            this.side = side;
            int runs = 0, edges = 0;
            for (int i = 0; i < square.length; i++) {
                int a = square[i] >>> 24;
                if (a == 255 && (i % side == 0 || square[i - 1] != square[i])) runs++;
                else if (a != 0 && a != 255) edges++;
            }
            runFrom = new int[runs];
            runTo = new int[runs];
            runRgb = new int[runs];
            runFirst = new int[side + 1];
            edgeX = new int[edges];
            edgeR = new int[edges];
            edgeG = new int[edges];
            edgeB = new int[edges];
            edgeNa = new int[edges];
            edgeFirst = new int[side + 1];
            int r = 0, e = 0;
            for (int y = 0; y < side; y++) {
                runFirst[y] = r;
                edgeFirst[y] = e;
                for (int x = 0; x < side; x++) {
                    int v = square[y * side + x], a = v >>> 24;
                    if (a == 255) {
                        if (x > 0 && square[y * side + x - 1] == v) {
                            runTo[r - 1] = x + 1;
                        } else {
                            runFrom[r] = x;
                            runTo[r] = x + 1;
                            runRgb[r++] = v & 0xFFFFFF;
                        }
                    } else if (a != 0) {
                        edgeX[e] = x;
                        edgeR[e] = ((v >> 16) & 0xFF) * a;
                        edgeG[e] = ((v >> 8) & 0xFF) * a;
                        edgeB[e] = (v & 0xFF) * a;
                        edgeNa[e++] = 255 - a;
                    }
                }
            }
            runFirst[side] = r;
            edgeFirst[side] = e;
        }

        /**
         * Blends the sprite's rows that fall in image rows [top, bottom), its square's corner at (x0, y0), by source-over
         * with each channel rounded down; pixels outside the image are skipped.
         */
        void blend(int[] px, int w, int x0, int y0, int top, int bottom) {
            int first = Math.max(0, top - y0), last = Math.min(side, bottom - y0);
            boolean whole = x0 >= 0 && x0 + side <= w;
            for (int y = first; y < last; y++) {
                int row = (y0 + y) * w;
                for (int k = runFirst[y]; k < runFirst[y + 1]; k++) {
                    int from = x0 + runFrom[k], to = x0 + runTo[k], rgb = runRgb[k];
                    if (!whole) {
                        from = Math.max(from, 0);
                        to = Math.min(to, w);
                    }
                    for (int at = row + from; at < row + to; at++) px[at] = rgb;
                }
                for (int k = edgeFirst[y]; k < edgeFirst[y + 1]; k++) {
                    int x = x0 + edgeX[k];
                    if (!whole && (x < 0 || x >= w)) continue;
                    int at = row + x, d = px[at], na = edgeNa[k];
                    px[at] = div255(edgeR[k] + ((d >> 16) & 0xFF) * na) << 16 | div255(edgeG[k] + ((d >> 8) & 0xFF) * na) << 8
                            | div255(edgeB[k] + (d & 0xFF) * na);
                }
            }
        }
    }

    /** v / 255 rounded down, for 0 ≤ v ≤ 255 × 255, without a division (exact over that range; the quick C1 compiler keeps an idiv). */
    static int div255(int v) {
        return (v + 1 + (v >> 8)) >> 8;
    }
}
