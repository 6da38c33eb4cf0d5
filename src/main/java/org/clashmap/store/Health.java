package org.clashmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code clashmap doctor} asks of a database; read-only queries, all with fixed SQL. */
public final class Health {
    /** Tables reported by doctor, in schema order (a fixed list: names are never taken from input). */
    public static final List<String> TABLES = List.of("articles", "places", "events", "event_places", "event_actors",
            "control_claims", "edits");

    private final Database db;

    public Health(Database db) {
        this.db = db;
    }

    /**
     * PRAGMA integrity_check's lines: exactly ["ok"] for a sound file. Capped at 100 problems. A PostgreSQL
     * server checks its own pages (checksums, WAL) and has no such command: ["ok"] once it answers.
     */
    public List<String> integrityCheck() {
        if (db.address().isPostgresql()) return db.withConnection(c -> List.of(c.isValid(5) ? "ok" : "the server does not answer"));
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(100)")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    public Map<String, Long> rowsPerTable() {
        return db.withConnection(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String t : TABLES) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Events per origin (extracted, ucdp, acled, synthetic ...), largest first. */
    public Map<String, Long> eventsPerOrigin() {
        return db.withConnection(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT origin, count(*) FROM events GROUP BY origin ORDER BY count(*) DESC, origin")) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        });
    }

    /** Every gazetteer place id events point at, with how many events use it. */
    public Map<String, Long> eventsPerPlaceId() {
        return db.withConnection(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT place_id, count(DISTINCT event_id) FROM event_places WHERE place_id IS NOT NULL GROUP BY place_id ORDER BY place_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        });
    }
}
