package org.clashmap.geo.control;

import org.clashmap.geo.LocalKm;
import org.clashmap.geo.WebMercator;
import org.clashmap.geo.basemap.SyriaOutline;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front lines between sides: the edges of the Voronoi diagram of the places whose controller is
 * known that separate cells of different controllers. Building, clipping and dissolving 10,000
 * cells per step took seconds; each place's cell is instead computed locally and cut to the reach
 * ({@link LocalVoronoi}), at about the cost of a JTS Delaunay triangulation of the same places,
 * and kept across steps by {@link ControlMap}, which then recomputes only the cells next to places
 * that appeared or faded (a few hundred of 8,500 in a typical step of the 10,000-place bench).
 * <p>Honesty rules: a piece is kept only within {@code frontDistanceKm} of the two places that make
 * it (each cell is cut to the disk of that radius), so no line runs across empty desert; pieces
 * are clipped to Syria; chains with few supporting claims are tentative.
 */
public final class FrontLines {
    private static final GeometryFactory GF = new GeometryFactory();

    private FrontLines() {
    }

    /** From scratch: a fresh set of cells for this one state (what the kept cells are tested against). */
    static List<FrontLine> compute(ControlModel model, ControlState state, SyriaOutline outline) {
        return compute(new LocalVoronoi(model.xKm, model.yKm, model.options().frontDistanceKm()), model, state, outline);
    }

    /**
     * With cells kept from earlier states ({@link ControlMap} holds one {@link LocalVoronoi} for its
     * model): only cells near places that appeared or faded since the last call are recomputed.
     */
    static List<FrontLine> compute(LocalVoronoi cells, ControlModel model, ControlState state, SyriaOutline outline) {
        int[] controller = state.controller;
        Chains chains = new Chains();
        synchronized (cells) {
            cells.update(controller);
            if (cells.activeSites() < 2) return List.of();
            cells.pieces(controller, (a, c, x0, y0, x1, y1) -> chains.add(controller[a], controller[c], a, c, new double[]{x0, y0, x1, y1}));
        }
        return chains.lines(model, state, outline);
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
