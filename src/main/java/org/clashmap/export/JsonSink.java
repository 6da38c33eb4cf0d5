package org.clashmap.export;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * The few JSON writes a GeoJSON feature is made of, so that one method lays out a feature for both its readers: Jackson's
 * generator (the tree {@code eval} scores, {@link #of}) and the bytes {@code extract} prints ({@link PrettyJsonBytes}).
 * A null string value is written as null.
 */
interface JsonSink {
    void startObject() throws IOException;

    void startObject(String field) throws IOException;

    void endObject() throws IOException;

    void startArray(String field) throws IOException;

    void endArray() throws IOException;

    void string(String value) throws IOException;

    void string(String field, String value) throws IOException;

    void number(double value) throws IOException;

    void number(String field, int value) throws IOException;

    void number(String field, double value) throws IOException;

    void nullField(String field) throws IOException;

    /** The same writes through a Jackson generator. */
    static JsonSink of(JsonGenerator g) {
        return new JsonSink() {
            @Override
            public void startObject() throws IOException {
                g.writeStartObject();
            }

            @Override
            public void startObject(String field) throws IOException {
                g.writeObjectFieldStart(field);
            }

            @Override
            public void endObject() throws IOException {
                g.writeEndObject();
            }

            @Override
            public void startArray(String field) throws IOException {
                g.writeArrayFieldStart(field);
            }

            @Override
            public void endArray() throws IOException {
                g.writeEndArray();
            }

            @Override
            public void string(String value) throws IOException {
                g.writeString(value);
            }

            @Override
            public void string(String field, String value) throws IOException {
                g.writeStringField(field, value);
            }

            @Override
            public void number(double value) throws IOException {
                g.writeNumber(value);
            }

            @Override
            public void number(String field, int value) throws IOException {
                g.writeNumberField(field, value);
            }

            @Override
            public void number(String field, double value) throws IOException {
                g.writeNumberField(field, value);
            }

            @Override
            public void nullField(String field) throws IOException {
                g.writeNullField(field);
            }
        };
    }
}
