package org.clashmap.geo;

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

    /** A feature read from the file, with its geometry as compact GeoJSON text for the store. */
    public record Feature(ControlLayerIndex.Zone zone, String geometryJson) {
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
            out.add(new Feature(zone(f, where), f.get("geometry").toString()));
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

    private static ControlLayerIndex.Zone zone(JsonNode f, String where) {
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull() || g.get("type") == null) throw new IllegalArgumentException(where + ": no geometry");
        String type = g.get("type").asText();
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new IllegalArgumentException(where + ": geometry is " + type + "; a control layer needs Polygon or MultiPolygon");
        }
        checkRange(g.get("coordinates"), where);
        Geometry geom;
        try {
            geom = GeoJsonGeometries.geometry(g);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": malformed " + type + " (" + e.getMessage() + ")");
        }
        if (!geom.isValid()) geom = geom.buffer(0); // self-touching hand-drawn rings: repair rather than reject
        JsonNode p = f.get("properties");
        String controller = text(p, "controller");
        if (controller == null || controller.isBlank()) throw new IllegalArgumentException(where + ": property \"controller\" is missing");
        LocalDate from = date(p, "valid_from", where);
        if (from == null) throw new IllegalArgumentException(where + ": property \"valid_from\" is missing");
        LocalDate to = date(p, "valid_to", where);
        if (to != null && to.isBefore(from)) throw new IllegalArgumentException(where + ": valid_to " + to + " is before valid_from " + from);
        return new ControlLayerIndex.Zone(controller.strip(), from, to, geom);
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
