package org.clashmap.store;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.Event;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.Report;
import org.clashmap.extract.SubEventType;
import org.clashmap.incidents.EventMention;
import org.clashmap.incidents.IncidentLinker;
import org.clashmap.incidents.LinkRules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the incident linker compares a new mention with, read once per write transaction (a batch of
 * reports, or a relink) and kept up to date as events are linked (decision 034).
 *
 * <p>The rule is {@link IncidentStore}'s since decision 021: the candidates of a mention are the incidents
 * with an extracted, not rejected event of another report whose stored first day lies in the mention's
 * window ({@code max_incident_days} plus the larger day gap before it, the gap after it) or whose date the
 * analyst edited; each is judged on all its standing mentions. Here the stored side is read lean — the
 * columns the linker reads (type, dates, first actors, places' position and radius, the sentence for its
 * update cue, report, outlet, day), the analyst's edits applied by {@link Edits} as everywhere — through
 * the {@code (origin, date_from)} index in blocks of {@value #BLOCK_DAYS} days, each block once, and
 * incidents' members once each. Events linked while the object lives are added to what it holds, so a
 * batch reads the store once and links exactly as event-by-event reading would.
 *
 * <p>Valid only inside the transaction that made it, and only while events change through it alone
 * (new events linked; no incident emptied or moved meanwhile); an ingest's next transaction may take it on when
 * nothing else has written in between ({@link KeptCandidates}).
 */
final class IncidentCandidates {
    /** Days of stored first dates read at a time: a day-precise window (15 days) touches one or two blocks. */
    static final int BLOCK_DAYS = 16;

    private Statements st;
    private Connection c;
    private final IncidentLinker linker;
    private final int before, after;
    /** Candidate rows (extracted, not rejected, linked) per block of first days read so far. */
    private final Map<Long, List<Row>> blocks = new HashMap<>();
    /** Events whose date the analyst edited: candidates whatever their stored day. */
    private Set<Long> dateEdited;
    private final Map<Long, Row> dateEditedRows = new HashMap<>();
    /** Standing mentions of each incident read so far, in event id order. */
    private final Map<Long, List<EventMention>> members = new HashMap<>();

    /** A stored event as the candidate query sees it: its stored columns, before edits. */
    private record Row(long eventId, long incident, long articleId, long firstDay) {}

    /**
     * A linkable event: the linker's view of it (edits applied), whether it stands (not rejected, of a report), and the
     * stored columns the candidate rule reads (origin, review and first day before edits).
     */
    record Lean(EventMention mention, boolean standing, boolean extracted, boolean storedRejected, LocalDate storedFrom) {}

    /** Candidates read on {@code st}'s connection, inside its transaction; statements prepared through {@code st}. */
    IncidentCandidates(Statements st, IncidentLinker linker) {
        this.st = st;
        this.c = st.connection();
        this.linker = linker;
        LinkRules rules = linker.rules();
        int gap = Math.max(rules.dateGapDays(), rules.updateDateGapDays());
        this.before = rules.maxIncidentDays() + gap;
        this.after = gap;
    }

    LinkRules rules() {
        return linker.rules();
    }

    /**
     * This object, now reading and writing through {@code next} (a later transaction's statements, on the same
     * connection): only when nothing but this object has written since ({@link KeptCandidates}).
     */
    IncidentCandidates on(Statements next) {
        this.st = next;
        this.c = next.connection();
        return this;
    }

    /** Rows and mentions held: what keeping this object costs. */
    int size() {
        int n = dateEditedRows.size();
        for (List<Row> b : blocks.values()) n += b.size();
        for (List<EventMention> m : members.values()) n += m.size();
        return n;
    }

    /** Links one event (not in an incident now), read lean by id; true when it joined an incident of other reports. */
    boolean link(long eventId) throws SQLException {
        List<Lean> one = read(c, "WHERE e.id = ?", eventId);
        return !one.isEmpty() && link(one.get(0));
    }

    /** Links events just inserted ({@link #fresh}), in the order given; returns how many joined an incident of other reports. */
    int link(List<Lean> events) throws SQLException {
        int linked = 0;
        for (Lean e : events) if (link(e)) linked++;
        return linked;
    }

    /**
     * What {@link #read} gives for an extracted event just inserted — no edits, not reviewed, in no incident — made
     * from the inserted values instead of read back: reading a batch's new events again was a tenth of storing it.
     * The date goes through the stored form ({@link EventStore#dateRange}), places and actors keep what {@code read}
     * keeps (IncidentCandidatesTest checks the two agree on real reports).
     */
    static Lean fresh(long eventId, long articleId, Report r, Event e) {
        List<EventPlace> places = new ArrayList<>(e.places().size());
        for (EventPlace p : e.places()) places.add(new EventPlace(null, null, null, null, p.lat(), p.lon(), p.precisionKm(), 0, 0, 0, p.fatalities()));
        List<EventActor> actors = new ArrayList<>(2);
        for (ActorRole role : List.of(ActorRole.ACTOR1, ActorRole.ACTOR2)) {
            String a = e.actor(role);
            if (a != null) actors.add(new EventActor(a, role, null));
        }
        LocalDate from = e.date().from(), to = e.date().to();
        StoredEvent s = new StoredEvent(eventId, articleId, "extracted", null, e.type(), e.subType(),
                EventStore.dateRange(from == null ? null : from.toString(), to == null ? null : to.toString(), e.date().precision().acledCode),
                e.fatalities(), null, 0, ReviewStatus.UNREVIEWED, e.sentence(), 0, 0, actors, places, null, r.outlet(), false);
        return new Lean(IncidentStore.mention(s, r.published(), null), true, true, false, from);
    }

    private boolean link(Lean e) throws SQLException {
        EventMention m = e.mention();
        IncidentLinker.Link link = null;
        if (e.standing() && m.date().isKnown()) link = linker.link(m, candidates(m));
        long incident = link == null ? IncidentStore.newIncident(st) : link.incident();
        PreparedStatement setIncident = st.of("UPDATE events SET incident_id = ?, link_reason = ?, incident_pinned = 0 WHERE id = ?");
        setIncident.setLong(1, incident);
        setIncident.setString(2, link == null ? "own" : link.reason());
        setIncident.setLong(3, m.eventId());
        setIncident.executeUpdate();
        joined(e, incident, link == null);
        return link != null;
    }

    /** Incidents with a candidate row in the mention's window (or date-edited), of another report, each with its standing mentions. */
    private Map<Long, List<EventMention>> candidates(EventMention m) throws SQLException {
        long from = m.date().from().toEpochDay() - before, to = m.date().to().toEpochDay() + after;
        Set<Long> incidents = new HashSet<>();
        for (long b = Math.floorDiv(from, BLOCK_DAYS); b <= Math.floorDiv(to, BLOCK_DAYS); b++) {
            for (Row r : block(b)) {
                if (r.firstDay() >= from && r.firstDay() <= to && r.articleId() != m.reportId()) incidents.add(r.incident());
            }
        }
        loadDateEdited();
        for (Row r : dateEditedRows.values()) if (r.articleId() != m.reportId()) incidents.add(r.incident());
        loadMembers(incidents);
        // A hash map, not a sorted one: the linker's choice does not depend on the order it is given the incidents in
        // (score, then reports, then the lower id), and sorting hundreds of boxed ids per mention showed in profiles.
        Map<Long, List<EventMention>> out = new HashMap<>(incidents.size() * 2);
        for (Long i : incidents) {
            List<EventMention> standing = members.get(i);
            // A rejected mention is no evidence: an incident is judged by the mentions still standing.
            if (!standing.isEmpty()) out.put(i, standing);
        }
        return out;
    }

    /** Keeps what this object holds true after {@code e} was put in {@code incident}. */
    private void joined(Lean e, long incident, boolean newIncident) throws SQLException {
        EventMention m = e.mention();
        EventMention linked = new EventMention(m.eventId(), m.reportId(), m.outlet(), m.published(), m.type(), m.date(), m.actor1(), m.actor2(),
                m.places(), m.fatalities(), m.sentence(), incident);
        if (newIncident) members.put(incident, new ArrayList<>());
        List<EventMention> standing = members.get(incident);
        if (standing != null && e.standing()) {
            int at = standing.size();
            while (at > 0 && standing.get(at - 1).eventId() > m.eventId()) at--;
            standing.add(at, linked);
        }
        // the candidate rule reads stored columns: extracted, not rejected before edits, of a report (IncidentFacts.reportOf < 0: none)
        if (!e.extracted() || e.storedRejected() || m.reportId() < 0) return;
        loadDateEdited();
        long day = e.storedFrom() == null ? Long.MIN_VALUE : e.storedFrom().toEpochDay();
        Row row = new Row(m.eventId(), incident, m.reportId(), day);
        if (dateEdited.contains(m.eventId())) dateEditedRows.put(m.eventId(), row);
        if (e.storedFrom() == null) return;
        List<Row> block = blocks.get(Math.floorDiv(day, BLOCK_DAYS));
        if (block != null) {
            block.removeIf(r -> r.eventId() == m.eventId());
            block.add(row);
        }
    }

    private List<Row> block(long b) throws SQLException {
        List<Row> rows = blocks.get(b);
        if (rows != null) return rows;
        rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.incident_id, e.article_id, e.date_from FROM events e"
                + " WHERE e.origin = 'extracted' AND e.date_from BETWEEN ? AND ? AND e.incident_id IS NOT NULL AND e.article_id IS NOT NULL"
                + " AND e.review_status <> 'rejected'")) {
            ps.setString(1, LocalDate.ofEpochDay(b * BLOCK_DAYS).toString());
            ps.setString(2, LocalDate.ofEpochDay(b * BLOCK_DAYS + BLOCK_DAYS - 1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), EventStore.isoDay(rs.getString(4)).toEpochDay()));
            }
        }
        blocks.put(b, rows);
        return rows;
    }

    private void loadDateEdited() throws SQLException {
        if (dateEdited != null) return;
        dateEdited = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.incident_id, e.article_id, e.origin, e.review_status, e.date_from FROM events e"
                + " WHERE e.id IN (SELECT event_id FROM edits WHERE field = 'date' AND undone = 0)"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                dateEdited.add(id);
                long incident = rs.getLong(2);
                if (rs.wasNull()) continue;
                long article = rs.getLong(3);
                if (rs.wasNull() || !"extracted".equals(rs.getString(4)) || "rejected".equals(rs.getString(5))) continue;
                String day = rs.getString(6);
                dateEditedRows.put(id, new Row(id, incident, article, day == null ? Long.MIN_VALUE : EventStore.isoDay(day).toEpochDay()));
            }
        }
    }

    private void loadMembers(Set<Long> incidents) throws SQLException {
        List<Long> missing = new ArrayList<>();
        for (Long i : incidents) if (!members.containsKey(i)) missing.add(i);
        if (missing.isEmpty()) return;
        for (long i : missing) members.put(i, new ArrayList<>());
        for (Lean e : read(c, "WHERE e.incident_id IN (SELECT value FROM json_each(?))", IncidentStore.json(missing))) {
            if (e.standing()) members.get(e.mention().incident()).add(e.mention());
        }
    }

    /**
     * The events {@code where} (on alias e, one bound parameter) selects, in id order, lean: what the linker and the
     * candidate rule read, edits applied. Three cursors (events, places, actors) merged in event id order, as
     * {@link EventStore}'s full read does.
     */
    static List<Lean> read(Connection c, String where, Object param) throws SQLException {
        Map<Long, Map<String, String>> edits = Edits.latestByEvent(c, where, param);
        String events = "SELECT e.id, e.article_id, e.incident_id, e.origin, e.review_status, e.event_type, e.sub_event_type, e.date_from,"
                + " e.date_to, e.time_precision, e.fatalities, e.sentence, a.published, coalesce(a.outlet, e.outlet)"
                + " FROM events e LEFT JOIN articles a ON a.id = e.article_id " + where + " ORDER BY e.id";
        String places = "SELECT p.event_id, p.lat, p.lon, p.precision_km, p.fatalities FROM event_places p JOIN events e ON e.id = p.event_id "
                + where + " ORDER BY p.event_id, p.ordinal";
        String actors = "SELECT x.event_id, x.actor_id, x.role FROM event_actors x JOIN events e ON e.id = x.event_id "
                + where + " ORDER BY x.event_id, x.role, x.rowid"; // the order the text named them, as the full read
        List<Lean> out = new ArrayList<>();
        try (PreparedStatement ps = EventStore.bind(c.prepareStatement(events), param); PreparedStatement pp = EventStore.bind(c.prepareStatement(places), param);
             PreparedStatement pa = EventStore.bind(c.prepareStatement(actors), param);
             ResultSet rs = ps.executeQuery(); ResultSet pr = pp.executeQuery(); ResultSet ar = pa.executeQuery()) {
            boolean placeRow = pr.next(), actorRow = ar.next();
            while (rs.next()) {
                long id = rs.getLong(1);
                List<EventPlace> placeList = new ArrayList<>(1);
                while (placeRow && pr.getLong(1) < id) placeRow = pr.next();
                while (placeRow && pr.getLong(1) == id) {
                    int deadHere = pr.getInt(5);
                    Integer dead = pr.wasNull() ? null : deadHere;
                    placeList.add(new EventPlace(null, null, null, null, pr.getDouble(2), pr.getDouble(3), pr.getDouble(4), 0, 0, 0, dead));
                    placeRow = pr.next();
                }
                List<EventActor> actorList = new ArrayList<>(2);
                while (actorRow && ar.getLong(1) < id) actorRow = ar.next();
                while (actorRow && ar.getLong(1) == id) {
                    actorList.add(new EventActor(ar.getString(2), ActorRole.valueOf(ar.getString(3)), null));
                    actorRow = ar.next();
                }
                long article = rs.getLong(2);
                Long articleId = rs.wasNull() ? null : article;
                long inc = rs.getLong(3);
                Long incident = rs.wasNull() ? null : inc;
                int deadValue = rs.getInt(11);
                Integer dead = rs.wasNull() ? null : deadValue;
                String storedFrom = rs.getString(8);
                ReviewStatus stored = ReviewStatus.fromSql(rs.getString(5));
                StoredEvent e = new StoredEvent(id, articleId, rs.getString(4), null, EventType.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : SubEventType.valueOf(rs.getString(7)),
                        EventStore.dateRange(storedFrom, rs.getString(9), rs.getInt(10)), dead, null, 0,
                        stored, rs.getString(12), 0, 0, actorList, placeList,
                        null, rs.getString(14), false);
                Map<String, String> ed = edits.get(id);
                if (ed != null) e = Edits.apply(e, ed);
                String published = rs.getString(13);
                out.add(new Lean(IncidentStore.mention(e, published == null ? null : LocalDate.parse(published), incident),
                        e.review() != ReviewStatus.REJECTED && articleId != null, "extracted".equals(e.origin()), stored == ReviewStatus.REJECTED,
                        storedFrom == null ? null : EventStore.isoDay(storedFrom)));
            }
        }
        return out;
    }
}
