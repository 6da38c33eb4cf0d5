package org.clashmap.datasets;

import org.clashmap.cli.CommandLines;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.Event;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Report;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The commands as a user runs them: exit codes, a summary on stdout, problems on stderr. */
class DatasetCommandsTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
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

    @Test
    void importThenAgreementPrintsTheMatch() {
        String db = tmp.resolve("c.db").toString();
        Run imp = run("import", "--db", db, "--format", "ucdp", TestData.excerpt().toString());
        assertEquals(0, imp.exit(), imp.err());
        assertEquals("ucdp: imported 200 events, 0 already present, 0 malformed rows skipped",
                imp.out().trim().replaceAll(" \\(.*\\)$", ""));

        try (Database d = Database.open(Path.of(db))) {
            String text = "قتل 80 في البوكمال";
            EventPlace place = new EventPlace("albu-kamal", "البوكمال", "Albu Kamal", null, 34.45, 40.918611, 2, 0.9, 8, 15);
            Event e = new Event(EventType.BATTLES, SubEventType.ARMED_CLASH, List.of(new EventActor("isis", ActorRole.ACTOR1, null)),
                    List.of(place), DateRange.day(LocalDate.of(2018, 6, 8)), 80, null, text, 0, text.length(), 0.8);
            new EventStore(d).ingest(new Extraction(new Report(text, LocalDate.of(2018, 6, 9), TimePrecision.DAY, "a.txt", ""),
                    List.of(e), List.of()));
        }
        Run agr = run("agreement", "--db", db);
        assertEquals(0, agr.exit(), agr.err());
        assertTrue(agr.out().contains("also in UCDP: 2018-06-08..2018-06-11 Albu Kamal town, 80 dead [ucdp 257171, 0.0 km]"), agr.out());
        assertTrue(agr.out().contains("1 extracted events compared with UCDP: 1 with a match, 0 without"), agr.out());
    }

    @Test
    void anUnknownFormatFailsWithOneLine() {
        Run r = run("import", "--db", tmp.resolve("c.db").toString(), "--format", "gdelt", TestData.excerpt().toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown format 'gdelt'"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void agreementWithoutImportedDataSaysSo() {
        Run r = run("agreement", "--db", tmp.resolve("e.db").toString(), "--source", "acled");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no 'acled' events"), r.err());
    }

    @Test
    void generatePrintsItsFiguresAndBenchImportTimesTheJarNotThisProcess() {
        Run g = run("generate", "--events", "1000", "--seed", "9", "--db", tmp.resolve("g.db").toString());
        assertEquals(0, g.exit(), g.err());
        assertTrue(g.out().startsWith("synthetic: generated 1000 events (seed 9), 1000 new"), g.out());
        // bench import runs `clashmap import` as whole processes (decision 032): from the classes, not the jar, it says so in one line.
        Run b = run("bench", "import", "--ucdp", TestData.excerpt().toString(), "--rounds", "1");
        assertNotEquals(0, b.exit());
        assertTrue(b.err().contains("java -jar clashmap.jar bench import"), b.err());
        assertEquals(1, b.err().strip().lines().count(), b.err());
    }
}
