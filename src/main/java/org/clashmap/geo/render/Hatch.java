package org.clashmap.geo.render;

import java.util.Arrays;

/**
 * Diagonal hatching of a screen polygon with plain line strokes, because {@link Surface} has no
 * pattern fill (and PNG export must match the window). Even-odd scanlines along u = x - y.
 */
public final class Hatch {
    private Hatch() {
    }

    static void diagonal(Surface s, double[] xs, double[] ys, int n, double spacing, double width, int argb) {
        double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double u = xs[i] - ys[i];
            minU = Math.min(minU, u);
            maxU = Math.max(maxU, u);
        }
        if ((maxU - minU) / spacing > 4000) return; // zoomed far in: hatching would be thousands of strokes, the fill says enough
        double[] vs = new double[n];
        for (double u = Math.ceil(minU / spacing) * spacing; u <= maxU; u += spacing) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double u0 = xs[i] - ys[i], u1 = xs[j] - ys[j];
                if ((u0 <= u) == (u1 <= u)) continue;
                double t = (u - u0) / (u1 - u0);
                vs[k++] = (xs[i] + ys[i]) + t * ((xs[j] + ys[j]) - (xs[i] + ys[i]));
            }
            Arrays.sort(vs, 0, k);
            for (int i = 0; i + 1 < k; i += 2) {
                // back from (u, v) to (x, y): x = (u + v) / 2, y = (v - u) / 2
                s.strokeLine((u + vs[i]) / 2, (vs[i] - u) / 2, (u + vs[i + 1]) / 2, (vs[i + 1] - u) / 2, width, argb, false);
            }
        }
    }
}
