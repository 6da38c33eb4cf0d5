package org.clashmap.export;

import org.clashmap.cli.CommandLines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code clashmap export} end to end through picocli, on the fixture database. */
class ExportCliTest {
    @TempDir
    Path tmp;
    ExportFixture fx;
    final StringWriter out = new StringWriter(), err = new StringWriter();

    @BeforeEach
    void fill() {
        fx = ExportFixture.build(tmp);
        fx.db.close(); // the command opens the file itself
    }


    private int run(String... args) {
        CommandLine cl = CommandLines.all();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void exportsEachFormat() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            Path file = tmp.resolve("all" + f.extension);
            assertEquals(0, run("export", "--db", fx.dbFile.toString(), "--format", f.name().toLowerCase(), "--out", file.toString()), err.toString());
            assertTrue(Files.size(file) > 0, f.name());
        }
        assertTrue(out.toString().contains("Wrote " + ExportFixture.DEFAULT_FEATURES + " features (6 incidents at 7 places"), out.toString());
        assertTrue(out.toString().contains("1 matching events have no place"), out.toString());
    }

    @Test
    void filtersFromTheCommandLine() throws Exception {
        Path csv = tmp.resolve("f.csv");
        assertEquals(0, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", csv.toString(),
                "--from", "2018-04-01", "--to", "2018-06-30", "--type", "battles", "--actor", "isis", "--min-confidence", "0.5",
                "--include-rejected", "--no-bom", "--no-undated"), err.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        // A (two places), B and G: C is below 0.5, D/E are 2016, F is undated (dropped by --no-undated).
        assertEquals(1 + 4, lines.size(), String.join("\n", lines));
        // Without --no-undated, undated F (an ISIS battle) is kept whatever the window, as in the window's undated bin.
        assertEquals(0, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", csv.toString(),
                "--from", "2018-04-01", "--to", "2018-06-30", "--type", "battles", "--actor", "isis", "--min-confidence", "0.5",
                "--include-rejected", "--no-bom"), err.toString());
        assertEquals(1 + 5, Files.readAllLines(csv, StandardCharsets.UTF_8).size());
        assertTrue(lines.get(0).startsWith("event_id_cnty,"), "no BOM with --no-bom");

        assertEquals(0, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", csv.toString(),
                "--type", "Explosions/Remote violence"), err.toString());
        assertEquals(1 + 1, Files.readAllLines(csv, StandardCharsets.UTF_8).size());

        assertEquals(0, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", csv.toString(), "--origin", "acled"), err.toString());
        assertEquals(1, Files.readAllLines(csv, StandardCharsets.UTF_8).size(), "header only: nothing imported from ACLED");
        assertEquals(0, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", csv.toString(), "--origin", "extracted"), err.toString());
        assertEquals(1 + ExportFixture.DEFAULT_FEATURES, Files.readAllLines(csv, StandardCharsets.UTF_8).size());
    }

    @Test
    void userErrorsAreOneLineAndCreateNothing() {
        Path missing = tmp.resolve("nope.db");
        assertEquals(2, run("export", "--db", missing.toString(), "--format", "kml", "--out", tmp.resolve("x.kml").toString()));
        assertTrue(err.toString().startsWith("clashmap: no database at"), err.toString());
        assertFalse(Files.exists(missing), "a missing database is not created");
        assertFalse(Files.exists(tmp.resolve("x.kml")));

        err.getBuffer().setLength(0);
        assertEquals(2, run("export", "--db", fx.dbFile.toString(), "--format", "shp", "--out", tmp.resolve("x.shp").toString()));
        assertTrue(err.toString().contains("unknown format 'shp'"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", tmp.resolve("x.csv").toString(),
                "--from", "2018-05-01", "--to", "2018-04-01"));
        assertTrue(err.toString().contains("before it starts"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", tmp.resolve("x.csv").toString(),
                "--type", "picnics"));
        assertTrue(err.toString().contains("unknown event type"), err.toString());
        assertEquals(1, err.toString().lines().count(), "one line, no stack trace");

        err.getBuffer().setLength(0);
        assertEquals(2, run("export", "--db", fx.dbFile.toString(), "--format", "csv", "--out", tmp.resolve("no/dir/x.csv").toString()));
        assertTrue(err.toString().contains("folder of --out does not exist"), err.toString());
    }
}
