package org.clashmap.geo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** The painters' drawing operations on Java2D: exported images, and the symbol sprites the window blits. */
public final class Java2dSurface implements Surface {
    private static final float[] DASH = {4, 3};
    private final Graphics2D g;
    private final double width, height;

    public Java2dSurface(Graphics2D g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    private void paint(int argb) {
        g.setColor(new Color(argb, true));
    }

    private void stroke(double w, int argb, boolean dashed) {
        paint(argb);
        g.setStroke(dashed ? new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, DASH, 0) : new BasicStroke((float) w));
    }

    private static Path2D polygon(double[] xs, double[] ys, int n) {
        Path2D p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        return p;
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        paint(argb);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, double w, int argb, boolean dashed) {
        stroke(w, argb, dashed);
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        paint(argb);
        g.fill(polygon(xs, ys, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n, double w, int argb, boolean dashed) {
        stroke(w, argb, dashed);
        g.draw(polygon(xs, ys, n));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double w, int argb, boolean dashed) {
        stroke(w, argb, dashed);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void text(String s, double cx, double cy, double size, boolean bold, int argb, int haloArgb) {
        if (s.isEmpty()) return;
        TextLayout layout = new TextLayout(s, new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)), g.getFontRenderContext());
        float x = (float) (cx - layout.getAdvance() / 2), y = (float) (cy + (layout.getAscent() - layout.getDescent()) / 2);
        if ((haloArgb >>> 24) != 0) {
            stroke(3, haloArgb, false);
            g.draw(layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y)));
        }
        paint(argb);
        layout.draw(g, x, y);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }
}
