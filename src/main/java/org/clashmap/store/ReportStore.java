package org.clashmap.store;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.TimePrecision;
import org.clashmap.incidents.IncidentLinker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Managing what was ingested (decision 021): the stored reports and ingest runs, removing a report,
 * every report of an outlet or of one run with everything that hangs on them (events, places, actors,
 * edits, control claims, incident links, re-posts) in one transaction, and dating a report that came
 * without a publication date.
 */
public final class ReportStore {
    private final Database db;
    private final IncidentLinker linker;

    public ReportStore(Database db) {
        this.db = db;
        this.linker = new IncidentLinker();
    }

    /**
     * A stored report. {@code duplicateOf}: the report it re-posts (it then has no events of its own);
     * {@code link}: where its original is (page, feed item, Telegram message), or null; {@code publishedAt}: its exact time when known, or null.
     */
    public record StoredReport(long id, String fileName, String outlet, LocalDate published, TimePrecision precision,
                               Long runId, Long duplicateOf, int events, int claims, String ingestedAt, String link, String publishedAt) {}

    /** An ingest run: when, what, whether it finished or was cancelled, and how many reports it kept. */
    public record Run(long id, String startedAt, String label, String finishedAt, boolean cancelled, int reports) {}

    /** What a removal took out. */
    public record Removal(int reports, int events, int claims, int incidentsGone) {
        public String describe() {
            return reports + (reports == 1 ? " report" : " reports") + ", " + events + " events, " + claims + " control claims removed"
                    + (incidentsGone > 0 ? " (" + incidentsGone + " incidents left with no report)" : "");
        }
    }

    public List<StoredReport> reports() {
        return db.withConnection(c -> {
            List<StoredReport> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT a.id, a.file_name, a.outlet, a.published, a.published_precision, a.ingest_run_id, a.duplicate_of,"
                            + " (SELECT count(*) FROM events e WHERE e.article_id = a.id), (SELECT count(*) FROM control_claims k WHERE k.article_id = a.id),"
                            + " a.ingested_at, a.link, a.published_at FROM articles a ORDER BY a.id")) {
                while (rs.next()) {
                    out.add(new StoredReport(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)), TimePrecision.valueOf(rs.getString(5)),
                            rs.getObject(6) == null ? null : rs.getLong(6), rs.getObject(7) == null ? null : rs.getLong(7),
                            rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
            return out;
        });
    }

    public StoredReport report(long id) {
        return reports().stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    public List<Run> runs() {
        return db.withConnection(c -> {
            List<Run> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT r.id, r.started_at, r.label, r.finished_at, r.cancelled, (SELECT count(*) FROM articles a WHERE a.ingest_run_id = r.id)"
                            + " FROM ingest_runs r ORDER BY r.id")) {
                while (rs.next()) {
                    out.add(new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1, rs.getInt(6)));
                }
            }
            return out;
        });
    }

    public Removal removeReport(long articleId) {
        return remove("a.id = ?", articleId, "no report " + articleId);
    }

    public Removal removeOutlet(String outlet) {
        return remove("a.outlet = ?", outlet, "no report from outlet '" + outlet + "'");
    }

    public Removal removeRun(long runId) {
        return remove("a.ingest_run_id = ?", runId, "no report stored by ingest run " + runId);
    }

    /** Removes the reports {@code where} selects (alias a) and everything hanging on them, in one transaction. */
    private Removal remove(String where, Object param, String nothing) {
        return db.inTransaction(c -> {
            // Re-posts go with the report they repeat (they have no content of their own).
            String selected = "SELECT a.id FROM articles a WHERE " + where + " UNION SELECT d.id FROM articles d WHERE d.duplicate_of IN "
                    + "(SELECT a.id FROM articles a WHERE " + where + ")";
            List<Long> ids = IncidentStore.longs(c, selected, param, param);
            if (ids.isEmpty()) throw new IllegalArgumentException(nothing);
            String json = IncidentStore.json(ids);
            int events = count(c, "SELECT count(*) FROM events WHERE article_id IN (SELECT value FROM json_each(?))", json);
            int claims = count(c, "SELECT count(*) FROM control_claims WHERE article_id IN (SELECT value FROM json_each(?))", json);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, json);
                ps.executeUpdate();
            }
            int gone = IncidentStore.dropEmptyIncidents(c);
            return new Removal(ids.size(), events, claims, gone);
        });
    }

    private static int count(Connection c, String sql, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The events of a report as re-extracted with its new publication day: the stored event of each ordinal gets this date. */
    public record Redating(long articleId, LocalDate published, TimePrecision precision, List<DateRange> eventDates, List<DateRange> claimDates) {}

    /**
     * Gives a report its publication day and its events (in ordinal order) and control claims (in id
     * order) the dates re-extraction found, then links its events again (unless the analyst pinned
     * them). Events the analyst re-dated keep their edit. Returns how many joined an incident.
     */
    public int redate(Redating r) {
        return db.inTransaction(c -> {
            if (IncidentStore.longs(c, "SELECT id FROM articles WHERE id = ?", r.articleId()).isEmpty()) {
                throw new IllegalArgumentException("no report " + r.articleId());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET published = ?, published_precision = ? WHERE id = ?")) {
                ps.setString(1, r.published().toString());
                ps.setString(2, r.precision().name());
                ps.setLong(3, r.articleId());
                ps.executeUpdate();
            }
            List<Long> events = IncidentStore.longs(c, "SELECT id FROM events WHERE article_id = ? ORDER BY ordinal, id", r.articleId());
            if (events.size() != r.eventDates().size()) {
                throw new IllegalStateException("report " + r.articleId() + " has " + events.size() + " stored events but re-extraction found "
                        + r.eventDates().size() + "; it was not changed");
            }
            updateDates(c, "UPDATE events SET date_from = ?, date_to = ?, time_precision = ? WHERE id = ?", events, r.eventDates());
            List<Long> claims = IncidentStore.longs(c, "SELECT id FROM control_claims WHERE article_id = ? ORDER BY id", r.articleId());
            if (claims.size() == r.claimDates().size()) {
                updateDates(c, "UPDATE control_claims SET date_from = ?, date_to = ?, time_precision = ? WHERE id = ?", claims, r.claimDates());
            }
            int linked = 0;
            for (long id : events) {
                if (!IncidentStore.longs(c, "SELECT id FROM events WHERE id = ? AND incident_pinned = 1", id).isEmpty()) continue;
                try (PreparedStatement ps = c.prepareStatement("UPDATE events SET incident_id = NULL WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                IncidentStore.dropEmptyIncidents(c);
                if (IncidentStore.linkEvent(c, id, linker)) linked++;
            }
            return linked;
        });
    }

    private static void updateDates(Connection c, String sql, List<Long> ids, List<DateRange> dates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                DateRange d = dates.get(i);
                EventStore.setDate(ps, 1, d.from());
                EventStore.setDate(ps, 2, d.to());
                ps.setInt(3, d.precision().acledCode);
                ps.setLong(4, ids.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
