package org.clashmap.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.clashmap.geo.control.ContestedZone;
import org.clashmap.geo.render.ControlPalette;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.FrontLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The derived control map of one day as GeoJSON: control dots (Point, kind "control"), front lines
 * (LineString, kind "front_line", with both sides and the number of supporting claims) and
 * contested zones (Polygon, kind "contested_zone"). Written atomically like every export.
 */
public final class ControlGeoJsonExporter {
    private ControlGeoJsonExporter() {
    }

    /** Returns the number of features written. */
    public static int write(Path target, ControlSnapshot snap) throws IOException {
        int[] count = {0};
        AtomicFileWriter.write(target, out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeStringField("date", snap.date().toString());
                g.writeArrayFieldStart("features");
                for (ControlSnapshot.Dot d : snap.dots()) {
                    start(g, "Point");
                    g.writeArray(new double[]{round(d.lon()), round(d.lat())}, 0, 2);
                    g.writeEndObject();
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("kind", "control");
                    g.writeStringField("place_id", d.placeKey());
                    g.writeStringField("name_ar", d.name());
                    g.writeStringField("controller", d.controller());
                    g.writeStringField("controller_name", ControlPalette.name(d.controller()));
                    g.writeBooleanField("contested", d.contested());
                    if (d.contender() != null) g.writeStringField("contender", d.contender());
                    g.writeNumberField("supporting_claims", d.supportingClaims());
                    g.writeEndObject();
                    g.writeEndObject();
                    count[0]++;
                }
                for (FrontLine l : snap.lines()) {
                    start(g, "LineString");
                    for (int i = 0; i < l.points(); i++) g.writeArray(new double[]{round(l.lonLat()[2 * i]), round(l.lonLat()[2 * i + 1])}, 0, 2);
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("kind", "front_line");
                    g.writeStringField("side_a", l.sideA());
                    g.writeStringField("side_b", l.sideB());
                    g.writeStringField("sides", ControlPalette.name(l.sideA()) + " | " + ControlPalette.name(l.sideB()));
                    g.writeNumberField("supporting_claims", l.supportingClaims());
                    g.writeBooleanField("tentative", l.tentative());
                    g.writeEndObject();
                    g.writeEndObject();
                    count[0]++;
                }
                for (ContestedZone z : snap.zones()) {
                    start(g, "Polygon");
                    for (double[] ring : z.lonLatRings()) {
                        g.writeStartArray();
                        for (int i = 0; i < ring.length; i += 2) g.writeArray(new double[]{round(ring[i]), round(ring[i + 1])}, 0, 2);
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("kind", "contested_zone");
                    g.writeNumberField("clashes", z.clashes());
                    g.writeEndObject();
                    g.writeEndObject();
                    count[0]++;
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
        return count[0];
    }

    /** Opens a feature and its geometry; for lines and polygons leaves the coordinates array open. */
    private static void start(JsonGenerator g, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", type);
        if (type.equals("Point")) g.writeFieldName("coordinates");
        else g.writeArrayFieldStart("coordinates");
    }

    /** 1e-6 degrees is 0.1 m: more digits are noise. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static List<String> kinds() {
        return List.of("control", "front_line", "contested_zone");
    }
}
