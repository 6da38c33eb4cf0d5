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
    /** ARGB sprites by type ordinal × 32 + look flags, drawn on first use. */
    private final int[][] sprites = new int[TYPES.length * 32][];

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
            blend(px, w, h, sprite(set.type[i], set.flags[i] & LOOK_FLAGS), cx - half, cy - half);
        }
        return drawn;
    }

    private int[] sprite(int type, int flags) {
        int k = type * 32 + flags;
        int[] s = sprites[k];
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
            s = img.getRGB(0, 0, side, side, null, 0, side);
            sprites[k] = s;
        }
        return s;
    }

    /** Source-over of a non-premultiplied ARGB sprite onto opaque RGB pixels, clipped to the image. */
    private void blend(int[] px, int w, int h, int[] sprite, int x0, int y0) {
        for (int sy = 0; sy < side; sy++) {
            int y = y0 + sy;
            if (y < 0 || y >= h) continue;
            int row = y * w, srow = sy * side;
            for (int sx = 0; sx < side; sx++) {
                int x = x0 + sx;
                if (x < 0 || x >= w) continue;
                int s = sprite[srow + sx];
                int a = s >>> 24;
                if (a == 0) continue;
                int d = px[row + x];
                if (a == 255) {
                    px[row + x] = s & 0xFFFFFF;
                    continue;
                }
                int na = 255 - a;
                int r = (((s >> 16) & 0xFF) * a + ((d >> 16) & 0xFF) * na) / 255;
                int gr = (((s >> 8) & 0xFF) * a + ((d >> 8) & 0xFF) * na) / 255;
                int b = ((s & 0xFF) * a + (d & 0xFF) * na) / 255;
                px[row + x] = (r << 16) | (gr << 8) | b;
            }
        }
    }
}
