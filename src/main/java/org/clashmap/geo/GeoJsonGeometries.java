package org.clashmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough GeoJSON reading for the basemap sources (Polygon, MultiPolygon, LineString,
 * MultiLineString). jts-io's GeoJsonReader needs json-simple, which the project does not ship,
 * and Jackson is already here.
 */
public final class GeoJsonGeometries {
    public static final GeometryFactory GF = new GeometryFactory();

    /** A feature: its geometry and its properties node. */
    public record Feature(Geometry geometry, JsonNode properties) {
        public String text(String key) {
            JsonNode n = properties.get(key);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    private GeoJsonGeometries() {
    }

    public static List<Feature> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Feature> out = new ArrayList<>();
        for (JsonNode f : root.get("features")) {
            JsonNode g = f.get("geometry");
            if (g == null || g.isNull()) continue;
            out.add(new Feature(geometry(g), f.get("properties")));
        }
        return out;
    }

    public static Geometry geometry(JsonNode g) {
        String type = g.get("type").asText();
        JsonNode c = g.get("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(c);
            case "MultiPolygon": {
                Polygon[] ps = new Polygon[c.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(c.get(i));
                return GF.createMultiPolygon(ps);
            }
            case "LineString":
                return GF.createLineString(coords(c));
            case "MultiLineString": {
                LineString[] ls = new LineString[c.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = GF.createLineString(coords(c.get(i)));
                return GF.createMultiLineString(ls);
            }
            default:
                throw new IllegalArgumentException("unsupported GeoJSON geometry " + type);
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode c) {
        Coordinate[] cs = coords(c);
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(cs, cs.length + 1);
            closed[cs.length] = new Coordinate(cs[0]);
            cs = closed;
        }
        return GF.createLinearRing(cs);
    }

    private static Coordinate[] coords(JsonNode c) {
        Coordinate[] cs = new Coordinate[c.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(c.get(i).get(0).asDouble(), c.get(i).get(1).asDouble());
        return cs;
    }
}
