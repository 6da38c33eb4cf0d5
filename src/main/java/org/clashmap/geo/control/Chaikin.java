package org.clashmap.geo.control;

/**
 * Chaikin corner cutting: softens the zig-zag of Voronoi edges so the line reads as a front, not
 * as a diagram. Endpoints stay put so chains still meet at junctions and borders.
 */
public final class Chaikin {
    private Chaikin() {
    }

    static double[] smooth(double[] xy, int iterations) {
        double[] cur = xy;
        for (int it = 0; it < iterations && cur.length >= 6; it++) {
            int n = cur.length / 2;
            double[] next = new double[(2 * (n - 1)) * 2];
            int k = 0;
            next[k++] = cur[0];
            next[k++] = cur[1];
            for (int i = 0; i < n - 1; i++) {
                double x0 = cur[2 * i], y0 = cur[2 * i + 1], x1 = cur[2 * i + 2], y1 = cur[2 * i + 3];
                if (i > 0) {
                    next[k++] = 0.75 * x0 + 0.25 * x1;
                    next[k++] = 0.75 * y0 + 0.25 * y1;
                }
                if (i < n - 2) {
                    next[k++] = 0.25 * x0 + 0.75 * x1;
                    next[k++] = 0.25 * y0 + 0.75 * y1;
                }
            }
            next[k++] = cur[2 * n - 2];
            next[k++] = cur[2 * n - 1];
            cur = java.util.Arrays.copyOf(next, k);
        }
        return cur;
    }
}
