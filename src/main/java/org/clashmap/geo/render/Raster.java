package org.clashmap.geo.render;

import java.util.Arrays;

/**
 * A frame as premultiplied ARGB ints, with the two things the incident layer needs: blit a
 * pre-rendered sprite (source-over) and draw anti-aliased discs and rings. The software
 * pipeline rasterises each vector shape at tens of microseconds; a blit of a 20×20 sprite is
 * well under one, which is what lets a frame hold tens of thousands of symbols.
 */
public final class Raster {
    public final int width, height;
    public final int[] pixels;

    public Raster(int width, int height) {
        this.width = width;
        this.height = height;
        pixels = new int[width * height];
    }

    public void clear() {
        Arrays.fill(pixels, 0);
    }

    /** Source-over of a premultiplied sprite with its anchor at (cx, cy) rounded to the pixel. */
    public void blit(Sprite s, double cx, double cy) {
        int x0 = (int) Math.round(cx) - s.anchorX, y0 = (int) Math.round(cy) - s.anchorY;
        int sx0 = Math.max(0, -x0), sy0 = Math.max(0, -y0);
        int sx1 = Math.min(s.width, width - x0), sy1 = Math.min(s.height, height - y0);
        for (int sy = sy0; sy < sy1; sy++) {
            int src = sy * s.width, dst = (y0 + sy) * width + x0;
            int from = Math.max(sx0, s.rowStart[sy]), to = Math.min(sx1, s.rowEnd[sy]);
            for (int sx = from; sx < to; sx++) {
                int p = s.pixels[src + sx];
                if (p != 0) pixels[dst + sx] = over(p, pixels[dst + sx]);
            }
        }
    }

    /** Premultiplied source-over, two channels at a time. */
    static int over(int src, int dst) {
        int sa = src >>> 24;
        if (sa == 255 || dst == 0) return src;
        int inv = 255 - sa;
        int rb = (((dst & 0x00FF00FF) * inv + 0x00800080) >>> 8) & 0x00FF00FF;
        int ag = ((((dst >>> 8) & 0x00FF00FF) * inv + 0x00800080)) & 0xFF00FF00;
        return src + rb + ag;
    }

    /** A disc (argb not premultiplied) with a one-pixel soft edge. */
    public void fillDisc(double cx, double cy, double r, int argb) {
        shade(cx, cy, r + 1, argb, r, -1);
    }

    /** A ring of the given line width centred on radius r. */
    public void strokeRing(double cx, double cy, double r, double lineWidth, int argb) {
        shade(cx, cy, r + lineWidth / 2 + 1, argb, r, lineWidth);
    }

    /**
     * Row by row: only pixels within a pixel of an edge take a square root; a disc's inside is a
     * constant-colour span and a ring's inside is skipped, so a 60 px precision ring costs its
     * outline, not its area.
     */
    private void shade(double cx, double cy, double extent, int argb, double r, double lineWidth) {
        int ya = Math.max(0, (int) Math.floor(cy - extent)), yb = Math.min(height - 1, (int) Math.ceil(cy + extent));
        int a = argb >>> 24;
        boolean disc = lineWidth < 0;
        double inner = disc ? Math.max(0, r - 1) : Math.max(0, r - lineWidth / 2 - 1);
        int solid = premultiply(argb, a);
        for (int y = ya; y <= yb; y++) {
            double dy = y + 0.5 - cy;
            if (Math.abs(dy) > extent) continue;
            double outerHalf = Math.sqrt(extent * extent - dy * dy);
            double innerHalf = Math.abs(dy) < inner ? Math.sqrt(inner * inner - dy * dy) : -1;
            int xa = Math.max(0, (int) Math.floor(cx - outerHalf)), xb = Math.min(width - 1, (int) Math.ceil(cx + outerHalf));
            int ia = innerHalf < 0 ? Integer.MAX_VALUE : (int) Math.ceil(cx - innerHalf), ib = innerHalf < 0 ? Integer.MIN_VALUE : (int) Math.floor(cx + innerHalf) - 1;
            int row = y * width;
            for (int x = xa; x <= xb; x++) {
                if (x >= ia && x <= ib) {
                    if (disc) {
                        int end = Math.min(ib, xb);
                        for (; x <= end; x++) pixels[row + x] = over(solid, pixels[row + x]);
                        x--;
                    } else {
                        x = ib;
                    }
                    continue;
                }
                double dx = x + 0.5 - cx, d = Math.sqrt(dx * dx + dy * dy);
                double cov = disc ? r + 0.5 - d : lineWidth / 2 + 0.5 - Math.abs(d - r);
                if (cov <= 0) continue;
                int pa = (int) (a * Math.min(1, cov) + 0.5);
                if (pa > 0) pixels[row + x] = over(premultiply(argb, pa), pixels[row + x]);
            }
        }
    }

    static int premultiply(int argb, int alpha) {
        int r = ((argb >> 16) & 0xFF) * alpha / 255, g = ((argb >> 8) & 0xFF) * alpha / 255, b = (argb & 0xFF) * alpha / 255;
        return alpha << 24 | r << 16 | g << 8 | b;
    }
}
