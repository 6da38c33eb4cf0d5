package org.clashmap.geo.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.function.Consumer;

/** A small pre-rendered image (premultiplied ARGB) with the pixel that sits on the symbol's position. */
public final class Sprite {
    final int width, height, anchorX, anchorY;
    final int[] pixels;
    /** Per row, the first and one-past-last non-transparent column: blits skip the empty corners. */
    final int[] rowStart, rowEnd;

    private Sprite(int width, int height, int anchorX, int anchorY, int[] pixels) {
        this.width = width;
        this.height = height;
        this.anchorX = anchorX;
        this.anchorY = anchorY;
        this.pixels = pixels;
        rowStart = new int[height];
        rowEnd = new int[height];
        for (int y = 0; y < height; y++) {
            int a = 0, b = width;
            while (a < width && pixels[y * width + a] == 0) a++;
            while (b > a && pixels[y * width + b - 1] == 0) b--;
            rowStart[y] = a;
            rowEnd[y] = b;
        }
    }

    /** Renders {@code draw} (given a surface whose point (half, half) is the anchor) into a square sprite of side 2·half. */
    static Sprite render(int half, Consumer<Surface> draw) {
        int side = 2 * half;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            // Pixel centres sit at +0.5: draw around (half, half) so the symbol is centred on pixel `half`.
            g.translate(0.5, 0.5);
            draw.accept(new Java2DSurface(g, side, side));
        } finally {
            g.dispose();
        }
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        return new Sprite(side, side, half, half, px.clone());
    }
}
