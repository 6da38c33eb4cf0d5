package org.clashmap.geo.basemap;

import org.clashmap.geo.GeoJsonGeometries;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.linemerge.LineMerger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns polygon boundaries into shared lines: every boundary segment is stored once with the set of
 * polygons that own it, so the border between two governorates is drawn once (no doubled,
 * darker-looking anti-aliased edges) and a caller can tell inner borders (two owners) from outer
 * ones (one owner). Vertices are matched after quantising to 1e-5 degrees, which absorbs
 * floating-point noise in the sources.
 */
public final class SharedLines {
    private record Segment(int ax, int ay, int bx, int by) {
        static Segment of(int x1, int y1, int x2, int y2) {
            boolean swap = x1 > x2 || (x1 == x2 && y1 > y2);
            return swap ? new Segment(x2, y2, x1, y1) : new Segment(x1, y1, x2, y2);
        }
    }

    private final Map<Segment, Set<Integer>> owners = new LinkedHashMap<>();

    /** Adds every ring of a (multi)polygon under an owner id. */
    void add(int owner, Geometry polygonal) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            addRing(owner, p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) addRing(owner, p.getInteriorRingN(h));
        }
    }

    private void addRing(int owner, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 1; i < cs.length; i++) {
            int x1 = BasemapFormat.quantise(cs[i - 1].x), y1 = BasemapFormat.quantise(cs[i - 1].y);
            int x2 = BasemapFormat.quantise(cs[i].x), y2 = BasemapFormat.quantise(cs[i].y);
            if (x1 == x2 && y1 == y2) continue;
            owners.computeIfAbsent(Segment.of(x1, y1, x2, y2), k -> new TreeSet<>()).add(owner);
        }
    }

    /** Merged lines made of the segments whose owner set passes the filter. */
    List<LineString> lines(Function<Set<Integer>, Boolean> keep) {
        LineMerger merger = new LineMerger();
        for (Map.Entry<Segment, Set<Integer>> e : owners.entrySet()) {
            if (!keep.apply(e.getValue())) continue;
            Segment s = e.getKey();
            merger.add(GeoJsonGeometries.GF.createLineString(new Coordinate[]{
                    new Coordinate(s.ax() / BasemapFormat.SCALE, s.ay() / BasemapFormat.SCALE),
                    new Coordinate(s.bx() / BasemapFormat.SCALE, s.by() / BasemapFormat.SCALE)}));
        }
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        return new ArrayList<>(merged);
    }

    int segmentCount() {
        return owners.size();
    }
}
