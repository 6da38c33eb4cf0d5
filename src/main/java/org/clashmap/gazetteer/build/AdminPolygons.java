package org.clashmap.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polygons of a GeoJSON layer keyed by one property, and their centroids, whole or of a part
 * (the east/west/north/south half or a diagonal quarter, cut at the polygon's own centroid).
 */
final class AdminPolygons {
    private static final GeometryFactory GF = new GeometryFactory();
    private final Map<String, Geometry> byKey = new HashMap<>();
    private final String layer;

    AdminPolygons(Path geojson, String keyProperty) throws IOException {
        this.layer = geojson.getFileName().toString();
        JsonNode root = new ObjectMapper().readTree(geojson.toFile());
        for (JsonNode f : root.path("features")) {
            String key = f.path("properties").path(keyProperty).asText().strip();
            Geometry g = toGeometry(f.path("geometry"));
            byKey.merge(key, g, Geometry::union);
        }
    }

    /** lat, lon of the centroid of the named polygon, or of its part ("east", "northwest", ...). */
    double[] centroid(String key, String part) {
        return centroid(key, part, null, 0);
    }

    /**
     * Centroid of a part of the named polygon. With a {@code center} (lat, lon) the polygon is first
     * clipped to a disc of {@code radiusKm} around it and cut at that point instead of at its own
     * centroid: "ريف حمص الشمالي" is the country north of the city of Homs, not the northern half
     * of a governorate that reaches Iraq.
     */
    double[] centroid(String key, String part, double[] center, double radiusKm) {
        Geometry g = byKey.get(key);
        if (g == null) throw new IllegalArgumentException("no feature '" + key + "' in " + layer);
        Coordinate cut = g.getCentroid().getCoordinate();
        if (center != null) {
            cut = new Coordinate(center[1], center[0]);
            g = g.intersection(disc(cut, radiusKm));
            if (g.isEmpty()) throw new IllegalArgumentException("disc around the centre misses " + key);
        }
        if (part != null && !part.isEmpty()) g = part(g, part, cut);
        Point c = g.getCentroid();
        return new double[]{c.getY(), c.getX()};
    }

    /** A disc in degrees, stretched in longitude so that it is round on the ground. */
    private static Geometry disc(Coordinate c, double km) {
        double dLat = km / 111.2, dLon = dLat / Math.cos(Math.toRadians(c.y));
        Coordinate[] ring = new Coordinate[65];
        for (int i = 0; i < 64; i++) {
            double a = 2 * Math.PI * i / 64;
            ring[i] = new Coordinate(c.x + dLon * Math.cos(a), c.y + dLat * Math.sin(a));
        }
        ring[64] = ring[0];
        return GF.createPolygon(ring);
    }

    private static Geometry part(Geometry g, String part, Coordinate cutAt) {
        Envelope e = g.getEnvelopeInternal();
        Point c = GF.createPoint(cutAt);
        double minX = e.getMinX(), maxX = e.getMaxX(), minY = e.getMinY(), maxY = e.getMaxY();
        if (part.contains("north")) minY = c.getY();
        if (part.contains("south")) maxY = c.getY();
        if (part.contains("east")) minX = c.getX();
        if (part.contains("west")) maxX = c.getX();
        if (!part.matches("(north|south)?(east|west)?") || part.isEmpty()) {
            throw new IllegalArgumentException("unknown part '" + part + "' (north, south, east, west, northeast, ...)");
        }
        Geometry cut = g.intersection(GF.toGeometry(new Envelope(minX, maxX, minY, maxY)));
        if (cut.isEmpty()) throw new IllegalArgumentException("empty part " + part);
        return cut;
    }

    private static Geometry toGeometry(JsonNode geom) {
        String type = geom.path("type").asText();
        JsonNode coords = geom.path("coordinates");
        if ("Polygon".equals(type)) return polygon(coords);
        if ("MultiPolygon".equals(type)) {
            List<Polygon> ps = new ArrayList<>();
            for (JsonNode p : coords) ps.add(polygon(p));
            return GF.createMultiPolygon(ps.toArray(Polygon[]::new)).buffer(0);
        }
        throw new IllegalArgumentException("unsupported geometry " + type);
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode pts) {
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < pts.size(); i++) cs[i] = new Coordinate(pts.get(i).get(0).asDouble(), pts.get(i).get(1).asDouble());
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(cs, cs.length + 1);
            closed[cs.length] = cs[0];
            cs = closed;
        }
        return GF.createLinearRing(cs);
    }
}
