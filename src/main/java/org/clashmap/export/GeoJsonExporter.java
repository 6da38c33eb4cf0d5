package org.clashmap.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Stored events as an RFC 7946 FeatureCollection: WGS 84 implied (no "crs" member), positions
 * [longitude, latitude], one Point feature per event and place, properties from
 * {@link EventProperties}. Streams with Jackson so memory does not grow with the export.
 */
final class GeoJsonExporter implements FeatureWriter {
    /** OGR (QGIS) names the layer after this foreign member instead of after the file. */
    static final String LAYER_NAME = "events";

    private final JsonGenerator json;

    GeoJsonExporter(Path file) throws IOException {
        json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeStringField("name", LAYER_NAME);
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(EventPoint p) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", p.featureId());
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(p.lon());
        json.writeNumber(p.lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        for (EventProperties.Property prop : EventProperties.ALL) writeValue(prop, prop.of(p));
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeValue(EventProperties.Property prop, Object v) throws IOException {
        json.writeFieldName(prop.name());
        if (v == null) json.writeNull();
        else if (v instanceof Boolean b) json.writeBoolean(b);
        else if (v instanceof Integer i) json.writeNumber(i);
        else if (v instanceof Long l) json.writeNumber(l);
        else if (v instanceof Double d) json.writeNumber(d);
        else json.writeString(v.toString());
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
