package org.clashmap.geo.render;

/** Outline of an incident symbol; one per ACLED family so types differ by shape as well as colour. */
public enum SymbolShape {
    CIRCLE, TRIANGLE, SQUARE, DIAMOND;

    /** Vertices of the shape of radius r around (cx, cy) into xs/ys; returns the count (0 for a circle). */
    int vertices(double cx, double cy, double r, double[] xs, double[] ys) {
        switch (this) {
            case TRIANGLE -> {
                double h = r * 1.25;
                xs[0] = cx; ys[0] = cy - h;
                xs[1] = cx + h * 0.866; ys[1] = cy + h * 0.5;
                xs[2] = cx - h * 0.866; ys[2] = cy + h * 0.5;
                return 3;
            }
            case SQUARE -> {
                double s = r * 0.886; // same area as the circle
                xs[0] = cx - s; ys[0] = cy - s;
                xs[1] = cx + s; ys[1] = cy - s;
                xs[2] = cx + s; ys[2] = cy + s;
                xs[3] = cx - s; ys[3] = cy + s;
                return 4;
            }
            case DIAMOND -> {
                double d = r * 1.2;
                xs[0] = cx; ys[0] = cy - d;
                xs[1] = cx + d; ys[1] = cy;
                xs[2] = cx; ys[2] = cy + d;
                xs[3] = cx - d; ys[3] = cy;
                return 4;
            }
            default -> {
                return 0;
            }
        }
    }
}
