package org.clashmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ControlCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        StringWriter picoErr = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = CommandLines.all();
            cl.setErr(new PrintWriter(picoErr, true));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + picoErr);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path geojson(String name, String geometry, String props) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + geometry
                + ",\"properties\":" + props + "}]}");
        return f;
    }

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[40.0,34.5],[41.0,34.5],[41.0,35.5],[40.0,35.5],[40.0,34.5]]]}";

    @Test
    void importRejectsAPointLayerNamingTheFileAndFeature() throws Exception {
        Path f = geojson("points.geojson", "{\"type\":\"Point\",\"coordinates\":[40.1,35.0]}", "{\"controller\":\"sdf\",\"valid_from\":\"2018-01-01\"}");
        Run r = run("control", "import", "--db", tmp.resolve("a.db").toString(), f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("points.geojson: feature 1: geometry is Point"), r.err());
        assertTrue(r.err().contains("nothing was imported"), r.err());
    }

    @Test
    void importRejectsProjectedCoordinatesNamingTheFile() throws Exception {
        String metres = "{\"type\":\"Polygon\",\"coordinates\":[[[4450000,4150000],[4460000,4150000],[4460000,4160000],[4450000,4150000]]]}";
        Path f = geojson("utm.geojson", metres, "{\"controller\":\"sdf\",\"valid_from\":\"2018-01-01\"}");
        Run r = run("control", "import", "--db", tmp.resolve("a.db").toString(), f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("utm.geojson: feature 1: coordinate [4450000, 4150000] is out of range"), r.err());
    }

    @Test
    void importRejectsAMissingControllerAndABadDate() throws Exception {
        Path a = geojson("noctl.geojson", SQUARE, "{\"valid_from\":\"2018-01-01\"}");
        assertTrue(run("control", "import", "--db", tmp.resolve("a.db").toString(), a.toString()).err().contains("noctl.geojson: feature 1: property \"controller\" is missing"));
        Path b = geojson("baddate.geojson", SQUARE, "{\"controller\":\"sdf\",\"valid_from\":\"01/02/2018\"}");
        assertTrue(run("control", "import", "--db", tmp.resolve("a.db").toString(), b.toString()).err().contains("baddate.geojson: feature 1: valid_from \"01/02/2018\" is not a date"));
    }

    @Test
    void anImportedLayerSetAndExportWorkTogether() throws Exception {
        String db = tmp.resolve("c.db").toString();
        Path layer = geojson("sdf.geojson", SQUARE, "{\"controller\":\"sdf\",\"valid_from\":\"2018-01-01\",\"valid_to\":\"2018-12-31\"}");
        Run imp = run("control", "import", "--db", db, layer.toString());
        assertEquals(0, imp.exit(), imp.err());
        assertTrue(imp.out().contains("1 polygons"), imp.out());
        // al-Mayadin (right bank, inside the square) to the regime; Thiban (left bank) stays under the SDF layer
        assertEquals(0, run("control", "set", "--db", db, "--place", "ocha:C5192", "--actor", "regime", "--date", "2018-03-01").exit());
        assertEquals(0, run("control", "set", "--db", db, "--place", "ocha:C5202", "--actor", "sdf", "--date", "2018-01-01").exit());
        Run bad = run("control", "set", "--db", db, "--place", "ocha:C5192", "--actor", "martians", "--date", "2018-03-01");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown actor martians"), bad.err());

        Path out = tmp.resolve("control.geojson");
        Run exp = run("control", "export", "--db", db, "--at", "2018-03-05", "--out", out.toString());
        assertEquals(0, exp.exit(), exp.err());
        JsonNode fc = new ObjectMapper().readTree(out.toFile());
        String controllerMayadin = null;
        int lines = 0;
        for (JsonNode f : fc.get("features")) {
            JsonNode p = f.get("properties");
            if ("control".equals(p.get("kind").asText()) && "ocha:C5192".equals(p.get("place_id").asText())) controllerMayadin = p.get("controller").asText();
            if ("front_line".equals(p.get("kind").asText())) lines++;
        }
        assertEquals("regime", controllerMayadin, "the edit after the layer's start wins over the layer");
        assertEquals(1, lines, "al-Mayadin and Thiban face each other across the river");
        Run before = run("control", "export", "--db", db, "--at", "2018-02-01", "--out", out.toString());
        assertEquals(0, before.exit());
        assertTrue(Files.readString(out).contains("\"controller\":\"sdf\""));
        assertFalse(Files.readString(out).contains("\"controller\":\"regime\""), "before the edit the layer says SDF");
    }

    @Test
    void exportOfTheIngestedSeedsHasTheRegimeAroundSukhnahAndT3AndIsisAtHumaymah() throws Exception {
        String db = tmp.resolve("seeds.db").toString();
        Run ing = run("ingest", "--seeds", "--db", db);
        assertEquals(0, ing.exit(), ing.err());
        java.util.Map<String, String> controllers = new java.util.TreeMap<>();
        Path out = tmp.resolve("seeds.geojson");
        Run exp = run("control", "export", "--db", db, "--at", "2018-04-25", "--out", out.toString());
        assertEquals(0, exp.exit(), exp.err());
        int lines = 0;
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).get("features")) {
            JsonNode p = f.get("properties");
            if ("control".equals(p.get("kind").asText())) controllers.put(p.get("place_id").asText(), p.get("controller").asText());
            if ("front_line".equals(p.get("kind").asText())) lines++;
        }
        assertEquals("isis", controllers.get("cur:humaymah"), controllers::toString);
        assertEquals("regime", controllers.get("ocha:C2893"), "al-Sukhnah: " + controllers);
        assertEquals("regime", controllers.get("cur:t3"), "T3: " + controllers);
        assertEquals(0, lines, "30 km reach: no line across the desert");
        Run wide = run("control", "export", "--db", db, "--at", "2018-04-25", "--front-distance-km", "60", "--out", out.toString());
        assertEquals(0, wide.exit(), wide.err());
        java.util.List<java.util.Set<String>> fronts = new java.util.ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).get("features")) {
            JsonNode p = f.get("properties");
            if ("front_line".equals(p.get("kind").asText())) fronts.add(java.util.Set.of(p.get("side_a").asText(), p.get("side_b").asText()));
        }
        assertTrue(fronts.contains(java.util.Set.of("isis", "regime")), "a front with a 60 km reach: " + fronts);
    }

    private static java.util.Map<String, Boolean> contested(Path geojson) throws Exception {
        java.util.Map<String, Boolean> out = new java.util.TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(geojson.toFile()).get("features")) {
            JsonNode p = f.get("properties");
            if ("control".equals(p.get("kind").asText())) out.put(p.get("place_id").asText(), p.get("contested").asBoolean());
        }
        return out;
    }

    @Test
    void contestedDaysWidensTheWindowInWhichBattlesMakeAPlaceContested() throws Exception {
        String db = tmp.resolve("seeds.db").toString();
        assertEquals(0, run("ingest", "--seeds", "--db", db).exit());
        // The battles at Humaymah are 15-25 April 2018: on 10 May they are older than the default 7 days.
        Path out = tmp.resolve("may.geojson");
        Run narrow = run("control", "export", "--db", db, "--at", "2018-05-10", "--out", out.toString());
        assertEquals(0, narrow.exit(), narrow.err());
        assertEquals(Boolean.FALSE, contested(out).get("cur:humaymah"), contested(out)::toString);
        Run wide = run("control", "export", "--db", db, "--at", "2018-05-10", "--contested-days", "30", "--out", out.toString());
        assertEquals(0, wide.exit(), wide.err());
        assertEquals(Boolean.TRUE, contested(out).get("cur:humaymah"), contested(out)::toString);

        Run bad = run("control", "export", "--db", db, "--at", "2018-05-10", "--contested-days", "-1", "--out", out.toString());
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("contested days must be 0 or more"), bad.err());
    }
}
