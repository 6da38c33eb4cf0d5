package org.clashmap.ui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.clashmap.geo.render.Surface;

/** The painters' drawing operations on a JavaFX canvas. */
public final class FxSurface implements Surface {
    private static final double[] DASH = {4, 3};
    private final GraphicsContext g;
    private final Color[] cache = new Color[256];
    private final int[] cacheKey = new int[256];

    FxSurface(GraphicsContext g) {
        this.g = g;
    }

    /** Colours are looked up in a small hash cache: drawing a frame should not allocate per symbol. */
    private Color color(int argb) {
        int slot = (argb ^ (argb >>> 8) ^ (argb >>> 16)) & 0xFF;
        if (cache[slot] == null || cacheKey[slot] != argb) {
            cache[slot] = Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
            cacheKey[slot] = argb;
        }
        return cache[slot];
    }

    private void stroke(double width, int argb, boolean dashed) {
        g.setStroke(color(argb));
        g.setLineWidth(width);
        g.setLineDashes(dashed ? DASH : null);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        g.setFill(color(argb));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, double width, int argb, boolean dashed) {
        stroke(width, argb, dashed);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        g.setFill(color(argb));
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void fillRings(java.util.List<double[]> rings, int argb) {
        g.setFill(color(argb));
        g.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        g.beginPath();
        for (double[] r : rings) {
            if (r.length < 6) continue;
            g.moveTo(r[0], r[1]);
            for (int i = 2; i + 1 < r.length; i += 2) g.lineTo(r[i], r[i + 1]);
            g.closePath();
        }
        g.fill();
        g.setFillRule(javafx.scene.shape.FillRule.NON_ZERO);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n, double width, int argb, boolean dashed) {
        stroke(width, argb, dashed);
        g.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double width, int argb, boolean dashed) {
        stroke(width, argb, dashed);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void text(String s, double cx, double cy, double size, boolean bold, int argb, int haloArgb) {
        g.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        if ((haloArgb >>> 24) != 0) {
            stroke(3, haloArgb, false);
            g.strokeText(s, cx, cy);
        }
        g.setFill(color(argb));
        g.fillText(s, cx, cy);
    }

    @Override
    public double width() {
        return g.getCanvas().getWidth();
    }

    @Override
    public double height() {
        return g.getCanvas().getHeight();
    }
}
