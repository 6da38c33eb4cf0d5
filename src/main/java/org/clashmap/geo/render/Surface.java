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

    /**
     * Fills a shape of several rings (x0, y0, x1, y1, ... each, closed implicitly) by the even-odd
     * rule, so an inner ring is a hole: Damascus inside Rural Damascus. The default fills each ring
     * alone (no holes) for surfaces that draw no areas.
     */
    default void fillRings(java.util.List<double[]> rings, int argb) {
        for (double[] r : rings) {
            double[][] xy = split(r);
            fillPolygon(xy[0], xy[1], xy[0].length, argb);
        }
    }

    /** Outlines each ring (x0, y0, x1, y1, ..., closed implicitly). */
    default void strokeRings(java.util.List<double[]> rings, double width, int argb) {
        for (double[] r : rings) {
            double[][] xy = split(r);
            strokePolygon(xy[0], xy[1], xy[0].length, width, argb, false);
        }
    }

    /** Interleaved x, y to two arrays. */
    private static double[][] split(double[] ring) {
        int n = ring.length / 2;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = ring[2 * i];
            ys[i] = ring[2 * i + 1];
        }
        return new double[][]{xs, ys};
    }

    void strokeLine(double x1, double y1, double x2, double y2, double width, int argb, boolean dashed);

    /** Text centred on (cx, cy), bidi-aware (Arabic shaped, right to left). */
    void text(String s, double cx, double cy, double size, boolean bold, int argb, int haloArgb);

    double width();

    double height();
}
