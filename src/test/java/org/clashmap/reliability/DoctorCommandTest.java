package org.clashmap.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** clashmap doctor: version, integrity, counts per table and origin, places gone from the gazetteer. */
class DoctorCommandTest {
    @TempDir
    Path tmp;

    @Test
    void healthyDatabaseReport() throws Exception {
        Path db = tmp.resolve("d.db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), "--seeds").exit());
        assertEquals(0, Cli.run("import", "--db", db.toString(), "--format", "ucdp", HostileInputsTest.excerpt().toString()).exit());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // a place the gazetteer no longer has (e.g. after a gazetteer rebuild)
            s.execute("INSERT INTO places(id, kind, name_ar, lat, lon, precision_km) VALUES ('gone:1', 'TOWN', 'قرية', 35, 38, 1)");
            s.execute("UPDATE event_places SET place_id = 'gone:1' WHERE id = (SELECT min(id) FROM event_places WHERE place_id IS NOT NULL)");
        }
        Cli.Run r = Cli.run("doctor", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("schema version: " + org.clashmap.store.MigrationsAccess.latest()), out);
        assertTrue(out.contains("integrity_check: ok"), out);
        assertTrue(out.contains("rows articles: 5"), out);
        assertTrue(out.contains("events from ucdp: 200"), out);
        assertTrue(out.matches("(?s).*events from extracted: \\d+.*"), out);
        assertTrue(out.contains("place not in the gazetteer: gone:1 (1 events)"), out);
        assertTrue(out.contains("events whose place is not in the gazetteer: 1 (1 places)"), out);
    }

    @Test
    void damagedDatabaseExitsNonZero() throws Exception {
        Path db = tmp.resolve("bad.db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), "--seeds").exit());
        byte[] b = Files.readAllBytes(db);
        // scribble over the middle pages, keep the header: SQLite opens it, integrity_check finds the damage
        for (int i = 4096 * 2; i < Math.min(b.length, 4096 * 6); i++) b[i] = (byte) 0x5A;
        Files.write(db, b);
        Cli.Run r = Cli.run("doctor", "--db", db.toString());
        assertNotEquals(0, r.exit(), r.out());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).contains(db.getFileName().toString()), r.err());
        assertTrue(!r.hasStackTrace(), r.err());
    }

    @Test
    void missingDatabaseIsNotCreated() {
        Path db = tmp.resolve("none.db");
        Cli.Run r = Cli.run("doctor", "--db", db.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("no such database"), r.err());
        assertTrue(!Files.exists(db));
    }
}
