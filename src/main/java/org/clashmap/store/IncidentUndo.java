package org.clashmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Undo and redo of the analyst's merges and splits (issue 17 item 3, decision 037). Each merge or split keeps
 * where every event of the incidents it touched stood before and after it ({@code incident_edits.before_state}
 * and {@code after_state}): undo puts the events back where they stood before, redo where the edit put them,
 * with their pins and link reasons, so relinking and re-ingest treat them as they did then. Undo takes the newest
 * edit in force, redo the one undone last; a new merge or split ends the redo chain, as a new event edit does.
 * Refused (with the reason) when the events have moved since, e.g. a later merge or a removed report.
 */
public final class IncidentUndo {
    private final Database db;

    public IncidentUndo(Database db) {
        this.db = db;
    }

    /** A merge or split as the history shows it. */
    public record Step(long editId, String action, long incident, long other, String createdAt, String author) {
        /** "merge of incident 12 into 7" / "split of incident 7 into 31". */
        public String describe() {
            return "merge".equals(action) ? "merge of incident " + other + " into " + incident : "split of incident " + other + " into " + incident;
        }
    }

    /** The newest merge or split in force that can be undone, or null. */
    public Step lastInForce() {
        return db.withConnection(c -> newest(c, 0));
    }

    /** The merge or split redo would bring back (the one undone last), or null. */
    public Step nextRedo() {
        return db.withConnection(c -> newest(c, 1));
    }

    /** Undoes the newest merge or split in force and returns it; null when there is none. */
    public Step undo() {
        return step(true);
    }

    /** Redoes the merge or split undone last and returns it; null when there is none. */
    public Step redo() {
        return step(false);
    }

    /** One step back (from the state after the edit to the one before it) or forward, marked undone or not. */
    private Step step(boolean back) {
        return db.inTransaction(c -> {
            Step s = newest(c, back ? 0 : 1);
            if (s == null) return null;
            String[] states = states(c, s.editId()); // {before, after}
            restore(c, s, back ? states[1] : states[0], back ? states[0] : states[1], back ? "undo" : "redo");
            mark(c, s.editId(), back ? 1 : 0);
            return s;
        });
    }

    // ---------------------------------------------------------------- inside IncidentStore's merge and split

    /** Where the events of these incidents stand now: one line an event (id, incident, pinned, reason). */
    static String snapshot(Connection c, long... incidents) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, incident_id, incident_pinned, link_reason FROM events WHERE incident_id = ? ORDER BY id")) {
            for (long incident : incidents) {
                ps.setLong(1, incident);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String reason = rs.getString(4);
                        sb.append(rs.getLong(1)).append('\t').append(rs.getLong(2)).append('\t').append(rs.getInt(3)).append('\t')
                                .append(reason == null ? "" : reason.replace('\t', ' ').replace('\n', ' ')).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Completes the edit just recorded (the newest row of {@code incident_edits}, in this transaction) with the
     * events' places before it and now, and ends the redo chain: what was undone before this edit stays undone.
     */
    static void recorded(Connection c, String before, long... incidents) throws SQLException {
        long id = IncidentStore.longs(c, "SELECT max(id) FROM incident_edits").get(0);
        try (PreparedStatement ps = c.prepareStatement("UPDATE incident_edits SET undone = 2 WHERE undone = 1")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE incident_edits SET before_state = ?, after_state = ? WHERE id = ?")) {
            ps.setString(1, before);
            ps.setString(2, snapshot(c, incidents));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * In force (0): the newest edit, which undo takes. Undone (1): the oldest of the undone ones, which is the one
     * undone last (undo goes newest first, and a new edit ends the redo chain), which redo takes. Only edits that
     * keep their states (made since schema 11).
     */
    private static Step newest(Connection c, int undone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, incident_id, other_id, created_at, author FROM incident_edits"
                + " WHERE undone = ? AND before_state IS NOT NULL AND after_state IS NOT NULL ORDER BY id " + (undone == 0 ? "DESC" : "ASC") + " LIMIT 1")) {
            ps.setInt(1, undone);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return new Step(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6));
            }
        }
    }

    private static String[] states(Connection c, long editId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT before_state, after_state FROM incident_edits WHERE id = ?")) {
            ps.setLong(1, editId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[]{rs.getString(1), rs.getString(2)};
            }
        }
    }

    private record Place(long incident, int pinned, String reason) {
    }

    private static Map<Long, Place> parse(String state) {
        Map<Long, Place> out = new LinkedHashMap<>();
        for (String line : state.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            out.put(Long.parseLong(f[0]), new Place(Long.parseLong(f[1]), Integer.parseInt(f[2]), f[3].isEmpty() ? null : f[3]));
        }
        return out;
    }

    /**
     * Checks that the events stand together as {@code expected} says, then puts each where {@code target} says.
     * Incidents are matched by their events, not their ids: relinking (and so re-ingest) gives the incidents of
     * unpinned events new ids, so an undone merge whose reports were linked again still comes back. An incident of
     * {@code target} that {@code expected} has not (the one a merge emptied, the one a split made) comes back under
     * its own id when no event holds it now, else under a new one. Events linked to an incident since stay in it.
     */
    private static void restore(Connection c, Step s, String expected, String target, String verb) throws SQLException {
        Map<Long, Place> now = parse(expected), then = parse(target);
        Map<Long, Long> current = new LinkedHashMap<>(); // incident in `expected` -> the incident its events are in now
        Map<Long, Long> claimed = new LinkedHashMap<>();  // and back
        try (PreparedStatement ps = c.prepareStatement("SELECT incident_id FROM events WHERE id = ?")) {
            for (Map.Entry<Long, Place> e : now.entrySet()) {
                ps.setLong(1, e.getKey());
                Long at;
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new Refusal(Refusal.Reason.STEP_EVENT_REMOVED, verb + " of the " + s.describe() + " refused: event " + e.getKey()
                            + " was removed since", Refusal.Word.of(verb), Refusal.Word.of(s.action()), s.other(), s.incident(), e.getKey());
                    at = rs.getObject(1) == null ? null : rs.getLong(1);
                }
                long was = e.getValue().incident();
                Long mapped = current.putIfAbsent(was, at);
                Long owner = at == null ? null : claimed.putIfAbsent(at, was);
                if (at == null || mapped != null && !mapped.equals(at) || owner != null && owner != was) {
                    throw new Refusal(Refusal.Reason.STEP_EVENT_MOVED, verb + " of the " + s.describe() + " refused: event " + e.getKey()
                            + " no longer stands with the events it stood with (it is in incident " + at + " now)",
                            Refusal.Word.of(verb), Refusal.Word.of(s.action()), s.other(), s.incident(), e.getKey(), at == null ? "-" : at);
                }
            }
        }
        Map<Long, Long> ids = new LinkedHashMap<>();
        for (Place p : then.values()) {
            if (ids.containsKey(p.incident())) continue;
            Long id = current.get(p.incident());
            if (id == null) id = IncidentStore.longs(c, "SELECT id FROM events WHERE incident_id = ?", p.incident()).isEmpty()
                    ? recreate(c, p.incident()) : IncidentStore.newIncident(c);
            ids.put(p.incident(), id);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET incident_id = ?, incident_pinned = ?, link_reason = ? WHERE id = ?")) {
            for (Map.Entry<Long, Place> e : then.entrySet()) {
                ps.setLong(1, ids.get(e.getValue().incident()));
                ps.setInt(2, e.getValue().pinned());
                ps.setString(3, e.getValue().reason());
                ps.setLong(4, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        IncidentStore.dropEmptyIncidents(c);
    }

    /** The incident a merge emptied (or a split made) back under its own id; its row may still be there. */
    private static long recreate(Connection c, long id) throws SQLException {
        if (IncidentStore.longs(c, "SELECT id FROM incidents WHERE id = ?", id).isEmpty()) {
            try (PreparedStatement add = c.prepareStatement("INSERT INTO incidents(id, created_at) VALUES (?, ?)")) {
                add.setLong(1, id);
                add.setString(2, Instant.now().toString());
                add.executeUpdate();
            }
        }
        return id;
    }

    private static void mark(Connection c, long editId, int undone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incident_edits SET undone = ?, undone_at = ? WHERE id = ?")) {
            ps.setInt(1, undone);
            ps.setString(2, undone == 0 ? null : Instant.now().toString());
            ps.setLong(3, editId);
            ps.executeUpdate();
        }
    }
}
