package org.clashmap.geo.control;

import org.clashmap.geo.GeoJsonGeometries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an analyst's control layer: a GeoJSON FeatureCollection of Polygon/MultiPolygon features
 * in WGS84 degrees with properties {@code controller} (an actor id), {@code valid_from} and
 * optional {@code valid_to} (YYYY-MM-DD). Every problem is reported with the file name and the
 * feature number, because analysts fix these files by hand.
 */
public final class ControlLayerFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ControlLayerFile() {
    }

    /** Most vertices one feature may have (a governorate outline has a few thousand; simplify larger ones first). */
    public static final int MAX_VERTICES = 100_000;
    /** Most vertices of an invalid feature that is repaired; a larger one is refused (repair time grows fast with size). */
    public static final int MAX_VERTICES_TO_REPAIR = 10_000;

    /**
     * A feature read from the file, with its geometry as compact GeoJSON text for the store (the repaired
     * geometry when it was repaired, so what is stored and its bounding box agree), and what was repaired.
     */
    public record Feature(ControlLayerIndex.Zone zone, String geometryJson, String repaired) {
        public Feature(ControlLayerIndex.Zone zone, String geometryJson) {
            this(zone, geometryJson, null);
        }
    }

    public static List<Feature> read(Path file) throws IOException {
        JsonNode root;
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            // The same encoding checks as reports, so a UTF-16 or windows-1256 file is named as such
            // rather than reported by the JSON parser as a bad token.
            String problem = org.clashmap.text.Encodings.problem(bytes, bytes.length, true);
            if (problem != null) throw new IllegalArgumentException(file + ": " + problem + "; nothing was imported");
            root = JSON.readTree(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) throw new IllegalArgumentException(file + ": not a GeoJSON FeatureCollection (no \"features\" array)");
        List<Feature> out = new ArrayList<>();
        int n = 0;
        for (JsonNode f : features) {
            n++;
            String where = file + ": feature " + n;
            String[] repaired = {null};
            ControlLayerIndex.Zone z = zone(f, where, repaired);
            String json = repaired[0] == null ? f.get("geometry").toString() : toGeoJson(z.geometry());
            out.add(new Feature(z, json, repaired[0]));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no features");
        return out;
    }

    /** One feature's geometry as GeoJSON text (what the store keeps) back into a zone. */
    public static ControlLayerIndex.Zone zone(String controller, LocalDate from, LocalDate to, String geometryJson) {
        try {
            return new ControlLayerIndex.Zone(controller, from, to, GeoJsonGeometries.geometry(JSON.readTree(geometryJson)));
        } catch (IOException e) {
            throw new IllegalArgumentException("stored control layer geometry is not GeoJSON: " + e.getMessage());
        }
    }

    private static ControlLayerIndex.Zone zone(JsonNode f, String where, String[] repaired) {
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull() || g.get("type") == null) throw new IllegalArgumentException(where + ": no geometry");
        String type = g.get("type").asText();
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new IllegalArgumentException(where + ": geometry is " + type + "; a control layer needs Polygon or MultiPolygon");
        }
        checkRange(g.get("coordinates"), where);
        int vertices = checkRings(g.get("coordinates"), type, where);
        if (vertices > MAX_VERTICES) {
            throw new IllegalArgumentException(where + ": has " + vertices + " vertices, more than " + MAX_VERTICES
                    + "; simplify it first (QGIS: Vector > Geometry Tools > Simplify)");
        }
        Geometry geom;
        try {
            geom = GeoJsonGeometries.geometry(g);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": malformed " + type + " (" + e.getMessage() + ")");
        }
        geom = validOrRepaired(geom, vertices, where, repaired);
        JsonNode p = f.get("properties");
        String controller = text(p, "controller");
        if (controller == null || controller.isBlank()) throw new IllegalArgumentException(where + ": property \"controller\" is missing");
        LocalDate from = date(p, "valid_from", where);
        if (from == null) throw new IllegalArgumentException(where + ": property \"valid_from\" is missing");
        LocalDate to = date(p, "valid_to", where);
        if (to != null && to.isBefore(from)) throw new IllegalArgumentException(where + ": valid_to " + to + " is before valid_from " + from);
        return new ControlLayerIndex.Zone(controller.strip(), from, to, geom);
    }

    /**
     * GeoJSON's own rules for polygon rings, checked before any geometry is built: coordinates present, every
     * ring at least four positions with the last equal to the first. Returns the number of vertices.
     */
    private static int checkRings(JsonNode c, String type, String where) {
        if (c == null || !c.isArray() || c.isEmpty()) throw new IllegalArgumentException(where + ": " + type + " has no coordinates");
        if (type.equals("MultiPolygon")) {
            int n = 0;
            for (JsonNode polygon : c) {
                if (!polygon.isArray() || polygon.isEmpty()) throw new IllegalArgumentException(where + ": a polygon of the MultiPolygon has no rings");
                n += checkPolygonRings(polygon, where);
            }
            return n;
        }
        return checkPolygonRings(c, where);
    }

    private static int checkPolygonRings(JsonNode rings, String where) {
        int n = 0, r = 0;
        for (JsonNode ring : rings) {
            r++;
            String which = r == 1 ? "the outer ring" : "hole " + (r - 1);
            if (!ring.isArray() || ring.size() < 4) {
                throw new IllegalArgumentException(where + ": " + which + " has " + (ring.isArray() ? ring.size() : 0)
                        + " positions; a ring needs at least 4, the last equal to the first");
            }
            for (JsonNode pos : ring) {
                if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
                    throw new IllegalArgumentException(where + ": " + which + " has a position that is not [longitude, latitude]");
                }
            }
            JsonNode first = ring.get(0), last = ring.get(ring.size() - 1);
            if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
                throw new IllegalArgumentException(where + ": " + which + " is not closed (its last position differs from the first)");
            }
            n += ring.size();
        }
        return n;
    }

    /**
     * JTS's validity check (IsValidOp) with its reason. An invalid polygon of at most
     * {@link #MAX_VERTICES_TO_REPAIR} vertices whose fault is a self-intersection (a bow-tie, a
     * self-touching hand-drawn ring) is repaired with GeometryFixer, which keeps every part of the area;
     * anything else (a hole outside its shell, nested shells) or a larger one is refused with the reason.
     * A polygon without area is refused either way.
     */
    private static Geometry validOrRepaired(Geometry geom, int vertices, String where, String[] repaired) {
        org.locationtech.jts.operation.valid.IsValidOp op = new org.locationtech.jts.operation.valid.IsValidOp(geom);
        org.locationtech.jts.operation.valid.TopologyValidationError err = op.getValidationError();
        Geometry out = geom;
        if (err != null) {
            int kind = err.getErrorType();
            boolean selfCrossing = kind == org.locationtech.jts.operation.valid.TopologyValidationError.SELF_INTERSECTION
                    || kind == org.locationtech.jts.operation.valid.TopologyValidationError.RING_SELF_INTERSECTION;
            String reason = err.getMessage() + " near (" + fmt(err.getCoordinate()) + ")";
            if (!selfCrossing) throw new IllegalArgumentException(where + ": invalid polygon: " + reason + "; fix it (QGIS: Fix Geometries) and import again");
            if (vertices > MAX_VERTICES_TO_REPAIR) {
                throw new IllegalArgumentException(where + ": invalid polygon: " + reason + " in " + vertices + " vertices, too many to repair here (at most "
                        + MAX_VERTICES_TO_REPAIR + "); fix it (QGIS: Fix Geometries) and import again");
            }
            out = org.locationtech.jts.geom.util.GeometryFixer.fix(geom);
            if (!(out instanceof org.locationtech.jts.geom.Polygonal) || !out.isValid()) {
                throw new IllegalArgumentException(where + ": invalid polygon: " + reason + "; it could not be repaired, fix it and import again");
            }
            repaired[0] = err.getMessage().toLowerCase(java.util.Locale.ROOT) + " repaired";
        }
        if (out.isEmpty() || out.getArea() <= 0) throw new IllegalArgumentException(where + ": the polygon has no area (all its points on one line or the same point)");
        return out;
    }

    private static String fmt(org.locationtech.jts.geom.Coordinate c) {
        return c == null ? "?" : c.x + ", " + c.y;
    }

    /** Polygon or MultiPolygon as GeoJSON text (the repaired geometry goes to the store in the file's own format). */
    static String toGeoJson(Geometry g) {
        com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
        if (g instanceof org.locationtech.jts.geom.Polygon p) {
            o.put("type", "Polygon");
            o.set("coordinates", rings(p));
        } else {
            o.put("type", "MultiPolygon");
            com.fasterxml.jackson.databind.node.ArrayNode polys = o.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) polys.add(rings((org.locationtech.jts.geom.Polygon) g.getGeometryN(i)));
        }
        return o.toString();
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode rings(org.locationtech.jts.geom.Polygon p) {
        com.fasterxml.jackson.databind.node.ArrayNode rings = JSON.createArrayNode();
        rings.add(ring(p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) rings.add(ring(p.getInteriorRingN(i)));
        return rings;
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode ring(org.locationtech.jts.geom.LineString r) {
        com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
        for (org.locationtech.jts.geom.Coordinate c : r.getCoordinates()) out.add(JSON.createArrayNode().add(c.x).add(c.y));
        return out;
    }

    /** Degrees only: projected metres (a common export mistake) show up as huge numbers. */
    private static void checkRange(JsonNode c, String where) {
        if (c == null || !c.isArray()) throw new IllegalArgumentException(where + ": no coordinates");
        if (c.size() > 0 && c.get(0).isNumber()) {
            if (c.size() < 2) throw new IllegalArgumentException(where + ": a position needs longitude and latitude");
            double lon = c.get(0).asDouble(), lat = c.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException(where + ": coordinate [" + c.get(0).asText() + ", " + c.get(1).asText()
                        + "] is out of range; expected WGS84 longitude/latitude in degrees");
            }
            return;
        }
        for (JsonNode child : c) checkRange(child, where);
    }

    private static String text(JsonNode p, String key) {
        JsonNode n = p == null ? null : p.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode p, String key, String where) {
        String s = text(p, key);
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": " + key + " \"" + s + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
