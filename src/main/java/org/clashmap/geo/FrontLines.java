package org.clashmap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;
import org.locationtech.jts.triangulate.quadedge.Vertex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front lines between sides, from the Voronoi diagram of the places whose controller is known.
 * The Voronoi edges between cells of different controllers are exactly the duals of the Delaunay
 * edges joining places of different controllers, so instead of building, clipping and dissolving
 * 10,000 cells (seconds) this walks the Delaunay triangles once: each such edge contributes the
 * piece of its perpendicular bisector between the two adjacent triangles' circumcentres.
 * <p>Honesty rules: a bisector piece is kept only within {@code frontDistanceKm} of the two places
 * that make it (a chord of the circle around either), so no line runs across empty desert; pieces
 * are clipped to Syria; chains with few supporting claims are tentative.
 */
final class FrontLines {
    private static final GeometryFactory GF = new GeometryFactory();

    private FrontLines() {
    }

    static List<FrontLine> compute(ControlModel model, ControlState state, SyriaOutline outline) {
        double d = model.options().frontDistanceKm();
        List<Integer> sites = new ArrayList<>();
        Map<Long, Integer> byPoint = new LinkedHashMap<>();
        for (int p = 0; p < state.size(); p++) {
            // a contested place still counts for the side that last took it: the front runs by it (its dot says it is contested)
            if (state.controller(p) < 0) continue;
            // places at the same point: the first one speaks for it (Delaunay needs distinct sites)
            long key = Double.doubleToLongBits(model.xKm[p]) * 31 + Double.doubleToLongBits(model.yKm[p]);
            if (byPoint.putIfAbsent(key, p) == null) sites.add(p);
        }
        sites = facingSites(model, state, sites, d);
        if (sites.size() < 2) return List.of();
        List<Coordinate> coords = new ArrayList<>(sites.size());
        for (int p : sites) coords.add(new Coordinate(model.xKm[p], model.yKm[p], p)); // z carries the place index
        DelaunayTriangulationBuilder b = new DelaunayTriangulationBuilder();
        b.setSites(coords);
        QuadEdgeSubdivision sub = b.getSubdivision();
        @SuppressWarnings("unchecked")
        List<Vertex[]> tris = sub.getTriangleVertices(false);
        // edge (a<b) -> circumcentres of its triangles and the vertex opposite (for hull edges)
        Map<Long, double[]> edges = new HashMap<>();
        for (Vertex[] t : tris) {
            int[] idx = {(int) t[0].getZ(), (int) t[1].getZ(), (int) t[2].getZ()};
            Coordinate cc = org.locationtech.jts.geom.Triangle.circumcentreDD(t[0].getCoordinate(), t[1].getCoordinate(), t[2].getCoordinate());
            for (int e = 0; e < 3; e++) {
                int a = idx[e], c = idx[(e + 1) % 3], opp = idx[(e + 2) % 3];
                if (state.controller(a) == state.controller(c)) continue;
                long key = a < c ? ((long) a << 32) | c : ((long) c << 32) | a;
                double[] v = edges.get(key);
                if (v == null) edges.put(key, new double[]{cc.x, cc.y, Double.NaN, Double.NaN, opp});
                else {
                    v[2] = cc.x;
                    v[3] = cc.y;
                }
            }
        }
        if (tris.isEmpty()) collinear(model, state, sites, edges);
        Chains chains = new Chains();
        for (Map.Entry<Long, double[]> en : edges.entrySet()) {
            int a = (int) (en.getKey() >>> 32), c = (int) (long) en.getKey();
            double[] seg = bisectorPiece(model, a, c, en.getValue(), d);
            if (seg != null) chains.add(state.controller(a), state.controller(c), a, c, seg);
        }
        return chains.lines(model, state, outline);
    }

    /**
     * Only places with an opposing place within 2d can be part of a front, and dropping the others
     * changes no kept piece: a bisector point kept for sides A|B lies within d of the B place, so
     * it cannot lie in the old cell of an A place that has no B place within 2d (that point would
     * be within d of it too). Dropping the interior places makes the triangulation, the cost of a
     * step, several times smaller. Sides present per grid cell (a bit mask) rule most places out
     * without measuring a single distance.
     */
    static List<Integer> facingSites(ControlModel model, ControlState state, List<Integer> sites, double d) {
        double cell = 2 * d;
        Map<Long, List<Integer>> grid = new HashMap<>();
        Map<Long, long[]> sides = new HashMap<>();
        for (int p : sites) {
            long k = cellKey(Math.floor(model.xKm[p] / cell), Math.floor(model.yKm[p] / cell));
            grid.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            sides.computeIfAbsent(k, x -> new long[1])[0] |= 1L << (state.controller(p) & 63);
        }
        List<Integer> out = new ArrayList<>();
        double reach2 = cell * cell;
        for (int p : sites) {
            double gx = Math.floor(model.xKm[p] / cell), gy = Math.floor(model.yKm[p] / cell);
            long own = 1L << (state.controller(p) & 63), around = 0;
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    long[] m = sides.get(cellKey(gx + dx, gy + dy));
                    if (m != null) around |= m[0];
                }
            }
            if ((around & ~own) == 0) continue;
            search:
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int q : grid.getOrDefault(cellKey(gx + dx, gy + dy), List.of())) {
                        if (state.controller(q) == state.controller(p)) continue;
                        double ex = model.xKm[q] - model.xKm[p], ey = model.yKm[q] - model.yKm[p];
                        if (ex * ex + ey * ey < reach2) {
                            out.add(p);
                            break search;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static long cellKey(double gx, double gy) {
        return ((long) gx << 32) ^ ((long) gy & 0xffffffffL);
    }

    /**
     * Two sites, or all on one line: no triangles. Neighbours along the line are separated by their
     * whole bisector, an edge with no circumcentre (both ends open).
     */
    private static void collinear(ControlModel model, ControlState state, List<Integer> sites, Map<Long, double[]> edges) {
        List<Integer> sorted = new ArrayList<>(sites);
        sorted.sort((p, q) -> model.xKm[p] != model.xKm[q] ? Double.compare(model.xKm[p], model.xKm[q]) : Double.compare(model.yKm[p], model.yKm[q]));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            int a = sorted.get(i), c = sorted.get(i + 1);
            if (state.controller(a) == state.controller(c)) continue;
            long key = a < c ? ((long) a << 32) | c : ((long) c << 32) | a;
            edges.put(key, new double[]{Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1});
        }
    }

    /**
     * The part of the bisector of places a and c that is a Voronoi edge and lies within d of them,
     * as {x0,y0,x1,y1}, or null. Parametrised by s along the bisector from the midpoint m.
     */
    static double[] bisectorPiece(ControlModel model, int a, int c, double[] v, double d) {
        double ax = model.xKm[a], ay = model.yKm[a], cx = model.xKm[c], cy = model.yKm[c];
        double half = Math.hypot(cx - ax, cy - ay) / 2;
        if (half >= d) return null;
        double mx = (ax + cx) / 2, my = (ay + cy) / 2;
        double ux = -(cy - ay) / (2 * half), uy = (cx - ax) / (2 * half); // unit along the bisector
        double h = Math.sqrt(d * d - half * half);
        double s1, s2;
        if (Double.isNaN(v[0])) {
            s1 = Double.NEGATIVE_INFINITY;
            s2 = Double.POSITIVE_INFINITY;
        } else if (!Double.isNaN(v[2])) {
            s1 = (v[0] - mx) * ux + (v[1] - my) * uy;
            s2 = (v[2] - mx) * ux + (v[3] - my) * uy;
        } else {
            // hull edge: the Voronoi edge is a ray from the circumcentre, away from the opposite vertex
            s1 = (v[0] - mx) * ux + (v[1] - my) * uy;
            int opp = (int) v[4];
            double side = (model.xKm[opp] - mx) * ux + (model.yKm[opp] - my) * uy;
            s2 = side > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double lo = Math.max(Math.min(s1, s2), -h), hi = Math.min(Math.max(s1, s2), h);
        if (hi - lo < 1e-9) return null;
        return new double[]{mx + lo * ux, my + lo * uy, mx + hi * ux, my + hi * uy};
    }

    /** Joins bisector pieces of one pair of sides into polylines at their shared circumcentres. */
    private static final class Chains {
        private final Map<Long, List<double[]>> byPair = new LinkedHashMap<>();
        private final Map<Long, List<int[]>> placesByPair = new LinkedHashMap<>();

        void add(int sideA, int sideB, int placeA, int placeB, double[] seg) {
            long pair = sideA < sideB ? ((long) sideA << 32) | sideB : ((long) sideB << 32) | sideA;
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(seg);
            placesByPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(new int[]{placeA, placeB});
        }

        List<FrontLine> lines(ControlModel model, ControlState state, SyriaOutline outline) {
            List<FrontLine> out = new ArrayList<>();
            for (Map.Entry<Long, List<double[]>> en : byPair.entrySet()) {
                int sa = (int) (en.getKey() >>> 32), sb = (int) (long) en.getKey();
                List<double[]> segs = en.getValue();
                List<int[]> places = placesByPair.get(en.getKey());
                for (List<Integer> chain : SegmentChains.chain(segs)) {
                    java.util.Set<Integer> backing = new java.util.HashSet<>();
                    for (int i : chain) {
                        backing.add(places.get(i)[0]);
                        backing.add(places.get(i)[1]);
                    }
                    int support = 0;
                    for (int p : backing) support += state.support(p);
                    double[] xy = SegmentChains.polyline(segs, chain);
                    for (double[] piece : clip(Chaikin.smooth(xy, 2), outline)) {
                        out.add(toLine(model.actors().get(sa), model.actors().get(sb), piece, support, model.options().tentativeBelow()));
                    }
                }
            }
            return out;
        }
    }

    private static List<double[]> clip(double[] xy, SyriaOutline outline) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        // Voronoi vertices of nearly co-circular sites nearly coincide; drop steps under 10 m so the
        // overlay does not trip on nearly-duplicate points, and use the robust (snapping) overlay anyway.
        LineString ls = (LineString) DouglasPeuckerSimplifier.simplify(GF.createLineString(cs), 0.01);
        if (ls.getNumPoints() < 2) return List.of();
        if (outline == null || outline.prepared().containsProperly(ls)) return List.of(coords(ls));
        Geometry g = OverlayNGRobust.overlay(outline.km(), ls, OverlayNG.INTERSECTION);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof LineString l && l.getNumPoints() >= 2) out.add(coords(l));
        }
        return out;
    }

    private static double[] coords(LineString l) {
        double[] p = new double[l.getNumPoints() * 2];
        for (int k = 0; k < l.getNumPoints(); k++) {
            p[2 * k] = l.getCoordinateN(k).x;
            p[2 * k + 1] = l.getCoordinateN(k).y;
        }
        return p;
    }

    private static FrontLine toLine(String a, String b, double[] xy, int support, int tentativeBelow) {
        double[] ll = new double[xy.length], w = new double[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            ll[i] = LocalKm.lon(xy[i]);
            ll[i + 1] = LocalKm.lat(xy[i + 1]);
            w[i] = WebMercator.worldX(ll[i]);
            w[i + 1] = WebMercator.worldY(ll[i + 1]);
        }
        return new FrontLine(a, b, ll, w, support, support < tentativeBelow);
    }
}
