package org.clashmap.geo.render;

/**
 * The few drawing operations the map painters need, so one painter draws both the window (a
 * JavaFX canvas) and exported images (Java2D). Colours are 0xAARRGGBB.
 */
public interface Surface {
    void fillCircle(double cx, double cy, double r, int argb);

    void strokeCircle(double cx, double cy, double r, double width, int argb, boolean dashed);

    void fillPolygon(double[] xs, double[] ys, int n, int argb);

    void strokePolygon(double[] xs, double[] ys, int n, double width, int argb, boolean dashed);

    void strokeLine(double x1, double y1, double x2, double y2, double width, int argb, boolean dashed);

    /** Text centred on (cx, cy), bidi-aware (Arabic shaped, right to left). */
    void text(String s, double cx, double cy, double size, boolean bold, int argb, int haloArgb);

    double width();

    double height();
}
