package org.clashmap.geo.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Front pieces straight from each place's own Voronoi cell, cut to the disk of radius d around it,
 * kept from one control state to the next.
 * <p>A cut cell is the d-disk clipped by the bisector half-planes of the neighbours within 2d, and
 * only neighbours closer than twice the cell's current radius can still cut it, so walking the
 * grid ring by ring from the place outwards stops after a handful of neighbours. The cell edges
 * that come from an opposing side's bisector are exactly the front pieces FrontLines keeps (the
 * Voronoi edge, restricted to within d of both places). No degenerate cases (two places,
 * collinear places, places on the hull) need special handling.
 * <p><b>Why incremental.</b> Computing every cell was about 80% of a timeline step (≈35 ms at
 * 10,000 places). But a cell depends only on <em>which</em> places are sites (have a known
 * controller), not on who controls them, and from one step to the next thousands of places keep
 * their controller while a few dozen appear, fade or change hands. So the cells are kept per
 * site across {@link #update} calls, each with its vertices, the site whose bisector each edge lies
 * on, and r = the largest distance from the site to a vertex. When the set of sites changes, only
 * the cells an added or removed site j actually changes are recomputed (see
 * {@link #invalidateAround}): an added j must reach a vertex of cell i (be at least as close to it
 * as i is), a removed j must bound an edge of it. Either way dist(i, j) ≤ 2·r_i (a point q of the
 * cell no farther from j than from i gives dist(i, j) ≤ |iq| + |qj| ≤ 2·|iq| ≤ 2·r_i), which
 * limits the search to the grid around j. A controller change alone recomputes nothing:
 * {@link #pieces} reads the current controllers when it emits. In the bench year at 10,000 places
 * a step recomputes a few hundred of ~8,500 cells (about 7 per added or removed site); the r-only
 * test recomputed three times as many, the large cells of sparse areas being touched by anything
 * within 60 km.
 * <p>Places at the same point are one site (two sites at one point have no bisector); the place
 * that speaks for it is the lowest-indexed one with a known controller, so the result does not
 * depend on the order in which states were visited. Pieces come out in a fixed order (by the two
 * speaking places' indexes), again independent of history, because the chaining (and so where a
 * closed line starts, which smoothing keeps fixed) follows the order of the pieces. And each vertex
 * is recomputed from the sites that define it ({@link #canonicalVertex}), because the clipping's
 * last bits depend on the order of the clips, which differs between a kept cell and a fresh one,
 * and Douglas-Peucker then keeps one or the other of two points that smoothing placed at the same
 * distance from a chord (up to 10 m apart). So a kept cell gives the pieces of a fresh one to the
 * bit, and the lines of a day do not depend on the way the timeline got there. The exception is
 * a degenerate spot, four sites exactly on one circle, where rounding decides whether a sliver
 * edge exists (in a computation from scratch too).
 * <p>Not thread-safe: the caller ({@link ControlMap} through {@link FrontLines}) locks it.
 */
public final class LocalVoronoi {
    /** Inscribed polygon for the reach disk: pieces stop within 2% short of d, never beyond it. */
    private static final int DISK_SIDES = 16;
    private static final double[] DISK_COS = new double[DISK_SIDES], DISK_SIN = new double[DISK_SIDES];
    /** Slack on the invalidation tests (relative, and absolute in km²): far above rounding, far below any real distance. */
    private static final double SLACK = 1e-9;

    static {
        for (int k = 0; k < DISK_SIDES; k++) {
            double a = 2 * Math.PI * k / DISK_SIDES;
            DISK_COS[k] = Math.cos(a);
            DISK_SIN[k] = Math.sin(a);
        }
    }

    /** One piece: the segment and the two places whose bisector it lies on. */
    interface Sink {
        void piece(int placeA, int placeB, double x0, double y0, double x1, double y1);
    }

    private final double d;
    /** Place -> site (distinct point); site -> its places in ascending index order (memberStart/members). */
    private final int[] siteOf, memberStart, members;
    private final double[] x, y;
    // grid over all sites, active or not; fixed for the model's lifetime
    private final double cell, minX, minY;
    private final int nx, ny;
    private final int[] cellStart, cellItems;

    // per site: the place speaking for it (-1: no place there has a known controller)
    private final int[] speaker;
    // per site: cached cut cell (null: not computed), edge labels (site whose bisector edge k -> k+1 lies on; -1 - c: side c of the disk), squared radius
    private final double[][] cellXy;
    private final int[][] cellLab;
    private final double[] cellR2;
    private int activeSites;
    private int lastRecomputed;

    // scratch polygon: vertices and the neighbour whose bisector each edge (i -> i+1) lies on, -1 - c side c of the disk
    private double[] px = new double[64], py = new double[64], qx = new double[64], qy = new double[64];
    private int[] lab = new int[64], qlab = new int[64];
    private int[] near = new int[64];
    private double[] nearD = new double[64];
    private int[] changed = new int[64];
    private int[] emitE = new int[16], emitP = new int[16];

    /** @param xKm place coordinates (all the model's places, fixed); d the reach in km */
    LocalVoronoi(double[] xKm, double[] yKm, double d) {
        this.d = d;
        int places = xKm.length;
        siteOf = new int[places];
        // distinct points, numbered in order of their lowest place
        Map<Point, Integer> byPoint = new HashMap<>();
        int n = 0;
        for (int p = 0; p < places; p++) {
            Integer s = byPoint.putIfAbsent(new Point(Double.doubleToLongBits(xKm[p]), Double.doubleToLongBits(yKm[p])), n);
            siteOf[p] = s == null ? n++ : s;
        }
        x = new double[n];
        y = new double[n];
        memberStart = new int[n + 1];
        members = new int[places];
        for (int p = 0; p < places; p++) {
            x[siteOf[p]] = xKm[p];
            y[siteOf[p]] = yKm[p];
            memberStart[siteOf[p] + 1]++;
        }
        for (int s = 0; s < n; s++) memberStart[s + 1] += memberStart[s];
        int[] fillM = new int[n];
        for (int p = 0; p < places; p++) members[memberStart[siteOf[p]] + fillM[siteOf[p]]++] = p; // ascending: p grows
        speaker = new int[n];
        Arrays.fill(speaker, -1);
        cellXy = new double[n][];
        cellLab = new int[n][];
        cellR2 = new double[n];

        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
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

    private record Point(long x, long y) {
    }

    private int cx(double v) {
        return Math.min(nx - 1, Math.max(0, (int) ((v - minX) / cell)));
    }

    private int cy(double v) {
        return Math.min(ny - 1, Math.max(0, (int) ((v - minY) / cell)));
    }

    /**
     * Brings the cells up to date with the places that have a known controller ({@code controller[p] >= 0};
     * a contested place still counts for the side that last took it). Only cells an added or removed
     * site can touch are recomputed.
     */
    void update(int[] controller) {
        int n = x.length, m = 0;
        activeSites = 0;
        for (int s = 0; s < n; s++) {
            int sp = -1;
            for (int k = memberStart[s]; k < memberStart[s + 1]; k++) {
                if (controller[members[k]] >= 0) {
                    sp = members[k];
                    break;
                }
            }
            if (sp >= 0) activeSites++;
            if ((sp >= 0) != (speaker[s] >= 0)) {
                if (m == changed.length) changed = Arrays.copyOf(changed, m * 2);
                changed[m++] = s;
            }
            speaker[s] = sp;
            if (sp < 0) cellXy[s] = null;
        }
        if (m > activeSites / 2) {
            // most of the map changed (a jump across the timeline): recomputing everything is cheaper than the scans
            Arrays.fill(cellXy, null);
        } else {
            for (int k = 0; k < m; k++) invalidateAround(changed[k], speaker[changed[k]] >= 0);
        }
        lastRecomputed = 0;
        for (int s = 0; s < n; s++) {
            if (speaker[s] >= 0 && cellXy[s] == null) {
                compute(s);
                lastRecomputed++;
            }
        }
    }

    /**
     * Drops the cached cells that site j, just added or removed, changes. Only cells with
     * dist(i, j) ≤ 2·r_i can be touched (see the class comment), and of those, an added j changes
     * cell i only if some vertex is at least as close to j as to i (the cell is convex, so if every
     * vertex is on i's side of the bisector, all of it is), a removed j only if it bounds an edge
     * of the cell (a half-plane that bounds no edge is redundant, and so are several of them
     * together). Both tests are given a little slack so that rounding can only recompute more.
     */
    private void invalidateAround(int j, boolean added) {
        double reach = 2 * d * (1 + SLACK) + SLACK;
        int gx0 = cx(x[j] - reach), gx1 = cx(x[j] + reach), gy0 = cy(y[j] - reach), gy1 = cy(y[j] + reach);
        for (int gy = gy0; gy <= gy1; gy++) {
            for (int c = gx0 + gy * nx, end = gx1 + gy * nx; c <= end; c++) {
                for (int s = cellStart[c]; s < cellStart[c + 1]; s++) {
                    int i = cellItems[s];
                    if (cellXy[i] == null) continue;
                    double dd = sq(x[j] - x[i], y[j] - y[i]);
                    if (dd > 4 * cellR2[i] * (1 + SLACK) + SLACK) continue;
                    if (added ? reaches(i, j) : bounds(i, j)) cellXy[i] = null;
                }
            }
        }
    }

    /** Whether some vertex of cell i is as close to site j as to i, give or take the slack. */
    private boolean reaches(int i, int j) {
        double[] xy = cellXy[i];
        for (int k = 0; k < xy.length; k += 2) {
            double di = sq(xy[k] - x[i], xy[k + 1] - y[i]), dj = sq(xy[k] - x[j], xy[k + 1] - y[j]);
            if (dj <= di * (1 + SLACK) + SLACK) return true;
        }
        return false;
    }

    /** Whether an edge of cell i lies on the bisector with site j. */
    private boolean bounds(int i, int j) {
        for (int l : cellLab[i]) if (l == j) return true;
        return false;
    }

    /** Sites (distinct points with a known controller) after the last update. */
    int activeSites() {
        return activeSites;
    }

    /** Cells the last update computed (the rest were kept): for tests. */
    int lastRecomputed() {
        return lastRecomputed;
    }

    /**
     * Emits the opposing-side edges of all cells, each pair once (from the lower-indexed speaking
     * place), ordered by that place and then by the other: a fixed order whatever the history.
     */
    void pieces(int[] controller, Sink sink) {
        for (int p = 0; p < siteOf.length; p++) {
            int i = siteOf[p];
            if (speaker[i] != p) continue;
            double[] xy = cellXy[i];
            int[] lb = cellLab[i];
            int n = lb.length, k = 0;
            for (int e = 0; e < n; e++) {
                int j = lb[e];
                if (j < 0) continue;
                int q = speaker[j];
                if (q <= p || controller[q] == controller[p]) continue;
                if (k == emitE.length) {
                    emitE = Arrays.copyOf(emitE, k * 2);
                    emitP = Arrays.copyOf(emitP, k * 2);
                }
                // insertion by the other place: a cell has a dozen edges at most, usually one or two qualify
                int b = k++;
                while (b > 0 && emitP[b - 1] > q) {
                    emitE[b] = emitE[b - 1];
                    emitP[b] = emitP[b - 1];
                    b--;
                }
                emitE[b] = e;
                emitP[b] = q;
            }
            for (int a = 0; a < k; a++) {
                int e = emitE[a], f = (e + 1) % n;
                sink.piece(p, emitP[a], xy[2 * e], xy[2 * e + 1], xy[2 * f], xy[2 * f + 1]);
            }
        }
    }

    /** Site i's cut cell from the current sites, stored with its labels and radius. */
    private void compute(int i) {
        int n = disk(i);
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
                    if (j == i || speaker[j] < 0) continue;
                    if (m == near.length) {
                        near = Arrays.copyOf(near, m * 2);
                        nearD = Arrays.copyOf(nearD, m * 2);
                    }
                    near[m] = j;
                    nearD[m++] = sq(x[j] - x[i], y[j] - y[i]);
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
                        if (speaker[j] < 0) continue;
                        double dd = sq(x[j] - x[i], y[j] - y[i]);
                        if (dd == 0 || dd > 4 * r2) continue;
                        n = clip(n, i, j);
                        r2 = clippedR2;
                    }
                }
            }
        }
        double[] xy = new double[2 * n];
        double rr = 0;
        for (int k = 0; k < n; k++) {
            canonicalVertex(i, lab[(k + n - 1) % n], lab[k], px[k], py[k]);
            xy[2 * k] = vx;
            xy[2 * k + 1] = vy;
            rr = Math.max(rr, sq(vx - x[i], vy - y[i]));
        }
        cellXy[i] = xy;
        cellLab[i] = Arrays.copyOf(lab, n);
        cellR2[i] = rr;
    }

    private double vx, vy;

    /**
     * The vertex of cell i between an edge labelled a and the next labelled b, recomputed from what
     * defines it rather than taken from the clipping, whose last bits depend on the order of the
     * clips and so on which sites were around when the cell was computed. Where two bisectors
     * meet, it is the circumcentre of the three sites, computed from the sorted triple: the same
     * bits in all three cells and whatever the history, so a kept cell gives the same pieces as a
     * fresh one, and the pieces of neighbouring cells meet exactly. Where a bisector crosses a side
     * of the disk, it is cut from the side's original corners. A disk corner is copied unchanged by
     * the clipping anyway. If the recomputed point strays from the clipped one (sites nearly
     * collinear: the bisectors nearly parallel), the clipped one is kept. Result in vx, vy.
     */
    private void canonicalVertex(int i, int a, int b, double cx, double cy) {
        vx = cx;
        vy = cy;
        double ux, uy;
        if (a >= 0 && b >= 0) {
            int s0 = Math.min(i, Math.min(a, b)), s2 = Math.max(i, Math.max(a, b)), s1 = i + a + b - s0 - s2;
            double bx = x[s1] - x[s0], by = y[s1] - y[s0], ex = x[s2] - x[s0], ey = y[s2] - y[s0];
            double den = 2 * (bx * ey - by * ex);
            if (den == 0) return;
            double b2 = bx * bx + by * by, e2 = ex * ex + ey * ey;
            ux = x[s0] + (ey * b2 - by * e2) / den;
            uy = y[s0] + (bx * e2 - ex * b2) / den;
        } else if (a >= 0 || b >= 0) {
            int j = a >= 0 ? a : b, c = a >= 0 ? -1 - b : -1 - a, c1 = (c + 1) % DISK_SIDES;
            double p0x = x[i] + d * DISK_COS[c], p0y = y[i] + d * DISK_SIN[c];
            double p1x = x[i] + d * DISK_COS[c1], p1y = y[i] + d * DISK_SIN[c1];
            double nxv = x[j] - x[i], nyv = y[j] - y[i], mx = (x[i] + x[j]) / 2, my = (y[i] + y[j]) / 2;
            double f0 = (p0x - mx) * nxv + (p0y - my) * nyv, f1 = (p1x - mx) * nxv + (p1y - my) * nyv;
            if (f0 == f1) return;
            double t = f0 / (f0 - f1);
            ux = p0x + t * (p1x - p0x);
            uy = p0y + t * (p1y - p0y);
        } else {
            return;
        }
        if (Double.isFinite(ux) && Double.isFinite(uy) && sq(ux - cx, uy - cy) < 1e-12) {
            vx = ux;
            vy = uy;
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

    private int disk(int i) {
        for (int k = 0; k < DISK_SIDES; k++) {
            px[k] = x[i] + d * DISK_COS[k];
            py[k] = y[i] + d * DISK_SIN[k];
            lab[k] = -1 - k;
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
        px = Arrays.copyOf(px, size);
        py = Arrays.copyOf(py, size);
        lab = Arrays.copyOf(lab, size);
        qx = new double[size];
        qy = new double[size];
        qlab = new int[size];
    }
}
