package org.clashmap.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** PrettyJsonBytes writes the bytes Jackson's generator with its default pretty printer writes, for the same calls. */
class PrettyJsonBytesTest {
    /** Strings a report, a place name or an actor may hold: escapes, controls, non-ASCII, surrogate pairs and halves. */
    private static final List<String> TRICKY = List.of("", "plain", "قتل 3 مدنيين في \"حويسيس\"، بريف حمص",
            "back\\slash / slash", "tab\there\nline\rreturn\bbell\fform", "\u0000\u0001\u001F\u007F", "\u200F\u061C\u00A0\u2028\u2029",
            "emoji \uD83D\uDE00 pair", "lone \uD83D high", "lone \uDE00 low", "é ß ü 中文 \uFFFD", "x".repeat(70_000) + "ح".repeat(30_000));

    /** The same writes to both: a document of nested objects and arrays, empty ones, every kind of value. */
    private interface Writes {
        void to(JsonSink s) throws IOException;
    }

    private static void sameBytes(Writes w) throws IOException {
        ByteArrayOutputStream jackson = new ByteArrayOutputStream(), ours = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(jackson)) {
            g.useDefaultPrettyPrinter();
            w.to(JsonSink.of(g));
        }
        PrettyJsonBytes p = new PrettyJsonBytes(ours);
        w.to(p);
        p.flush();
        assertArrayEquals(jackson.toByteArray(), ours.toByteArray(),
                () -> "Jackson:\n" + jackson.toString(StandardCharsets.UTF_8) + "\nours:\n" + ours.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFeatureCollectionLaidOutAsJacksonLaysItOut() throws IOException {
        sameBytes(s -> {
            s.startObject();
            s.string("type", "FeatureCollection");
            s.startArray("features");
            for (int i = 0; i < 3; i++) {
                s.startObject();
                s.string("type", "Feature");
                s.startObject("geometry");
                s.startArray("coordinates");
                s.number(37.18349);
                s.number(-0.00001);
                s.endArray();
                s.endObject();
                s.startObject("properties");
                s.number("int", i - 1);
                s.number("max", Integer.MAX_VALUE);
                s.number("min", Integer.MIN_VALUE);
                s.number("double", 10.0);
                s.number("small", 1e-7);
                s.number("large", 1.5e300);
                s.number("nan", Double.NaN);
                s.number("inf", Double.NEGATIVE_INFINITY);
                s.string("none", null);
                s.nullField("nothing");
                s.startArray("empty");
                s.endArray();
                s.startArray("one");
                s.string("a");
                s.endArray();
                s.startArray("two");
                s.string("a");
                s.string(null);
                s.endArray();
                s.startObject("emptyObject");
                s.endObject();
                s.endObject();
                s.endObject();
            }
            s.endArray();
            s.endObject();
        });
    }

    @Test
    void anEmptyCollection() throws IOException {
        sameBytes(s -> {
            s.startObject();
            s.string("type", "FeatureCollection");
            s.startArray("features");
            s.endArray();
            s.endObject();
        });
    }

    @Test
    void stringsEscapedAndEncodedAsJacksonDoes() throws IOException {
        sameBytes(s -> {
            s.startObject();
            for (String t : TRICKY) s.string(t.length() > 40 ? "long" : t, t); // as a field name too
            s.startArray("values");
            for (String t : TRICKY) s.string(t);
            s.endArray();
            s.endObject();
        });
    }

    @Test
    void manyDoublesAndTheirRepeats() throws IOException {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(24);
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            // coordinates as GeoJsonEvents rounds them, and doubles of any size
            values[i] = i % 2 == 0 ? Math.round(rng.nextDouble(32, 43) * 1e5) / 1e5 : Double.longBitsToDouble(rng.nextLong());
        }
        sameBytes(s -> {
            s.startObject();
            s.startArray("values");
            for (int round = 0; round < 3; round++) for (double v : values) s.number(v);
            s.endArray();
            s.endObject();
        });
    }

    @Test
    void everyCharBelowTheSurrogatesAndAbove() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) all.append(c);
        sameBytes(s -> {
            s.startObject();
            s.string("all", all.toString());
            s.endObject();
        });
    }
}
