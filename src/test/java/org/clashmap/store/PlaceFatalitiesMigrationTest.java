package org.clashmap.store;

import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Schema v4 gives each event place its own count of dead. A v3 database (written before it) opens,
 * migrates, and its places read back with no own count, so the event's toll sits on its first place.
 */
class PlaceFatalitiesMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void aVersion3DatabaseMigratesWithNullOwnCounts() throws Exception {
        Path f = tmp.resolve("v3.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            for (int v = 0; v < 3; v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : Migrations.statements(new String(Migrations.class.getResourceAsStream(
                            "/store/migrations/" + Migrations.SCRIPTS.get(v)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                        s.execute(sql);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = 3");
                s.execute("INSERT INTO events(id, origin, event_type, fatalities) VALUES (1, 'extracted', 'BATTLES', 42)");
                s.execute("INSERT INTO event_places(event_id, ordinal, name_ar, lat, lon, precision_km) VALUES (1, 0, 'إدلب', 35.9, 36.6, 10)");
                s.execute("INSERT INTO event_places(event_id, ordinal, name_ar, lat, lon, precision_km) VALUES (1, 1, 'زردنا', 36.0, 36.6, 2)");
            }
        }
        try (Database db = Database.open(f)) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            StoredEvent e = new EventStore(db).event(1);
            assertEquals(42, e.fatalities());
            assertEquals(List.of("إدلب", "زردنا"), e.places().stream().map(EventPlace::nameAr).toList());
            assertTrue(e.places().stream().allMatch(p -> p.fatalities() == null), "old places have no own count");

            // The lean map load spreads the toll by the same rule: all of it on the first place.
            List<String> rows = new ArrayList<>();
            new EventStore(db).forEachIncidentRow((id, t, from, to, dead, placeDead, conf, rej, ed, has, lat, lon, prec, pconf) ->
                    rows.add(dead + "/" + placeDead));
            assertEquals(List.of("42/42", "42/-1"), rows);

            // A place's own count, set now, moves the rest of the toll to the first place.
            db.withConnection(c -> c.createStatement().executeUpdate("UPDATE event_places SET fatalities = 10 WHERE ordinal = 1"));
            rows.clear();
            new EventStore(db).forEachIncidentRow((id, t, from, to, dead, placeDead, conf, rej, ed, has, lat, lon, prec, pconf) ->
                    rows.add(dead + "/" + placeDead));
            assertEquals(List.of("42/32", "42/10"), rows);
            assertEquals(EventType.BATTLES, new EventStore(db).event(1).type());
        }
    }
}
