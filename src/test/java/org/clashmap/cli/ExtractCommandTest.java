package org.clashmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    private static final Path REPO = Path.of(System.getProperty("clashmap.repo", "."));

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = CommandLines.all();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Result(code, buf.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void seedGivesGeoJsonWithDatesFromMetadata() throws Exception {
        Result r = run("extract", REPO.resolve("seeds/001_e39c371191d3715e.txt").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode fc = new ObjectMapper().readTree(r.out());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertTrue(fc.get("features").size() > 0);
        boolean zardana = false;
        for (JsonNode f : fc.get("features")) {
            assertEquals("Point", f.at("/geometry/type").asText());
            double lon = f.at("/geometry/coordinates/0").asDouble();
            assertTrue(lon > 35 && lon < 43, "[lon, lat] order");
            JsonNode p = f.get("properties");
            for (String k : new String[]{"event_id", "event_type", "sub_event_type", "date_from", "date_to", "time_precision",
                    "actor1", "actor2", "actors", "place_ar", "place_en", "place_id", "geo_precision_km", "fatalities", "fatalities_scope", "event_fatalities",
                    "source_file", "sentence", "char_start", "char_end", "confidence"}) {
                assertTrue(p.has(k), k);
            }
            if (p.get("place_ar").asText().equals("زردنا")) {
                zardana = true;
                assertEquals("2018-06-08", p.get("date_from").asText());
                // The strike's 42 dead are its toll, said once: on the event's most specific place, the village
                // (listed first, scope "event"), not repeated at إدلب (was 42 on each place).
                assertEquals(42, p.get("event_fatalities").asInt());
                assertEquals(42, p.get("fatalities").asInt(), p.toString());
                assertEquals("event", p.get("fatalities_scope").asText());
            }
        }
        assertTrue(zardana);
    }

    @Test
    void undatedSeedStaysUndated() throws Exception {
        Result r = run("extract", REPO.resolve("seeds/004_6ed6fa91f22f297b.txt").toString());
        JsonNode fc = new ObjectMapper().readTree(r.out());
        assertTrue(fc.get("features").size() > 0);
        for (JsonNode f : fc.get("features")) assertTrue(f.at("/properties/date_from").isNull());
    }

    @Test
    void publishedOptionOverridesMetadata() throws Exception {
        Result r = run("extract", "--published", "2024-01-10", "--precision", "day", REPO.resolve("seeds/004_6ed6fa91f22f297b.txt").toString());
        JsonNode fc = new ObjectMapper().readTree(r.out());
        boolean anyDated = false;
        for (JsonNode f : fc.get("features")) anyDated |= !f.at("/properties/date_from").isNull();
        assertTrue(anyDated);
    }

    @Test
    void missingFileIsOneLineNamingIt() {
        Result r = run("extract", "no/such/report.txt");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("no/such/report.txt"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void notUtf8IsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, new byte[]{(byte) 0xE9, 't', (byte) 0xE9});
        Result r = run("extract", bad.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("latin1.txt") && r.err().contains("UTF-8"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void metadataNextToTheFileIsUsed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("report.txt");
        Files.writeString(f, "اندلعت اشتباكات بين قوات النظام وتنظيم داعش في محيط مدينة السخنة أمس.");
        Files.writeString(dir.resolve("metadata.tsv"), "file\toutlet\tpublished\tprecision\tbasis\nreport.txt\tX\t2019-02-02\tday\ttest\n");
        JsonNode fc = new ObjectMapper().readTree(run("extract", f.toString()).out());
        assertFalse(fc.get("features").isEmpty());
        assertEquals("2019-02-01", fc.get("features").get(0).at("/properties/date_from").asText());
    }
}
