package org.clashmap.geo.render;

import org.clashmap.geo.Coordinates;
import org.clashmap.geo.basemap.LabelFonts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * The painters' drawing operations on a Java2D {@link Graphics2D} (exported images), the twin of
 * the window's JavaFX surface. Anti-aliased; text goes through {@link TextLayout}, so Arabic is
 * shaped, joined and laid out right to left, in a font that really has Arabic glyphs
 * ({@link LabelFonts}). Coordinates are in the Graphics2D's user space: a caller that wants
 * bigger symbols on a big image scales the Graphics2D and hands the painter a matching viewport.
 * Not thread-safe (one per Graphics2D).
 */
public final class Java2DSurface implements Surface {
    /** Same dash pattern as the window. */
    private static final float[] DASH = {4, 3};
    private static final float HALO_WIDTH = 3f;

    private final Graphics2D g;
    private final double width, height;
    private final Ellipse2D.Double ellipse = new Ellipse2D.Double();
    private final Line2D.Double line = new Line2D.Double();
    private final Path2D.Double path = new Path2D.Double();
    private final Color[] colourCache = new Color[256];
    private final int[] colourKey = new int[256];
    private final Map<Long, Stroke> strokes = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private final Map<String, TextLayout> layouts = new HashMap<>();

    /**
     * Vector figures (SVG, PDF) want text as text - editable, searchable - not as glyph outlines:
     * then {@link Graphics2D#drawString} is called with the same font and position, and the string
     * carries its direction (see {@link #vectorText}).
     */
    private boolean textAsStrings;

    /** Text alignment for {@link #textAt}. */
    public enum Align { LEFT, CENTRE, RIGHT }

    /**
     * @param width  size of the drawing area in user-space units (what {@link #width()} reports)
     */
    public Java2DSurface(Graphics2D g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * Draws text with {@link Graphics2D#drawString} instead of filling the shaped layout, for a
     * Graphics2D that writes a vector file (it keeps the string). Positions stay those of the shaped
     * layout, so the figure is laid out exactly as the PNG.
     */
    public Java2DSurface drawingTextAsStrings() {
        textAsStrings = true;
        return this;
    }

    /**
     * The text as a vector file must hold it to show as Java lays it out: with an explicit
     * right-to-left embedding (U+202B … U+202C) when its first strong character is Arabic (Java lays
     * out such a paragraph right to left, while an SVG viewer starts every {@code <text>} left to
     * right, which would put "165" left of "حادثة" instead of right), and runs of spaces as
     * no-break spaces (SVG collapses "   ·   " to " · ", shorter than laid out).
     */
    public static String vectorText(String s) {
        if (s.contains("  ")) s = keepSpaces(s);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return s;
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)
                return "\u202B" + s + "\u202C";
            i += Character.charCount(cp);
        }
        return s;
    }

    private static String keepSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean run = c == ' ' && (i + 1 < s.length() && s.charAt(i + 1) == ' ' || i > 0 && s.charAt(i - 1) == ' ');
            b.append(run ? '\u00A0' : c);
        }
        return b.toString();
    }

    public Graphics2D graphics() {
        return g;
    }

    /** The family used for all text (has Arabic glyphs when the system has any such font). */
    public static String fontFamily() {
        return LabelFonts.FAMILY;
    }

    private Color colour(int argb) {
        int slot = (argb ^ (argb >>> 8) ^ (argb >>> 16)) & 0xFF;
        if (colourCache[slot] == null || colourKey[slot] != argb) {
            colourCache[slot] = new Color(argb, true);
            colourKey[slot] = argb;
        }
        return colourCache[slot];
    }

    private Stroke stroke(double w, boolean dashed) {
        long key = (Double.doubleToLongBits(w) & ~1L) | (dashed ? 1 : 0);
        return strokes.computeIfAbsent(key, k -> dashed
                ? new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
                : new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        ellipse.setFrame(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(colour(argb));
        g.fill(ellipse);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, double width, int argb, boolean dashed) {
        ellipse.setFrame(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(colour(argb));
        g.setStroke(stroke(width, dashed));
        g.draw(ellipse);
    }

    private Path2D polygon(double[] xs, double[] ys, int n) {
        path.reset();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) path.lineTo(xs[i], ys[i]);
        path.closePath();
        return path;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        if (n < 2) return;
        g.setColor(colour(argb));
        g.fill(polygon(xs, ys, n));
    }

    @Override
    public void fillRings(java.util.List<double[]> rings, int argb) {
        Path2D.Double shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] r : rings) {
            if (r.length < 6) continue;
            shape.moveTo(r[0], r[1]);
            for (int i = 2; i + 1 < r.length; i += 2) shape.lineTo(r[i], r[i + 1]);
            shape.closePath();
        }
        g.setColor(colour(argb));
        g.fill(shape);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n, double width, int argb, boolean dashed) {
        if (n < 2) return;
        g.setColor(colour(argb));
        g.setStroke(stroke(width, dashed));
        g.draw(polygon(xs, ys, n));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double width, int argb, boolean dashed) {
        line.setLine(x1, y1, x2, y2);
        g.setColor(colour(argb));
        g.setStroke(stroke(width, dashed));
        g.draw(line);
    }

    @Override
    public void text(String s, double cx, double cy, double size, boolean bold, int argb, int haloArgb) {
        TextLayout t = layout(s, size, bold);
        // Centre the visual bounds: Arabic and Latin sit differently on the baseline.
        Rectangle2D b = t.getBounds();
        draw(t, s, size, bold, cx - b.getCenterX(), cy - b.getCenterY(), argb, haloArgb);
    }

    /**
     * Text with its baseline at {@code baselineY}, aligned on {@code x}: LEFT starts there, RIGHT
     * ends there (the natural choice for Arabic). Returns the advance width.
     */
    public double textAt(String s, double x, double baselineY, double size, boolean bold, int argb, int haloArgb, Align align) {
        TextLayout t = layout(s, size, bold);
        double w = t.getAdvance();
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - w / 2;
            case RIGHT -> x - w;
        };
        draw(t, s, size, bold, left, baselineY, argb, haloArgb);
        return w;
    }

    /** Advance width of a text at a size. */
    public double textWidth(String s, double size, boolean bold) {
        return layout(s, size, bold).getAdvance();
    }

    /** Ascent of the font at a size (for stacking lines). */
    public double ascent(double size, boolean bold) {
        return layout("Ag", size, bold).getAscent();
    }

    private void draw(TextLayout t, String s, double size, boolean bold, double x, double baselineY, int argb, int haloArgb) {
        if ((haloArgb >>> 24) != 0) {
            Shape outline = t.getOutline(AffineTransform.getTranslateInstance(x, baselineY));
            g.setColor(colour(haloArgb));
            g.setStroke(new BasicStroke(HALO_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(colour(argb));
            if (textAsStrings) drawString(s, size, bold, x, baselineY);
            else g.fill(outline);
        } else if (textAsStrings) {
            g.setColor(colour(argb));
            drawString(s, size, bold, x, baselineY);
        } else {
            g.setColor(colour(argb));
            t.draw(g, (float) x, (float) baselineY);
        }
    }

    private void drawString(String s, double size, boolean bold, double x, double baselineY) {
        if (s.isBlank()) return;
        if (size == Math.rint(size)) {
            g.setFont(font(size, bold));
            g.drawString(vectorText(s), (float) x, (float) baselineY);
            return;
        }
        // SVG writers round font sizes to whole pixels (12.5 -> 13, 4 % wider than laid out): draw at
        // a whole size and scale, so the text is as wide as the layout measured it.
        AffineTransform saved = g.getTransform();
        g.translate(x, baselineY);
        g.scale(size / 100, size / 100);
        g.setFont(font(100, bold));
        g.drawString(vectorText(s), 0f, 0f);
        g.setTransform(saved);
    }

    private Font font(double size, boolean bold) {
        return fonts.computeIfAbsent((int) Math.round(size * 100) * 2 + (bold ? 1 : 0),
                k -> new Font(LabelFonts.FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    private TextLayout layout(String s, double size, boolean bold) {
        String key = (bold ? "b" : "p") + size + "\u0000" + s;
        TextLayout t = layouts.get(key);
        if (t == null) {
            Font f = font(size, bold);
            FontRenderContext frc = g.getFontRenderContext();
            t = new TextLayout(s.isEmpty() ? " " : s, f, frc);
            if (layouts.size() > 4096) layouts.clear();
            layouts.put(key, t);
        }
        return t;
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
