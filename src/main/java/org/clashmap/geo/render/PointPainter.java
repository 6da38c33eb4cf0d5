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

    /** Draws the visible incidents into {@code image} (TYPE_INT_RGB), in set order, at device viewport {@code vp}; returns how many were in view. */
    public int paint(BufferedImage image, IncidentSet set, BitSet visible, Viewport vp) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) throw new IllegalArgumentException("needs a TYPE_INT_RGB image");
        int w = image.getWidth(), h = image.getHeight();
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int drawn = 0;
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            int cx = (int) Math.round(vp.screenX(set.wx[i])), cy = (int) Math.round(vp.screenY(set.wy[i]));
            if (cx < -half || cy < -half || cx >= w + half || cy >= h + half) continue;
            drawn++;
            Sprite s = sprite(set.type[i], set.flags[i] & LOOK_FLAGS);
            int x0 = cx - half, y0 = cy - half;
            if (x0 >= 0 && y0 >= 0 && x0 + side <= w && y0 + side <= h) s.blendInside(px, w, x0, y0);
            else s.blendClipped(px, w, h, x0, y0);
        }
        return drawn;
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
     * A symbol's pixels that are not fully transparent (a round symbol leaves a third of its square empty), as
     * offsets in the square and non-premultiplied ARGB: a million points visit only the pixels they change.
     */
    private static final class Sprite {
        private final int[] dx, dy, argb;

        Sprite(int[] square, int side) {
            int n = 0;
            for (int v : square) if (v >>> 24 != 0) n++;
            dx = new int[n];
            dy = new int[n];
            argb = new int[n];
            int k = 0;
            for (int i = 0; i < square.length; i++) {
                if (square[i] >>> 24 == 0) continue;
                dx[k] = i % side;
                dy[k] = i / side;
                argb[k++] = square[i];
            }
        }

        /** The whole sprite lies in the image: no bounds to check. */
        void blendInside(int[] px, int w, int x0, int y0) {
            int base = y0 * w + x0;
            for (int k = 0; k < argb.length; k++) {
                int at = base + dy[k] * w + dx[k];
                px[at] = over(argb[k], px[at]);
            }
        }

        /** Part of the sprite lies outside the image: its pixels there are skipped. */
        void blendClipped(int[] px, int w, int h, int x0, int y0) {
            for (int k = 0; k < argb.length; k++) {
                int x = x0 + dx[k], y = y0 + dy[k];
                if (x < 0 || y < 0 || x >= w || y >= h) continue;
                int at = y * w + x;
                px[at] = over(argb[k], px[at]);
            }
        }

        /** Source-over of a non-premultiplied ARGB pixel onto an opaque RGB one, each channel rounded down. */
        private static int over(int s, int d) {
            int a = s >>> 24;
            if (a == 255) return s & 0xFFFFFF;
            int na = 255 - a;
            int r = div255(((s >> 16) & 0xFF) * a + ((d >> 16) & 0xFF) * na);
            int g = div255(((s >> 8) & 0xFF) * a + ((d >> 8) & 0xFF) * na);
            int b = div255((s & 0xFF) * a + (d & 0xFF) * na);
            return (r << 16) | (g << 8) | b;
        }
    }

    /** v / 255 rounded down, for 0 ≤ v ≤ 255 × 255, without a division (exact over that range; the quick C1 compiler keeps an idiv). */
    static int div255(int v) {
        return (v + 1 + (v >> 8)) >> 8;
    }
}
