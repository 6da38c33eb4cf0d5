package org.clashmap.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.util.Arrays;

/**
 * The layout of Jackson's {@code DefaultPrettyPrinter}, the bytes {@code extract} has always printed: an object's
 * entries each on a line of their own, indented two spaces a level, {@code " : "} between name and value, an array on
 * one line ({@code [ 1, 2 ]}, empty {@code [ ]}), an empty object {@code { }}. What differs is only the cost: the
 * separators and each level's line break and indentation are kept encoded ({@link SerializedString}), which the
 * generator copies as bytes, where {@code DefaultPrettyPrinter} writes them as characters to be encoded at every entry,
 * a third of the CPU of writing extract's GeoJSON (issue 24, decision 070). One per generator: it counts the levels.
 */
final class LeanPrettyPrinter implements PrettyPrinter {
    private static final SerializedString ROOT_SEPARATOR = new SerializedString(" ");
    private static final SerializedString NAME_SEPARATOR = new SerializedString(" : ");
    private static final SerializedString VALUE_SEPARATOR = new SerializedString(", ");
    /** Per level, the line break and the indentation of an entry at that level; grown as deeper levels are written. */
    private SerializableString[] lines = new SerializableString[0];
    private int level;

    private SerializableString line(int atLevel) {
        if (atLevel >= lines.length) {
            SerializableString[] more = Arrays.copyOf(lines, atLevel + 8);
            for (int i = lines.length; i < more.length; i++) more[i] = new SerializedString(System.lineSeparator() + "  ".repeat(i));
            lines = more;
        }
        return lines[atLevel];
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(ROOT_SEPARATOR);
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        level++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        g.writeRaw(line(level));
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(NAME_SEPARATOR);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        g.writeRaw(line(level));
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        level--;
        if (entries > 0) g.writeRaw(line(level));
        else g.writeRaw(' ');
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        g.writeRaw(' ');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(VALUE_SEPARATOR);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        g.writeRaw(' ');
        g.writeRaw(']');
    }
}
