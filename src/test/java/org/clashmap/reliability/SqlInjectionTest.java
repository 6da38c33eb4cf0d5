package org.clashmap.reliability;

import org.clashmap.store.Database;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.EventStore;
import org.clashmap.store.Reviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Strings a user controls reach SQL only as bound parameters: the classic payloads change nothing. */
class SqlInjectionTest {
    static final List<String> PAYLOADS = List.of("'; DROP TABLE events; --", "\"; DROP TABLE articles; --", "x' OR '1'='1",
            "1 OR 1=1", "ucdp' --", "%", "_", "\\", "'); DELETE FROM events; --", "\u0000", "حلب'; DROP TABLE places; --");

    @TempDir
    Path tmp;

    @Test
    void payloadsAreDataNotSql() {
        Path db = tmp.resolve("inj.db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), "--seeds").exit());
        assertEquals(0, Cli.run("import", "--db", db.toString(), "--format", "ucdp", HostileInputsTest.excerpt().toString()).exit());
        DbFingerprint before = DbFingerprint.of(db);
        int tried = 0;
        try (Database d = Database.open(db)) {
            DatasetStore datasets = new DatasetStore(d);
            EventStore events = new EventStore(d);
            Reviewer reviewer = new Reviewer(d, "'; DROP TABLE edits; --");
            long someEvent = events.allEvents().get(0).id();
            for (String p : PAYLOADS) {
                assertEquals(0, datasets.count(p), p);
                assertTrue(datasets.points(p).isEmpty(), p);
                assertTrue(datasets.events(p).isEmpty(), p);
                assertEquals(0, datasets.stats(p).events(), p);
                assertFalse(events.hasArticle(p), p);
                reviewer.setActors(someEvent, p, p);
                assertTrue(reviewer.history(someEvent).stream().anyMatch(h -> h.contains(p)), "edit stored verbatim: " + p);
                tried += 6;
            }
        }
        for (String p : PAYLOADS) {
            Cli.Run r = Cli.run("export", "--db", db.toString(), "--format", "geojson", "--out", tmp.resolve("x.geojson").toString(),
                    "--origin", p, "--actor", p);
            assertFalse(r.hasStackTrace(), r.err());
            tried++;
        }
        DbFingerprint after = DbFingerprint.of(db);
        assertEquals(before.counts().keySet(), after.counts().keySet(), "tables");
        for (String t : before.counts().keySet()) {
            if (!t.equals("edits")) assertEquals(before.counts().get(t), after.counts().get(t), t);
        }
        assertEquals(PAYLOADS.size(), after.counts().get("edits") - before.counts().get("edits"), "one edit per payload");
        assertTrue(before.intactIn(db), "stored rows changed");
        System.out.println("sql-injection: " + PAYLOADS.size() + " payloads through " + tried + " store and export calls, tables intact");
    }
}
