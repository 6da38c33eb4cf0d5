package org.clashmap.geo.control;

import org.clashmap.geo.LocalKm;
import org.clashmap.geo.basemap.SyriaOutline;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each side's area (in {@link LocalKm}): the Voronoi cells of its held places, each cut to
 * {@code frontDistanceKm} around its place and to Syria, dissolved per side. Too slow for every
 * timeline step at 10,000 places (the front lines avoid it, see {@link FrontLines}); used for
 * export, for checks, and for answering "whose side is this point on".
 */
public final class ControlAreas {
    private static final GeometryFactory GF = new GeometryFactory();

    private ControlAreas() {
    }

    /** Side id -> area in km coordinates. */
    public static Map<String, Geometry> compute(ControlModel model, ControlState state, SyriaOutline outline) {
        double d = model.options().frontDistanceKm();
        Map<Long, Integer> site = new HashMap<>();
        List<Coordinate> coords = new ArrayList<>();
        Envelope env = new Envelope();
        for (int p = 0; p < state.size(); p++) {
            if (state.controller(p) < 0) continue;
            long key = Double.doubleToLongBits(model.xKm[p]) * 31 + Double.doubleToLongBits(model.yKm[p]);
            if (site.putIfAbsent(key, p) != null) continue;
            coords.add(new Coordinate(model.xKm[p], model.yKm[p]));
            env.expandToInclude(model.xKm[p], model.yKm[p]);
        }
        Map<String, List<Geometry>> parts = new LinkedHashMap<>();
        if (coords.isEmpty()) return Map.of();
        env.expandBy(d * 2);
        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        vb.setSites(coords);
        vb.setClipEnvelope(env);
        Geometry cells = vb.getDiagram(GF);
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            Coordinate c = (Coordinate) cell.getUserData();
            Integer p = site.get(Double.doubleToLongBits(c.x) * 31 + Double.doubleToLongBits(c.y));
            if (p == null) continue;
            Geometry reach = GF.createPoint(c).buffer(d, 8);
            Geometry piece = OverlayNGRobust.overlay(cell, reach, OverlayNG.INTERSECTION);
            parts.computeIfAbsent(model.actors().get(state.controller(p)), k -> new ArrayList<>()).add(piece);
        }
        Map<String, Geometry> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Geometry>> e : parts.entrySet()) {
            Geometry union = CascadedPolygonUnion.union(e.getValue());
            out.put(e.getKey(), outline == null ? union : OverlayNGRobust.overlay(union, outline.km(), OverlayNG.INTERSECTION));
        }
        return out;
    }
}
