package org.clashmap.geo.control;

import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An analyst's imported control layer: polygons with a controller and a validity period, in an
 * STRtree, answering "who holds point p at time t" for the baseline under the derived map.
 * Geometry is in degrees (lon, lat).
 */
public final class ControlLayerIndex {
    private static final GeometryFactory GF = new GeometryFactory();

    /** One polygon of the layer. validTo null means "still valid". */
    public record Zone(String controller, LocalDate validFrom, LocalDate validTo, Geometry geometry) {
        boolean validAt(LocalDate t) {
            return !t.isBefore(validFrom) && (validTo == null || !t.isAfter(validTo));
        }
    }

    /** A baseline area for painting: rings in degrees and world coordinates (first shell, then holes, per polygon). */
    public record Area(String controller, List<double[]> lonLatRings, List<double[]> worldRings) {
    }

    private final List<Zone> zones;
    private final List<PreparedGeometry> prepared = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();
    private final STRtree tree = new STRtree();

    public ControlLayerIndex(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        for (int i = 0; i < this.zones.size(); i++) {
            Geometry g = this.zones.get(i).geometry();
            prepared.add(PreparedGeometryFactory.prepare(g));
            areas.add(area(this.zones.get(i)));
            tree.insert(g.getEnvelopeInternal(), i);
        }
        tree.build();
    }

    public List<Zone> zones() {
        return zones;
    }

    /** The controller of the point at t, or null where no polygon valid at t covers it. The latest-starting polygon wins an overlap. */
    public String controllerAt(double lat, double lon, LocalDate t) {
        Zone best = null;
        var pt = GF.createPoint(new Coordinate(lon, lat));
        for (Object o : tree.query(pt.getEnvelopeInternal())) {
            int i = (Integer) o;
            Zone z = zones.get(i);
            if (!z.validAt(t) || !prepared.get(i).covers(pt)) continue;
            if (best == null || z.validFrom().isAfter(best.validFrom())) best = z;
        }
        return best == null ? null : best.controller();
    }

    public List<Area> areasAt(LocalDate t) {
        List<Area> out = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) if (zones.get(i).validAt(t)) out.add(areas.get(i));
        return out;
    }

    /**
     * The layer as claims at the places the reports mention: each claimed place inside a polygon
     * gets a "layer" claim at the polygon's start and a withdrawal the day after its end. Reports
     * newer than the layer then override it, as a baseline should be.
     */
    List<PlaceClaim> baselineClaims(List<PlaceClaim> claims) {
        Map<String, PlaceClaim> places = new LinkedHashMap<>();
        for (PlaceClaim c : claims) places.putIfAbsent(c.placeKey(), c);
        List<PlaceClaim> out = new ArrayList<>();
        for (PlaceClaim c : places.values()) {
            var pt = GF.createPoint(new Coordinate(c.lon(), c.lat()));
            for (Object o : tree.query(pt.getEnvelopeInternal())) {
                int i = (Integer) o;
                if (!prepared.get(i).covers(pt)) continue;
                Zone z = zones.get(i);
                out.add(new PlaceClaim(c.placeKey(), c.name(), c.lat(), c.lon(), z.controller(), true, z.validFrom(), "layer", null));
                if (z.validTo() != null) {
                    out.add(new PlaceClaim(c.placeKey(), c.name(), c.lat(), c.lon(), z.controller(), false, z.validTo().plusDays(1), "layer", null));
                }
            }
        }
        return out;
    }

    private static Area area(Zone z) {
        List<double[]> ll = new ArrayList<>(), w = new ArrayList<>();
        for (int g = 0; g < z.geometry().getNumGeometries(); g++) {
            if (!(z.geometry().getGeometryN(g) instanceof Polygon p)) continue;
            ring(p.getExteriorRing(), ll, w);
            for (int h = 0; h < p.getNumInteriorRing(); h++) ring(p.getInteriorRingN(h), ll, w);
        }
        return new Area(z.controller(), ll, w);
    }

    private static void ring(LineString r, List<double[]> ll, List<double[]> w) {
        double[] a = new double[r.getNumPoints() * 2], b = new double[a.length];
        for (int i = 0; i < r.getNumPoints(); i++) {
            a[2 * i] = r.getCoordinateN(i).x;
            a[2 * i + 1] = r.getCoordinateN(i).y;
            b[2 * i] = WebMercator.worldX(a[2 * i]);
            b[2 * i + 1] = WebMercator.worldY(a[2 * i + 1]);
        }
        ll.add(a);
        w.add(b);
    }
}
