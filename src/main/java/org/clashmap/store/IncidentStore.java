package org.clashmap.store;

import org.clashmap.incidents.Fingerprint;
import org.clashmap.incidents.IncidentLinker;
import org.clashmap.incidents.LinkRules;
import org.clashmap.incidents.EventMention;
import org.clashmap.incidents.Tolls;
import org.clashmap.extract.ActorRole;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Incidents across reports (decision 021): links a new report's events to stored incidents inside
 * its ingest transaction, recognises near-duplicate texts, and takes the analyst's split and merge
 * decisions (pinned: re-linking never undoes them).
 */
public final class IncidentStore {
    private final Database db;
    private final String author;
    private final IncidentLinker linker;

    public IncidentStore(Database db, String author) {
        this(db, author, new IncidentLinker());
    }

    public IncidentStore(Database db, String author, IncidentLinker linker) {
        this.db = db;
        this.author = author;
        this.linker = linker;
    }

    // ---------------------------------------------------------------- at ingest (inside its transaction)

    /** The stored report whose text this one nearly repeats (estimated Jaccard at or above the threshold), or null. */
    static Long nearDuplicate(Connection c, Fingerprint fp, double threshold) throws SQLException {
        long[] bands = fp.bands();
        Set<Long> seen = new HashSet<>();
        Long best = null;
        double bestSim = -1;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT a.id, a.fingerprint, a.duplicate_of FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE b.band = ? AND b.hash = ?")) {
            for (int i = 0; i < bands.length; i++) {
                ps.setInt(1, i);
                ps.setLong(2, bands[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (!seen.add(id) || rs.getString(2) == null) continue;
                        double sim = fp.similarity(Fingerprint.parse(rs.getString(2)));
                        long original = rs.getObject(3) == null ? id : rs.getLong(3);
                        if (sim >= threshold && (sim > bestSim || sim == bestSim && original < best)) {
                            bestSim = sim;
                            best = original;
                        }
                    }
                }
            }
        }
        return best;
    }

    static void insertBands(Connection c, long articleId, Fingerprint fp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO article_bands(article_id, band, hash) VALUES (?,?,?)")) {
            long[] bands = fp.bands();
            for (int i = 0; i < bands.length; i++) {
                ps.setLong(1, articleId);
                ps.setInt(2, i);
                ps.setLong(3, bands[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Places one event (not in an incident now) in the best stored incident or a new one; true when it joined one. */
    static boolean linkEvent(Connection c, long eventId, IncidentLinker linker) throws SQLException {
        try (Statements st = new Statements(c)) {
            return new IncidentCandidates(st, linker).link(eventId);
        }
    }

    static EventMention mention(StoredEvent e, LocalDate published, Long incident) {
        return new EventMention(e.id(), IncidentFacts.reportOf(e), e.outlet(), published, e.type(), e.date(),
                e.actor(ActorRole.ACTOR1), e.actor(ActorRole.ACTOR2), e.places(), e.fatalities(), e.sentence(), incident);
    }

    static long newIncident(Connection c) throws SQLException {
        try (Statements st = new Statements(c)) {
            return newIncident(st);
        }
    }

    static long newIncident(Statements st) throws SQLException {
        PreparedStatement ps = st.returningKeys("INSERT INTO incidents(created_at) VALUES (?)");
        ps.setString(1, Instant.now().toString());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Drops incidents no event belongs to any more. */
    static int dropEmptyIncidents(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("DELETE FROM incidents WHERE id NOT IN (SELECT incident_id FROM events WHERE incident_id IS NOT NULL)");
        }
    }

    // ---------------------------------------------------------------- reading

    /** One incident and the mentions (events of reports) that support it. */
    public record Incident(long id, List<Member> members, IncidentFacts facts) {}

    /** A mention of an incident: the event, its report's day, why it was linked and whether the analyst put it there. */
    public record Member(StoredEvent event, LocalDate published, String reason, boolean pinned) {}

    /** Facts of every event's incident (event id → facts); imported events have {@link IncidentFacts#single}. */
    /** Each linked event's incident id, read from one column (for counting incidents without loading events). */
    public Map<Long, Long> incidentByEvent() {
        return db.withConnection(IncidentStore::incidentByEvent);
    }

    private static Map<Long, Long> incidentByEvent(Connection c) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, incident_id FROM events WHERE incident_id IS NOT NULL")) {
            while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
        }
        return out;
    }

    /** Each linked mention's report and whether it was rejected: what DrawnMentions needs, without loading events. */
    public Map<Long, DrawnMentions.Linked> linkedMentions() {
        return db.withConnection(c -> {
            Map<Long, DrawnMentions.Linked> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, article_id, review_status FROM events WHERE incident_id IS NOT NULL")) {
                while (rs.next()) {
                    long article = rs.getLong(2);
                    out.put(rs.getLong(1), new DrawnMentions.Linked(rs.wasNull() ? null : article, "rejected".equals(rs.getString(3))));
                }
            }
            return out;
        });
    }

    /** Incidents whose events {@link #factsByEvent} reads at a time: memory is one batch of events, not all. */
    static final int FACTS_BATCH = 5_000;

    /**
     * The facts of each linked event's incident. Read in batches of {@value #FACTS_BATCH} incident ids,
     * each batch's events whole (the tolls need their figures), then dropped: what stays is one small
     * {@link IncidentFacts} per incident, shared by its events (decision 032).
     */
    public Map<Long, IncidentFacts> factsByEvent() {
        return factsByEvent(FACTS_BATCH);
    }

    /** As above, {@code incidentsPerBatch} incident ids at a time (a test compares batch sizes). */
    public Map<Long, IncidentFacts> factsByEvent(int incidentsPerBatch) {
        return db.withConnection(c -> {
            Map<Long, IncidentFacts> out = new HashMap<>();
            long[] span;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT min(incident_id), max(incident_id) FROM events WHERE incident_id IS NOT NULL")) {
                rs.next();
                if (rs.getObject(1) == null) return out;
                span = new long[]{rs.getLong(1), rs.getLong(2)};
            }
            Map<Long, LocalDate> published = publishedByArticle(c);
            for (long lo = span[0]; lo <= span[1]; lo += incidentsPerBatch) {
                // numbers of our own, not user text: safe to write into the statement
                String where = "WHERE e.incident_id BETWEEN " + lo + " AND " + (lo + incidentsPerBatch - 1);
                Map<Long, Long> incidentOf = new HashMap<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT e.id, e.incident_id FROM events e " + where)) {
                    while (rs.next()) incidentOf.put(rs.getLong(1), rs.getLong(2));
                }
                Map<Long, List<EventMention>> byIncident = new HashMap<>();
                EventStore.eventsWhere(c, where, null, e -> {
                    if (e.review() == ReviewStatus.REJECTED) return;
                    Long inc = incidentOf.get(e.id());
                    byIncident.computeIfAbsent(inc, k -> new ArrayList<>()).add(mention(e, published.get(e.articleId()), inc));
                });
                Map<Long, IncidentFacts> facts = new HashMap<>();
                for (var en : byIncident.entrySet()) facts.put(en.getKey(), facts(en.getKey(), en.getValue()));
                for (var en : incidentOf.entrySet()) {
                    IncidentFacts f = facts.get(en.getValue());
                    // A rejected event keeps its incident's id; it supports nothing itself.
                    out.put(en.getKey(), f != null ? f : new IncidentFacts(en.getValue(), 0, 0, null, null, null));
                }
            }
            return out;
        });
    }

    static IncidentFacts facts(long incident, List<EventMention> mentions) {
        int reports = (int) mentions.stream().map(EventMention::reportId).distinct().count();
        int outlets = (int) mentions.stream().map(EventMention::outlet).distinct().count();
        List<Tolls.Figure> figures = Tolls.figures(mentions);
        Tolls.Toll toll = Tolls.of(figures);
        return IncidentFacts.of(incident, reports, outlets, toll, Tolls.countingReport(figures, toll));
    }

    /** The incident an event belongs to, or null. */
    public Long incidentOf(long eventId) {
        return db.withConnection(c -> {
            List<Long> v = longs(c, "SELECT incident_id FROM events WHERE id = ? AND incident_id IS NOT NULL", eventId);
            return v.isEmpty() ? null : v.get(0);
        });
    }

    /** One incident with its mentions (rejected ones included, flagged by their review), or null. */
    public Incident incident(long id) {
        return db.withConnection(c -> {
            Map<Long, String[]> link = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, link_reason, incident_pinned FROM events WHERE incident_id = ? ORDER BY id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) link.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
                }
            }
            if (link.isEmpty()) return null;
            Map<Long, LocalDate> published = publishedByArticle(c);
            List<Member> members = new ArrayList<>();
            List<EventMention> standing = new ArrayList<>();
            for (StoredEvent e : EventStore.eventsById(c, link.keySet())) {
                String[] l = link.get(e.id());
                members.add(new Member(e, published.get(e.articleId()), l[0], "1".equals(l[1])));
                if (e.review() != ReviewStatus.REJECTED) standing.add(mention(e, published.get(e.articleId()), id));
            }
            members.sort(java.util.Comparator.comparing((Member m) -> m.published() == null ? LocalDate.MIN : m.published()).thenComparing(m -> m.event().id()));
            return new Incident(id, members, facts(id, standing));
        });
    }

    /** Every incident supported by at least {@code minReports} reports, newest first by id. */
    public List<Incident> incidents(int minReports) {
        List<Long> ids = db.withConnection(c -> longs(c,
                "SELECT incident_id FROM events WHERE incident_id IS NOT NULL GROUP BY incident_id HAVING count(DISTINCT article_id) >= ? ORDER BY incident_id",
                minReports));
        List<Incident> out = new ArrayList<>();
        for (long id : ids) {
            Incident i = incident(id);
            if (i != null) out.add(i);
        }
        return out;
    }

    private static Map<Long, LocalDate> publishedByArticle(Connection c) throws SQLException {
        Map<Long, LocalDate> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, published FROM articles WHERE published IS NOT NULL")) {
            while (rs.next()) out.put(rs.getLong(1), LocalDate.parse(rs.getString(2)));
        }
        return out;
    }

    // ---------------------------------------------------------------- the analyst decides

    /**
     * Moves the given events out of their incident into a new one and returns its id. Every event
     * of both incidents is pinned: re-linking keeps the analyst's split.
     */
    public long split(long incidentId, Collection<Long> eventIds) {
        if (eventIds.isEmpty()) throw new Refusal(Refusal.Reason.SPLIT_NOTHING_NAMED, "split: name the events to move out of incident " + incidentId, incidentId);
        return db.inTransaction(c -> {
            Set<Long> members = new HashSet<>(longs(c, "SELECT id FROM events WHERE incident_id = ?", incidentId));
            if (members.isEmpty()) throw new Refusal(Refusal.Reason.NO_INCIDENT, "no incident " + incidentId, incidentId);
            for (long e : eventIds) {
                if (!members.contains(e)) throw new Refusal(Refusal.Reason.SPLIT_NOT_A_MEMBER, "event " + e + " is not in incident " + incidentId, e, incidentId);
            }
            if (members.size() == new HashSet<>(eventIds).size()) {
                throw new Refusal(Refusal.Reason.SPLIT_WHOLE_INCIDENT, "split: incident " + incidentId + " has no other events; keep at least one", incidentId);
            }
            String before = IncidentUndo.snapshot(c, incidentId);
            long created = newIncident(c);
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET incident_id = ?, link_reason = 'analyst: split', incident_pinned = 1 WHERE id = ?")) {
                for (long e : eventIds) {
                    ps.setLong(1, created);
                    ps.setLong(2, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            pin(c, incidentId);
            recordEdit(c, "split", created, incidentId, eventIds);
            IncidentUndo.recorded(c, before, incidentId, created);
            return created;
        });
    }

    /** Moves every event of {@code other} into {@code keep} (pinned) and drops {@code other}. */
    public void merge(long keep, long other) {
        if (keep == other) throw new Refusal(Refusal.Reason.MERGE_SELF, "merge: an incident cannot be merged with itself (" + keep + ")", keep);
        db.inTransaction(c -> {
            List<Long> moved = longs(c, "SELECT id FROM events WHERE incident_id = ?", other);
            if (longs(c, "SELECT id FROM events WHERE incident_id = ?", keep).isEmpty()) throw new Refusal(Refusal.Reason.NO_INCIDENT, "no incident " + keep, keep);
            if (moved.isEmpty()) throw new Refusal(Refusal.Reason.NO_INCIDENT, "no incident " + other, other);
            String before = IncidentUndo.snapshot(c, keep, other);
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET incident_id = ?, link_reason = 'analyst: merged' WHERE incident_id = ?")) {
                ps.setLong(1, keep);
                ps.setLong(2, other);
                ps.executeUpdate();
            }
            pin(c, keep);
            recordEdit(c, "merge", keep, other, moved);
            IncidentUndo.recorded(c, before, keep);
            dropEmptyIncidents(c);
            return null;
        });
    }

    private static void pin(Connection c, long incident) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET incident_pinned = 1 WHERE incident_id = ?")) {
            ps.setLong(1, incident);
            ps.executeUpdate();
        }
    }

    private void recordEdit(Connection c, String action, long incident, long other, Collection<Long> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO incident_edits(action, incident_id, other_id, event_ids, author, created_at) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, action);
            ps.setLong(2, incident);
            ps.setLong(3, other);
            ps.setString(4, events.stream().map(String::valueOf).collect(Collectors.joining(",")));
            ps.setString(5, author);
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** The analyst's split and merge decisions, newest first, one readable line each. */
    public List<String> history() {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT created_at, author, action, incident_id, other_id, event_ids, undone FROM incident_edits ORDER BY id DESC")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "  " + rs.getString(2) + "  " + ("merge".equals(rs.getString(3))
                            ? "merged incident " + rs.getLong(5) + " into " + rs.getLong(4)
                            : "split events " + rs.getString(6) + " of incident " + rs.getLong(5) + " into " + rs.getLong(4))
                            + (rs.getInt(7) != 0 ? "  (undone)" : ""));
                }
            }
            return out;
        });
    }

    /**
     * Links every extracted event again, report by report in id order, as if they were ingested
     * now: the analyst's pinned events stay where they are (and others may join them). For a
     * database migrated from schema 4, where every event was its own incident. Returns how many
     * events joined an incident of other reports.
     */
    public int relinkAll() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE events SET incident_id = NULL WHERE origin = 'extracted' AND incident_pinned = 0");
            }
            dropEmptyIncidents(c);
            int linked = 0;
            try (Statements st = new Statements(c)) {
                IncidentCandidates candidates = new IncidentCandidates(st, linker); // read once for the whole relink
                for (long id : longs(c, "SELECT id FROM events WHERE origin = 'extracted' AND incident_pinned = 0 ORDER BY article_id, id")) {
                    if (candidates.link(id)) linked++;
                }
            }
            return linked;
        });
    }

    // ---------------------------------------------------------------- helpers

    static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        }
    }

    static String json(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
