package org.clashmap.geo;

import java.util.List;

/**
 * Front pieces straight from each place's own Voronoi cell, cut to the disk of radius d around it.
 * That cut cell is the d-disk clipped by the bisector half-planes of the neighbours within 2d,
 * and only neighbours closer than twice the cell's current radius can still cut it, so walking the
 * grid ring by ring from the place outwards stops after a handful of neighbours. The cell edges
 * that come from an opposing side's bisector are exactly the front pieces FrontLines keeps (the
 * Voronoi edge, restricted to within d of both places). No degenerate cases (two places,
 * collinear places, places on the hull) need special handling, and each cell depends only on
 * places within 2d, which a later incremental cache can use.
 */
final class LocalVoronoi {
    /** Inscribed polygon for the reach disk: pieces stop within 2% short of d, never beyond it. */
    private static final int DISK_SIDES = 16;

    /** One piece: the segment and the two places whose bisector it lies on. */
    interface Sink {
        void piece(int placeA, int placeB, double x0, double y0, double x1, double y1);
    }

    private final double[] x, y;
    private final int[] side;
    private final double cell, minX, minY;
    private final int nx, ny;
    private final int[] cellStart, cellItems;
    // scratch polygon: vertices and the neighbour whose bisector each edge (i -> i+1) lies on, -1 the disk
    private double[] px = new double[64], py = new double[64], qx = new double[64], qy = new double[64];
    private int[] lab = new int[64], qlab = new int[64];
    private int[] near = new int[64];
    private double[] nearD = new double[64];

    /** @param sites place indexes; x/y/side are looked up per place. */
    LocalVoronoi(List<Integer> sites, double[] xKm, double[] yKm, int[] controller, double d) {
        int n = sites.size();
        x = new double[n];
        y = new double[n];
        side = new int[n];
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int p = sites.get(i);
            x[i] = xKm[p];
            y[i] = yKm[p];
            side[i] = controller[p];
            x0 = Math.min(x0, x[i]);
            y0 = Math.min(y0, y[i]);
            x1 = Math.max(x1, x[i]);
            y1 = Math.max(y1, y[i]);
        }
        cell = Math.max(d / 6, 1);
        minX = n == 0 ? 0 : x0;
        minY = n == 0 ? 0 : y0;
        nx = n == 0 ? 1 : (int) ((x1 - x0) / cell) + 1;
        ny = n == 0 ? 1 : (int) ((y1 - y0) / cell) + 1;
        // counting sort of sites into grid cells
        cellStart = new int[nx * ny + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cx(x[i]) + cy(y[i]) * nx;
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < nx * ny; c++) cellStart[c + 1] += cellStart[c];
        cellItems = new int[n];
        int[] fill = new int[nx * ny];
        for (int i = 0; i < n; i++) cellItems[cellStart[cellOf[i]] + fill[cellOf[i]]++] = i;
    }

    private int cx(double v) {
        return Math.min(nx - 1, Math.max(0, (int) ((v - minX) / cell)));
    }

    private int cy(double v) {
        return Math.min(ny - 1, Math.max(0, (int) ((v - minY) / cell)));
    }

    /** Emits the opposing-side edges of site i's cut cell, each pair once (from its lower index). */
    void cellOf(int i, double d, Sink sink, List<Integer> sites) {
        int n = disk(i, d);
        double r2 = d * d;
        int gx = cx(x[i]), gy = cy(y[i]);
        // the nearest neighbours first (3x3 cells, sorted by distance): they shrink the cell fastest,
        // so most later neighbours are rejected by one distance test instead of a clip
        int m = 0;
        for (int cyy = Math.max(0, gy - 1); cyy <= Math.min(ny - 1, gy + 1); cyy++) {
            for (int cxx = Math.max(0, gx - 1); cxx <= Math.min(nx - 1, gx + 1); cxx++) {
                int c = cxx + cyy * nx;
                for (int s = cellStart[c]; s < cellStart[c + 1]; s++) {
                    int j = cellItems[s];
                    if (j == i) continue;
                    if (m == near.length) {
                        near = java.util.Arrays.copyOf(near, m * 2);
                        nearD = java.util.Arrays.copyOf(nearD, m * 2);
                    }
                    double dx = x[j] - x[i], dy = y[j] - y[i];
                    near[m] = j;
                    nearD[m++] = dx * dx + dy * dy;
                }
            }
        }
        sortByDistance(m);
        for (int k = 0; k < m; k++) {
            double dd = nearD[k];
            if (dd > 4 * r2) break;
            if (dd == 0) continue;
            n = clip(n, i, near[k]);
            r2 = clippedR2;
        }
        int maxRing = (int) Math.ceil(2 * d / cell) + 1;
        for (int k = 2; k <= maxRing; k++) {
            // nothing in ring k is closer than (k - 1) cells; a neighbour further than 2 * cell radius cannot cut
            double nearest = (k - 1) * cell;
            if (nearest * nearest > 4 * r2) break;
            for (int cyy = gy - k; cyy <= gy + k; cyy++) {
                if (cyy < 0 || cyy >= ny) continue;
                boolean edgeRow = cyy == gy - k || cyy == gy + k;
                for (int cxx = gx - k; cxx <= gx + k; cxx += edgeRow ? 1 : 2 * k) {
                    if (cxx < 0 || cxx >= nx) continue;
                    int c = cxx + cyy * nx;
                    for (int s = cellStart[c]; s < cellStart[c + 1]; s++) {
                        int j = cellItems[s];
                        double dx = x[j] - x[i], dy = y[j] - y[i], dd = dx * dx + dy * dy;
                        if (dd == 0 || dd > 4 * r2) continue;
                        n = clip(n, i, j);
                        r2 = clippedR2;
                    }
                }
            }
        }
        for (int e = 0; e < n; e++) {
            int j = lab[e];
            if (j < 0 || j < i || side[j] == side[i]) continue;
            int f = (e + 1) % n;
            sink.piece(sites.get(i), sites.get(j), px[e], py[e], px[f], py[f]);
        }
    }

    /** Insertion sort: a few dozen neighbours, usually nearly in order already. */
    private void sortByDistance(int m) {
        for (int a = 1; a < m; a++) {
            int j = near[a];
            double dj = nearD[a];
            int b = a - 1;
            while (b >= 0 && nearD[b] > dj) {
                near[b + 1] = near[b];
                nearD[b + 1] = nearD[b];
                b--;
            }
            near[b + 1] = j;
            nearD[b + 1] = dj;
        }
    }

    int size() {
        return x.length;
    }

    private int disk(int i, double d) {
        for (int k = 0; k < DISK_SIDES; k++) {
            double a = 2 * Math.PI * k / DISK_SIDES;
            px[k] = x[i] + d * Math.cos(a);
            py[k] = y[i] + d * Math.sin(a);
            lab[k] = -1;
        }
        return DISK_SIDES;
    }

    /** Squared distance from the site to the farthest vertex of the polygon the last clip made. */
    private double clippedR2;

    /** Keeps the part of the polygon on site i's side of the bisector of i and j (Sutherland–Hodgman with edge labels). */
    private int clip(int n, int i, int j) {
        double nxv = x[j] - x[i], nyv = y[j] - y[i];
        double mx = (x[i] + x[j]) / 2, my = (y[i] + y[j]) / 2;
        if (qx.length < 2 * n + 2) grow(2 * n + 2);
        int m = 0;
        double r2 = 0;
        for (int a = 0; a < n; a++) {
            int b = (a + 1) % n;
            double fa = (px[a] - mx) * nxv + (py[a] - my) * nyv, fb = (px[b] - mx) * nxv + (py[b] - my) * nyv;
            boolean ina = fa <= 0, inb = fb <= 0;
            if (ina) {
                qx[m] = px[a];
                qy[m] = py[a];
                qlab[m++] = lab[a];
                r2 = Math.max(r2, sq(px[a] - x[i], py[a] - y[i]));
            }
            if (ina != inb) {
                double t = fa / (fa - fb);
                qx[m] = px[a] + t * (px[b] - px[a]);
                qy[m] = py[a] + t * (py[b] - py[a]);
                qlab[m++] = ina ? j : lab[a];
                r2 = Math.max(r2, sq(qx[m - 1] - x[i], qy[m - 1] - y[i]));
            }
        }
        clippedR2 = r2;
        double[] tx = px, ty = py;
        int[] tl = lab;
        px = qx;
        py = qy;
        lab = qlab;
        qx = tx;
        qy = ty;
        qlab = tl;
        return m;
    }

    private static double sq(double dx, double dy) {
        return dx * dx + dy * dy;
    }

    private void grow(int size) {
        px = java.util.Arrays.copyOf(px, size);
        py = java.util.Arrays.copyOf(py, size);
        lab = java.util.Arrays.copyOf(lab, size);
        qx = new double[size];
        qy = new double[size];
        qlab = new int[size];
    }
}
