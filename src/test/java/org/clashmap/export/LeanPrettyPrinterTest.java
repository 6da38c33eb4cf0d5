package org.clashmap.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Report;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lean printer lays out JSON exactly as Jackson's DefaultPrettyPrinter does (decision 070): the same token
 * sequences through both give the same bytes, and extract's GeoJSON of the seed reports is what the default printer
 * writes for the same features.
 */
class LeanPrettyPrinterTest {
    interface Tokens {
        void write(JsonGenerator g) throws IOException;
    }

    private static String through(boolean lean, Tokens tokens) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            if (lean) g.setPrettyPrinter(new LeanPrettyPrinter());
            else g.useDefaultPrettyPrinter();
            tokens.write(g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void same(Tokens tokens) throws IOException {
        String expected = through(false, tokens);
        assertEquals(expected, through(true, tokens));
    }

    @Test
    void nestedObjectsArraysAndEmptyOnesAreLaidOutAsTheDefaultPrinterLaysThemOut() throws IOException {
        same(g -> {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (int i = 0; i < 3; i++) {
                g.writeStartObject();
                g.writeFieldName(new SerializedString("geometry"));
                g.writeStartObject();
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(36.2 + i);
                g.writeNumber(35.1);
                g.writeEndArray();
                g.writeEndObject();
                g.writeArrayFieldStart("actors");
                g.writeEndArray();
                g.writeObjectFieldStart("empty");
                g.writeEndObject();
                g.writeStringField("sentence", "قتل 3 \"مدنيين\"\nفي حلب\t\\");
                g.writeNullField("place_relation");
                g.writeArrayFieldStart("nested");
                g.writeStartArray();
                g.writeStartObject();
                g.writeNumberField("n", i);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        same(g -> {
            g.writeStartObject();
            g.writeEndObject();
        });
        same(g -> {
            g.writeStartArray();
            g.writeEndArray();
        });
        same(g -> { // values at the root, one after another
            g.writeStartObject();
            g.writeNumberField("a", 1);
            g.writeEndObject();
            g.writeStartArray();
            g.writeString("b");
            g.writeEndArray();
            g.writeNumber(2);
        });
    }

    @Test
    void extractsGeoJsonOfTheSeedsIsTheDefaultPrintersLayout() throws IOException {
        RuleBasedExtractor extractor = new RuleBasedExtractor(Gazetteers.load());
        ByteArrayOutputStream lean = new ByteArrayOutputStream();
        int features = 0;
        try (GeoJsonEvents.Stream stream = new GeoJsonEvents.Stream(lean)) {
            for (Path seed : Seeds.files()) {
                Extraction x = extractor.extract(new Report(Files.readString(seed), java.time.LocalDate.of(2018, 4, 25), org.clashmap.extract.TimePrecision.DAY,
                        seed.getFileName().toString(), null));
                stream.add(x);
                features += x.events().size();
            }
        }
        assertTrue(features > 20, "the seeds' events: " + features);
        // the same features, read back and written again with Jackson's default printer
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        String expected = mapper.writeValueAsString(mapper.readTree(lean.toByteArray()));
        assertEquals(expected, lean.toString(StandardCharsets.UTF_8));
    }
}
