package org.clashmap.store;

import org.clashmap.datasets.Format;
import org.clashmap.datasets.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schema v12 (issue 24): dataset events take no entry in the indexes by report and incident, and lookups by either still use them. */
class PartialIndexesTest {
    @TempDir
    Path tmp;

    @Test
    void importedEventsStayOutOfTheReportAndIncidentIndexesWhichLookupsStillUse() throws Exception {
        try (Database db = Database.open(tmp.resolve("p.db"))) {
            new Importer(new DatasetStore(db), m -> { }).importFile(Format.UCDP, Path.of("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv"));
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    assertTrue(count(s, "SELECT count(*) FROM events") > 0);
                    // PRAGMA index_list: name in column 2, partial (has a WHERE clause) in column 5
                    List<String> partial = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("PRAGMA index_list(events)")) {
                        while (rs.next()) if (rs.getInt(5) == 1) partial.add(rs.getString(2));
                    }
                    assertTrue(partial.containsAll(List.of("events_by_article", "events_by_incident")), partial.toString());
                    assertEquals(0, count(s, "SELECT count(*) FROM events INDEXED BY events_by_article WHERE article_id IS NOT NULL"));
                    for (String lookup : List.of("SELECT id FROM events WHERE article_id = 7", "DELETE FROM events WHERE article_id = 7",
                            "UPDATE events SET incident_id = NULL WHERE incident_id = 3")) {
                        String plan = plan(s, lookup);
                        assertTrue(plan.contains("INDEX events_by_article (") || plan.contains("INDEX events_by_incident ("), lookup + ": " + plan);
                    }
                }
                return null;
            });
        }
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String plan(Statement s, String sql) throws java.sql.SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) lines.add(rs.getString(4));
        }
        return String.join(" | ", lines);
    }
}
