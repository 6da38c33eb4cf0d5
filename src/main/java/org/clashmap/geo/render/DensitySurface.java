package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;

import java.util.BitSet;

/**
 * A heat surface of where the visible incidents crowd: a Gaussian kernel density estimate over
 * their places, coloured by ColorBrewer's "RdPu" (light pink to dark purple, apart from the
 * incident types' colours) and see-through, to lie under the symbols. One result, drawn scaled by
 * the window's density layer and the map images alike.
 *
 * <p>How: each place adds 1 to a grid of {@code cell}-pixel cells (one place of an incident told by
 * several reports: the caller hands the drawn mentions only); a separable Gaussian blur of σ =
 * {@link #SIGMA} logical pixels spreads it; values are scaled by the highest cell, so the colours
 * say "denser here than elsewhere in this view", not an absolute rate. Density under 3 % of the peak
 * is left clear.
 */
public final class DensitySurface {
    /** Kernel width (standard deviation) in logical pixels: about a symbol cluster's reach. */
    public static final double SIGMA = 18;
    /** Highest opacity, at the peak. */
    static final double MAX_ALPHA = 0.72;
    private static final int[] RD_PU = {0xFCC5C0, 0xFA9FB5, 0xF768A1, 0xDD3497, 0xAE017E, 0x7A0177};

    /**
     * The surface as a grid: {@code cols × rows} cells of {@code cell} device pixels each, premultiplied
     * ARGB {@code pixels} row by row, to be drawn stretched (smoothed) over cols·cell × rows·cell pixels from the top left.
     */
    public record Grid(int cols, int rows, int cell, int[] pixels, int places, double peak) {
        /**
         * Blends the surface, stretched bilinearly (cell centres at cell/2), over an opaque RGB raster of
         * {@code w × h} pixels: tens of ms at 3840×2160, where Java2D's scaled, interpolated drawImage over an
         * RGB image takes half a second.
         */
        public void blendInto(int[] rgb, int w, int h) {
            int[] row0 = new int[w], row1 = new int[w];
            float[] fx = new float[w];
            int[] x0 = new int[w];
            for (int x = 0; x < w; x++) {
                double gx = Math.max(0, Math.min(cols - 1.0001, (x + 0.5) / cell - 0.5));
                x0[x] = (int) gx;
                fx[x] = (float) (gx - x0[x]);
            }
            for (int y = 0; y < h; y++) {
                double gy = Math.max(0, Math.min(rows - 1.0001, (y + 0.5) / cell - 0.5));
                int y0 = (int) gy;
                float fy = (float) (gy - y0);
                int base0 = y0 * cols, base1 = Math.min(rows - 1, y0 + 1) * cols, out = y * w;
                for (int x = 0; x < w; x++) {
                    int a = pixels[base0 + x0[x]], b = pixels[base0 + Math.min(cols - 1, x0[x] + 1)];
                    int c = pixels[base1 + x0[x]], d = pixels[base1 + Math.min(cols - 1, x0[x] + 1)];
                    if ((a | b | c | d) == 0) continue;
                    float u = fx[x];
                    float w00 = (1 - u) * (1 - fy), w10 = u * (1 - fy), w01 = (1 - u) * fy, w11 = u * fy;
                    float al = ch(a, 24) * w00 + ch(b, 24) * w10 + ch(c, 24) * w01 + ch(d, 24) * w11;
                    float r = ch(a, 16) * w00 + ch(b, 16) * w10 + ch(c, 16) * w01 + ch(d, 16) * w11;
                    float g = ch(a, 8) * w00 + ch(b, 8) * w10 + ch(c, 8) * w01 + ch(d, 8) * w11;
                    float bl = ch(a, 0) * w00 + ch(b, 0) * w10 + ch(c, 0) * w01 + ch(d, 0) * w11;
                    int dst = rgb[out + x];
                    float k = 1 - al / 255f; // premultiplied source over an opaque destination
                    int nr = Math.min(255, Math.round(r + ((dst >> 16) & 0xFF) * k));
                    int ng = Math.min(255, Math.round(g + ((dst >> 8) & 0xFF) * k));
                    int nb = Math.min(255, Math.round(bl + (dst & 0xFF) * k));
                    rgb[out + x] = 0xFF000000 | (nr << 16) | (ng << 8) | nb;
                }
            }
        }

        private static float ch(int argb, int shift) {
            return (argb >>> shift) & 0xFF;
        }
    }

    /**
     * @param vp          the view in device pixels
     * @param deviceScale device pixels per logical pixel (images bigger than the reference view)
     */
    public static Grid of(IncidentSet set, BitSet visible, Viewport vp, double deviceScale) {
        double sigma = SIGMA * deviceScale;
        int cell = Math.max(2, (int) Math.round(sigma / 3));
        int cols = (int) Math.ceil(vp.width() / cell) + 1, rows = (int) Math.ceil(vp.height() / cell) + 1;
        double s = sigma / cell;
        int reach = (int) Math.ceil(3 * s);
        int pw = cols + 2 * reach, ph = rows + 2 * reach; // places just outside the view still warm its edge
        double[] grid = new double[pw * ph];
        int places = 0;
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            int gx = (int) Math.floor(vp.screenX(set.wx[i]) / cell) + reach, gy = (int) Math.floor(vp.screenY(set.wy[i]) / cell) + reach;
            if (gx < 0 || gy < 0 || gx >= pw || gy >= ph) continue;
            grid[gy * pw + gx] += 1;
            places++;
        }
        double[] kernel = new double[2 * reach + 1];
        for (int k = -reach; k <= reach; k++) kernel[k + reach] = Math.exp(-0.5 * k * k / (s * s));
        double[] tmp = new double[pw * ph];
        for (int y = 0; y < ph; y++) { // rows
            int row = y * pw;
            for (int x = 0; x < pw; x++) {
                double v = grid[row + x];
                if (v == 0) continue;
                for (int k = Math.max(-reach, -x); k <= reach && x + k < pw; k++) tmp[row + x + k] += v * kernel[k + reach];
            }
        }
        java.util.Arrays.fill(grid, 0);
        for (int y = 0; y < ph; y++) { // columns
            for (int x = 0; x < pw; x++) {
                double v = tmp[y * pw + x];
                if (v == 0) continue;
                for (int k = Math.max(-reach, -y); k <= reach && y + k < ph; k++) grid[(y + k) * pw + x] += v * kernel[k + reach];
            }
        }
        double peak = 0;
        for (int y = reach; y < reach + rows; y++) for (int x = reach; x < reach + cols; x++) peak = Math.max(peak, grid[y * pw + x]);
        int[] px = new int[cols * rows];
        if (peak > 0) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) px[y * cols + x] = colour(grid[(y + reach) * pw + x + reach] / peak);
            }
        }
        return new Grid(cols, rows, cell, px, places, peak);
    }

    /** Straight ARGB of a density t in [0, 1] of the peak, for legends. */
    public static int legendColour(double t) {
        int p = colour(t), a = p >>> 24;
        if (a == 0) return 0;
        return (a << 24) | (Math.min(255, ((p >> 16) & 0xFF) * 255 / a) << 16) | (Math.min(255, ((p >> 8) & 0xFF) * 255 / a) << 8)
                | Math.min(255, (p & 0xFF) * 255 / a);
    }

    /** Premultiplied ARGB of a density t in [0, 1] of the peak. */
    static int colour(double t) {
        if (t < 0.03) return 0;
        double f = Math.min(1, t) * (RD_PU.length - 1);
        int i = Math.min(RD_PU.length - 2, (int) f);
        double u = f - i;
        int a = RD_PU[i], b = RD_PU[i + 1];
        double alpha = MAX_ALPHA * Math.min(1, 0.25 + t);
        int r = (int) Math.round((((a >> 16) & 0xFF) * (1 - u) + ((b >> 16) & 0xFF) * u) * alpha);
        int g = (int) Math.round((((a >> 8) & 0xFF) * (1 - u) + ((b >> 8) & 0xFF) * u) * alpha);
        int bl = (int) Math.round(((a & 0xFF) * (1 - u) + (b & 0xFF) * u) * alpha);
        return ((int) Math.round(alpha * 255) << 24) | (r << 16) | (g << 8) | bl;
    }
}
