package org.clashmap.store;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.ControlClaim;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.Event;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.FatalityShares;
import org.clashmap.extract.Report;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Stores reports with their extractions, and hands events back as plain records. */
public final class EventStore {
    private final Database db;

    public EventStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    /**
     * Whether a report with this text is stored (committed). Asked on a read connection: the ingest's extraction
     * threads ask while the main connection writes a batch, and must not wait for it (decision 034).
     */
    public boolean hasArticle(String sha256) {
        return db.withReadConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE sha256 = ? UNION ALL SELECT 1 FROM article_versions WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                ps.setString(2, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Stores a report and everything extracted from it in one transaction. The same text stored
     * again changes nothing (its SHA-256 is already there), so edits made since are kept. A text
     * that nearly repeats a stored one (the same article re-posted or lightly edited) is kept as a
     * report without events of its own; the others' events are linked to stored incidents.
     */
    public IngestResult ingest(Extraction extraction) {
        return ingest(extraction, null);
    }

    /** As above, recording the report as part of ingest run {@code runId} (null: none). */
    public IngestResult ingest(Extraction extraction, Long runId) {
        return db.inTransaction(c -> {
            try (Statements st = new Statements(c)) {
                return insert(st, extraction, null, runId, new IncidentCandidates(st, linker));
            }
        });
    }

    /**
     * Stores several reports in one transaction: all of them or none, so an interrupted batch is
     * redone whole by the next run (which skips what is stored by hash). One commit, one fsync.
     */
    public List<IngestResult> ingestAll(List<Extraction> extractions) {
        return ingestAll(extractions, null);
    }

    public List<IngestResult> ingestAll(List<Extraction> extractions, Long runId) {
        return ingestAll(extractions, null, runId);
    }

    /** As above, with each text's keys made beforehand ({@code keys.get(i)} of {@code extractions.get(i)}'s text), or null. */
    public List<IngestResult> ingestAll(List<Extraction> extractions, List<ReportKeys> keys, Long runId) {
        KeptCandidates reuse;
        synchronized (this) {
            reuse = kept;
            kept = null; // taken: kept again only once this batch has committed
        }
        IncidentCandidates[] used = new IncidentCandidates[1];
        long[] stamp = new long[1];
        List<IngestResult> results = db.inTransaction(c -> {
            List<IngestResult> out = new ArrayList<>(extractions.size());
            // the batch reads stored incidents once, and prepares each statement once
            try (Statements st = new Statements(c)) {
                IncidentCandidates candidates = reuse != null && reuse.stillTrue(c) ? reuse.candidates().on(st) : new IncidentCandidates(st, linker);
                for (int i = 0; i < extractions.size(); i++) out.add(insert(st, extractions.get(i), keys == null ? null : keys.get(i), runId, candidates));
                used[0] = candidates;
                // PostgreSQL lets other writers in at any time: there every batch reads afresh
                stamp[0] = db.dialect() == Dialect.SQLITE ? KeptCandidates.changesSoFar(c) : -1;
            }
            return out;
        });
        if (stamp[0] >= 0 && used[0] != null && used[0].size() <= KeptCandidates.MAX_HELD) {
            synchronized (this) {
                kept = new KeptCandidates(used[0], stamp[0]);
            }
        }
        return results;
    }

    /** What the last batch knew of stored incidents, for the next batch when nothing else has written since. */
    private KeptCandidates kept;

    private final org.clashmap.incidents.IncidentLinker linker = new org.clashmap.incidents.IncidentLinker();

    /** @param keys the report text's keys, or null to make them here */
    private static IngestResult insert(Statements st, Extraction extraction, ReportKeys keys, Long runId, IncidentCandidates candidates)
            throws SQLException {
        Connection c = st.connection();
        Report report = extraction.report();
        String sha = keys != null ? keys.sha256() : Sha256.of(report.text());
        Long existing = articleId(c, sha);
        if (existing != null) return new IngestResult(existing, false, 0, 0);
        // made here only for a report not stored yet, as before the keys could come with the extraction
        org.clashmap.incidents.Fingerprint fp = keys != null ? keys.fingerprint() : ReportKeys.of(sha, report.text()).fingerprint();
        Long original = IncidentStore.nearDuplicate(c, fp, candidates.rules().duplicateSimilarity());
        long articleId = insertArticle(c, report, sha, runId, fp.hex(), original);
        IncidentStore.insertBands(c, articleId, fp);
        if (original != null) return new IngestResult(articleId, true, 0, 0, original, 0);
        int ordinal = 0;
        List<IncidentCandidates.Lean> inserted = new ArrayList<>(extraction.events().size());
        for (Event e : extraction.events()) inserted.add(IncidentCandidates.fresh(insertEvent(st, articleId, ordinal++, e), articleId, report, e));
        for (ControlClaim claim : extraction.claims()) insertClaim(st, articleId, claim);
        int linked = candidates.link(inserted);
        return new IngestResult(articleId, true, extraction.events().size(), extraction.claims().size(), null, linked);
    }

    /** Opens an ingest run (what "remove this run" removes); {@link #finishRun} closes it. */
    public long startRun(String label) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_runs(started_at, label) VALUES (?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, Instant.now().toString());
                ps.setString(2, label == null ? "" : label);
                ps.executeUpdate();
                return generatedKey(ps);
            }
        });
    }

    /** Closes a run; a run that stored no report leaves no trace (an ingest that failed or skipped everything changes nothing). */
    public void finishRun(long runId, boolean cancelled) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM ingest_runs WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE ingest_run_id = ?)")) {
                ps.setLong(1, runId);
                ps.setLong(2, runId);
                if (ps.executeUpdate() == 1) return null;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE ingest_runs SET finished_at = ?, cancelled = ? WHERE id = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setInt(2, cancelled ? 1 : 0);
                ps.setLong(3, runId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Long articleId(Connection c, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE sha256 = ? UNION ALL SELECT article_id FROM article_versions WHERE sha256 = ?")) {
            ps.setString(1, sha);
            ps.setString(2, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long insertArticle(Connection c, Report r, String sha, Long runId, String fingerprint, Long duplicateOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO articles(sha256, file_name, outlet, published, published_precision, text, ingested_at, ingest_run_id, fingerprint,"
                        + " duplicate_of, link, published_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, sha);
            ps.setString(2, r.source());
            ps.setString(3, r.outlet());
            ps.setString(4, r.published() == null ? null : r.published().toString());
            ps.setString(5, r.precision().name());
            ps.setString(6, r.text());
            ps.setString(7, Instant.now().toString());
            if (runId == null) ps.setNull(8, Types.INTEGER);
            else ps.setLong(8, runId);
            ps.setString(9, fingerprint);
            if (duplicateOf == null) ps.setNull(10, Types.INTEGER);
            else ps.setLong(10, duplicateOf);
            ps.setString(11, r.link());
            ps.setString(12, r.publishedAt() == null ? null : r.publishedAt().toString());
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    static long insertEvent(Statements st, long articleId, int ordinal, Event e) throws SQLException {
        long eventId;
        PreparedStatement ps = st.returningKeys(
                "INSERT INTO events(article_id, origin, ordinal, event_type, sub_event_type, date_from, date_to, time_precision,"
                        + " fatalities, wounded, confidence, sentence, char_start, char_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ps.setLong(1, articleId);
        ps.setString(2, "extracted");
        ps.setInt(3, ordinal);
        ps.setString(4, e.type().name());
        ps.setString(5, e.subType() == null ? null : e.subType().name());
        setDate(ps, 6, e.date().from());
        setDate(ps, 7, e.date().to());
        ps.setInt(8, e.date().precision().acledCode);
        setInt(ps, 9, e.fatalities());
        setInt(ps, 10, e.wounded());
        ps.setDouble(11, e.confidence());
        ps.setString(12, e.sentence());
        ps.setInt(13, e.charStart());
        ps.setInt(14, e.charEnd());
        ps.executeUpdate();
        eventId = generatedKey(ps);
        insertPlaces(st, eventId, e.places());
        insertActors(st, eventId, e.actors());
        return eventId;
    }

    static void insertPlaces(Statements st, long eventId, List<EventPlace> places) throws SQLException {
        PreparedStatement ps = st.of(
                "INSERT INTO event_places(event_id, ordinal, place_id, name_ar, name_en, relation, lat, lon, precision_km, confidence, char_start, char_end,"
                        + " fatalities) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        int i = 0;
        for (EventPlace p : places) {
            ensurePlace(st, p);
            ps.setLong(1, eventId);
            ps.setInt(2, i++);
            ps.setString(3, p.placeId());
            ps.setString(4, p.nameAr());
            ps.setString(5, p.nameEn());
            ps.setString(6, p.relation());
            ps.setDouble(7, p.lat());
            ps.setDouble(8, p.lon());
            ps.setDouble(9, p.precisionKm());
            ps.setDouble(10, p.confidence());
            ps.setInt(11, p.charStart());
            ps.setInt(12, p.charEnd());
            setInt(ps, 13, p.fatalities());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    /** Keeps a copy of each gazetteer place an event uses, so the database stands on its own. */
    private static void ensurePlace(Statements st, EventPlace p) throws SQLException {
        // the first copy of a place wins (INSERT OR IGNORE): once per place and transaction says the same
        if (p.placeId() == null || !st.firstTime("place " + p.placeId())) return;
        PreparedStatement ps = st.of(
                "INSERT OR IGNORE INTO places(id, kind, name_ar, name_en, lat, lon, precision_km) VALUES (?,?,?,?,?,?,?)");
        ps.setString(1, p.placeId());
        ps.setString(2, "OTHER");
        ps.setString(3, p.nameAr() == null ? "" : p.nameAr());
        ps.setString(4, p.nameEn());
        // The anchor's own position is not in EventPlace when offset; the event row keeps the offset point.
        ps.setDouble(5, p.lat());
        ps.setDouble(6, p.lon());
        ps.setDouble(7, p.precisionKm());
        ps.executeUpdate();
    }

    static void insertActors(Statements st, long eventId, List<EventActor> actors) throws SQLException {
        PreparedStatement ps = st.of(
                "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role, fatalities) VALUES (?,?,?,?)");
        for (EventActor a : actors) {
            ps.setLong(1, eventId);
            ps.setString(2, a.actorId());
            ps.setString(3, a.role().name());
            setInt(ps, 4, a.fatalities());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    static void insertClaim(Statements st, long articleId, ControlClaim claim) throws SQLException {
        EventPlace p = claim.place();
        ensurePlace(st, p);
        PreparedStatement ps = st.of(
                "INSERT INTO control_claims(article_id, origin, place_id, name_ar, lat, lon, actor_id, gained, date_from, date_to,"
                        + " time_precision, sentence, char_start, char_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ps.setLong(1, articleId);
        ps.setString(2, "extracted");
        ps.setString(3, p.placeId());
        ps.setString(4, p.nameAr());
        ps.setDouble(5, p.lat());
        ps.setDouble(6, p.lon());
        ps.setString(7, claim.actorId());
        ps.setInt(8, claim.gained() ? 1 : 0);
        setDate(ps, 9, claim.date().from());
        setDate(ps, 10, claim.date().to());
        ps.setInt(11, claim.date().precision().acledCode);
        ps.setString(12, claim.sentence());
        ps.setInt(13, claim.charStart());
        ps.setInt(14, claim.charEnd());
        ps.executeUpdate();
    }

    /** Every event, edits applied, in id order. */
    public List<StoredEvent> allEvents() {
        List<StoredEvent> out = new ArrayList<>();
        forEachEvent(out::add);
        return out;
    }

    public StoredEvent event(long id) {
        List<StoredEvent> one = new ArrayList<>();
        readEvents("WHERE e.id = ?", id, one::add);
        return one.isEmpty() ? null : one.get(0);
    }

    /** Streams every event to the consumer, edits applied; memory stays flat for large databases. */
    public void forEachEvent(Consumer<StoredEvent> sink) {
        readEvents("", null, sink);
    }

    /**
     * Streams every event, edits applied, with only what counting its rows needs (the export's rule,
     * {@code export.IncidentTally}; charts and areas): ids, report, type, dates, dead, wounded,
     * confidence, review, and each place's coordinates, precision, confidence and own dead (what a map draws,
     * {@link IncidentRowSink#rowsOf}: a choropleth reads its events once). No sentence, names, actors,
     * outlet or origin are read: those fields are null or empty. About a third of the full read.
     */
    public void forEachEventToCount(Consumer<StoredEvent> sink) {
        db.withConnection(c -> read(c, "", null, sink, true));
    }

    /** The events {@code where} (on alias e, with at most one bound parameter, never text in the SQL) selects. */
    private void readEvents(String where, Object id, Consumer<StoredEvent> sink) {
        db.withConnection(c -> read(c, where, id, sink));
    }

    /** The events with these ids, edits applied, in id order, on a connection already held (inside a transaction). */
    static List<StoredEvent> eventsById(Connection c, java.util.Collection<Long> ids) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        if (ids.isEmpty()) return out;
        String json = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "[", "]"));
        read(c, "WHERE e.id IN (SELECT value FROM json_each(?))", json, out::add);
        return out;
    }

    /** As {@link #eventsById}, for a where clause (on alias e) with at most one bound parameter. */
    static void eventsWhere(Connection c, String where, Object param, Consumer<StoredEvent> sink) throws SQLException {
        read(c, where, param, sink);
    }

    /**
     * Three cursors in event id order — events, their places, their actors — merged here, so an event
     * is handed on as soon as it is read and memory stays flat however many events there are (only
     * the analyst's edits, a few, are read up front).
     */
    private static Void read(Connection c, String where, Object id, Consumer<StoredEvent> sink) throws SQLException {
        return read(c, where, id, sink, false);
    }

    /** As above; {@code toCount}: only the columns counting needs ({@link #forEachEventToCount}), the others read as NULL. */
    private static Void read(Connection c, String where, Object id, Consumer<StoredEvent> sink, boolean toCount) throws SQLException {
        Map<Long, Map<String, String>> edits = Edits.latestByEvent(c, where, id);
        String sql = toCount
                ? "SELECT e.id, e.article_id, NULL, NULL, e.event_type, NULL, e.date_from, e.date_to,"
                + " e.time_precision, e.fatalities, e.wounded, e.confidence, e.review_status, NULL, 0, 0,"
                + " NULL, NULL FROM events e " + where + " ORDER BY e.id"
                : "SELECT e.id, e.article_id, e.origin, e.external_id, e.event_type, e.sub_event_type, e.date_from, e.date_to,"
                + " e.time_precision, e.fatalities, e.wounded, e.confidence, e.review_status, e.sentence, e.char_start, e.char_end,"
                + " a.file_name, coalesce(a.outlet, e.outlet) FROM events e LEFT JOIN articles a ON a.id = e.article_id " + where + " ORDER BY e.id";
        String places = toCount
                // precision and confidence too, so a map drawn from this read is the one the lean scan gives (a place of no stated
                // confidence is drawn as certain there)
                ? "SELECT p.event_id, NULL, NULL, NULL, NULL, p.lat, p.lon, p.precision_km, coalesce(p.confidence, 1.0), 0, 0, p.fatalities FROM event_places p"
                + (where.isEmpty() ? "" : " JOIN events e ON e.id = p.event_id " + where) + " ORDER BY p.event_id, p.ordinal"
                : "SELECT p.event_id, p.place_id, p.name_ar, p.name_en, p.relation, p.lat, p.lon, p.precision_km, p.confidence,"
                + " p.char_start, p.char_end, p.fatalities FROM event_places p JOIN events e ON e.id = p.event_id " + where
                + " ORDER BY p.event_id, p.ordinal";
        // no actors to count: a query that returns nothing keeps one merge loop for both reads
        String actors = "SELECT x.event_id, x.actor_id, x.role, x.fatalities FROM event_actors x JOIN events e ON e.id = x.event_id "
                + where + (toCount ? (where.isEmpty() ? " WHERE" : " AND") + " 1 = 0" : "")
                + " ORDER BY x.event_id, x.role, x.rowid"; // rowid: the order the text named them (ctid on PostgreSQL)
        try (PreparedStatement ps = bind(c.prepareStatement(sql), id); PreparedStatement pp = bind(c.prepareStatement(places), id);
             PreparedStatement pa = bind(c.prepareStatement(actors), id);
             ResultSet rs = ps.executeQuery(); ResultSet pr = pp.executeQuery(); ResultSet ar = pa.executeQuery()) {
            Cursor placeRows = new Cursor(pr), actorRows = new Cursor(ar);
            while (rs.next()) {
                long eventId = rs.getLong(1);
                StoredEvent original = event(rs, eventId, actorsOf(actorRows, eventId), placesOf(placeRows, eventId));
                Map<String, String> ed = edits.get(eventId);
                sink.accept(ed == null ? original : Edits.apply(original, ed));
            }
        }
        return null;
    }

    /*
     * The row readers below are small methods of their own, called once per row, rather than the
     * body of read's loop: HotSpot compiles a small method as soon as it is hot, while one large loop
     * waited many seconds, interpreted, for an on-stack replacement of the whole (issue 24).
     */

    /** A cursor over rows ordered by event id, with whether it stands on a row. */
    private static final class Cursor {
        final ResultSet rs;
        boolean onRow;

        Cursor(ResultSet rs) throws SQLException {
            this.rs = rs;
            onRow = rs.next();
        }

        /** Moves past rows of events before {@code eventId} (orphans, if any); true when it stands on one of that event. */
        boolean at(long eventId) throws SQLException {
            while (onRow && rs.getLong(1) < eventId) onRow = rs.next();
            return onRow && rs.getLong(1) == eventId;
        }

        void next() throws SQLException {
            onRow = rs.next();
        }
    }

    private static List<EventPlace> placesOf(Cursor c, long eventId) throws SQLException {
        List<EventPlace> list = new ArrayList<>(1);
        for (; c.at(eventId); c.next()) list.add(place(c.rs));
        return list;
    }

    private static EventPlace place(ResultSet pr) throws SQLException {
        return new EventPlace(pr.getString(2), pr.getString(3), pr.getString(4), pr.getString(5), pr.getDouble(6),
                pr.getDouble(7), pr.getDouble(8), pr.getDouble(9), pr.getInt(10), pr.getInt(11), nullableInt(pr, 12));
    }

    private static List<EventActor> actorsOf(Cursor c, long eventId) throws SQLException {
        List<EventActor> list = new ArrayList<>(2);
        for (; c.at(eventId); c.next()) list.add(new EventActor(c.rs.getString(2), ActorRole.valueOf(c.rs.getString(3)), nullableInt(c.rs, 4)));
        return list;
    }

    private static StoredEvent event(ResultSet rs, long eventId, List<EventActor> actorList, List<EventPlace> placeList) throws SQLException {
        String subType = rs.getString(6);
        return new StoredEvent(eventId, nullableLong(rs, 2), rs.getString(3), rs.getString(4),
                EventType.valueOf(rs.getString(5)), subType == null ? null : SubEventType.valueOf(subType),
                dateRange(rs.getString(7), rs.getString(8), rs.getInt(9)),
                nullableInt(rs, 10), nullableInt(rs, 11), rs.getDouble(12), ReviewStatus.fromSql(rs.getString(13)),
                rs.getString(14), rs.getInt(15), rs.getInt(16), actorList, placeList,
                rs.getString(17), rs.getString(18), false);
    }

    /**
     * Streams every (event, place) as primitive columns in event id order, edits applied, without
     * building records: one joined query, a few dozen bytes per row kept by the sink. Full events
     * are fetched by id ({@link #event(long)}) only when the analyst opens one.
     */
    public void forEachIncidentRow(IncidentRowSink sink) {
        forEachIncidentRow(sink, null, PARALLEL_LOAD_FROM);
    }

    /**
     * As above, and in the same pass each battle's places with their ids and actors to {@code battles}
     * (in event id order), so a map image and its control layer read the events once.
     */
    public void forEachIncidentRow(IncidentRowSink sink, BattleRowSink battles) {
        forEachIncidentRow(sink, battles, PARALLEL_LOAD_FROM);
    }

    /** As above, reading on two connections from {@code parallelFrom} events on (tests lower it). */
    void forEachIncidentRow(IncidentRowSink sink, BattleRowSink battles, long parallelFrom) {
        long[] span = db.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT min(id), max(id), count(*) FROM events")) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        });
        Map<Long, Map<String, String>> edits = db.withConnection(c -> Edits.latestByEvent(c, "", null));
        sink.expectAtLeast(span[2]);
        if (span[2] < Math.max(2, parallelFrom)) {
            db.withConnection(c -> scanIncidentRows(c, edits, Long.MIN_VALUE, Long.MAX_VALUE, sink, battles));
            return;
        }
        // Two cores read two halves of the id range at once, each on its own connection; the
        // upper half is buffered and handed on after the lower, so the sink still sees id order.
        // (A report ingested between the two reads may show in one half only; the window reloads
        // after every ingest.)
        long mid = span[0] + (span[1] - span[0]) / 2;
        IncidentRowBuffer upper = new IncidentRowBuffer();
        upper.expectAtLeast(span[2] / 2); // about half the events when their ids run without gaps
        BattleRowBuffer upperBattles = battles == null ? null : new BattleRowBuffer();
        java.util.concurrent.FutureTask<Void> tail = new java.util.concurrent.FutureTask<>(() -> {
            db.withReadConnection(c -> scanIncidentRows(c, edits, mid + 1, Long.MAX_VALUE, upper, upperBattles));
            return null;
        });
        Thread reader = new Thread(tail, "clashmap-load-upper");
        reader.setDaemon(true);
        reader.start();
        db.withConnection(c -> scanIncidentRows(c, edits, Long.MIN_VALUE, mid, sink, battles));
        try {
            tail.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(db.address(), "loading was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err; // out of memory is told as such, not as a database error
            throw new StoreException(db.address(), "database error: " + e.getCause(), e.getCause());
        }
        upper.replayTo(sink);
        if (upperBattles != null) upperBattles.replayTo(battles);
    }

    /** Above this many events the lean load reads on two connections at once. */
    static final int PARALLEL_LOAD_FROM = 100_000;

    /** The events with ids in [fromId, toId] and their places, merged in id order (see above). */
    private static Void scanIncidentRows(Connection c, Map<Long, Map<String, String>> edits, long fromId, long toId, IncidentRowSink sink,
                                         BattleRowSink battles) throws SQLException {
        // Two ordered scans merged here rather than a join: no index probe per event, and only
        // numbers cross JDBC (type as an ordinal, epoch days computed by SQLite) — about twice
        // as fast for a million rows.
        StringBuilder type = new StringBuilder("CASE e.event_type");
        EventType[] types = EventType.values();
        for (EventType t : types) type.append(" WHEN '").append(t.name()).append("' THEN ").append(t.ordinal());
        type.append(" END");
        // Each column read costs a call into the driver (sqlite-jdbc locks and checks the statement at every one, and
        // wasNull is another call): NULLs come as numbers no row has, and small numbers share one (LeanColumns).
        String kind = "(" + type + ") * 2 + CASE WHEN e.review_status = 'rejected' THEN 1 ELSE 0 END"; // 0/1, not a boolean: PostgreSQL's comparison is no int
        String events = "SELECT e.id, " + LeanColumns.deadAndKind("coalesce(e.fatalities, -1)", kind) + ", "
                + LeanColumns.days("CAST(julianday(e.date_from) - 2440587.5 AS BIGINT)", "CAST(julianday(coalesce(e.date_to, e.date_from)) - 2440587.5 AS BIGINT)")
                + ", e.confidence FROM events e WHERE e.id BETWEEN ? AND ? ORDER BY e.id";
        // id order is ordinal order within an event (places are inserted in order) and is what the
        // event_id index gives without a sort. A place of no confidence counts as sure (1).
        String places = "SELECT event_id, lat, lon, precision_km, coalesce(confidence, 1.0), coalesce(fatalities, -1)"
                + (battles == null ? "" : ", place_id, relation") + " FROM event_places WHERE event_id BETWEEN ? AND ? ORDER BY event_id, id";
        PlaceRows at = new PlaceRows();
        BattleActors who = battles == null ? null : new BattleActors(c, fromId, toId);
        try (PreparedStatement se = between(c.prepareStatement(events), fromId, toId); PreparedStatement sp = between(c.prepareStatement(places), fromId, toId);
             ResultSet ev = se.executeQuery(); ResultSet pl = sp.executeQuery(); BattleActors closeWho = who) {
            // the event id of the place row the cursor stands on (read once per row), MAX_VALUE past the last
            long placeOf = pl.next() ? pl.getLong(1) : Long.MAX_VALUE;
            while (ev.next()) {
                long id = ev.getLong(1);
                long deadAndKind = ev.getLong(2);
                int typeAndRejected = LeanColumns.kind(deadAndKind);
                EventType t = types[typeAndRejected >> 1];
                boolean rejected = (typeAndRejected & 1) == 1;
                int dead = LeanColumns.dead(deadAndKind);
                long days = ev.getLong(3);
                int from = LeanColumns.from(days);
                int to = from == IncidentRowSink.UNDATED ? from : LeanColumns.to(days);
                double confidence = ev.getDouble(4);
                Map<String, String> ed = edits.isEmpty() ? null : edits.get(id);
                if (ed != null) {
                    // Rare: apply the analyst's edits through the same code as full events.
                    StoredEvent applied = Edits.apply(new StoredEvent(id, null, null, null, t, null,
                            from == IncidentRowSink.UNDATED ? DateRange.UNKNOWN : new DateRange(LocalDate.ofEpochDay(from),
                                    LocalDate.ofEpochDay(to), TimePrecision.DAY), dead < 0 ? null : dead, null, confidence,
                            rejected ? ReviewStatus.REJECTED : ReviewStatus.UNREVIEWED, null, 0, 0, List.of(), List.of(), null, null, false), ed);
                    t = applied.type();
                    from = applied.date().isKnown() ? (int) applied.date().from().toEpochDay() : IncidentRowSink.UNDATED;
                    to = applied.date().isKnown() ? (int) applied.date().to().toEpochDay() : IncidentRowSink.UNDATED;
                    dead = applied.fatalities() == null ? -1 : applied.fatalities();
                    rejected = applied.review() == ReviewStatus.REJECTED;
                }
                while (placeOf < id) placeOf = pl.next() ? pl.getLong(1) : Long.MAX_VALUE; // orphans, if any
                // An event's places are read whole first: the first place's share of the dead
                // depends on the counts of the others (FatalityShares).
                at.n = 0;
                while (placeOf == id) {
                    at.add(pl.getDouble(2), pl.getDouble(3), pl.getDouble(4), pl.getDouble(5), pl.getInt(6));
                    if (battles != null && t == EventType.BATTLES) at.named(pl.getString(7), pl.getString(8));
                    placeOf = pl.next() ? pl.getLong(1) : Long.MAX_VALUE;
                }
                if (battles != null) {
                    if (ed != null) {
                        // An edit may have moved its places or changed who fought: read this one event whole.
                        if (t == EventType.BATTLES) read(c, "WHERE e.id = ?", id, full -> battleRows(full, battles));
                    } else if (t == EventType.BATTLES) {
                        who.advanceTo(id);
                        for (int k = 0; k < at.n; k++) {
                            battles.battle(id, from, to, rejected, at.placeId[k], at.relation[k], at.lat[k], at.lon[k], who.actor1, who.actor2);
                        }
                    }
                }
                for (int k = 0; k < at.n; k++) {
                    sink.row(id, t, from, to, dead, FatalityShares.share(dead, at.own, at.n, k), confidence, rejected, ed != null, true,
                            at.lat[k], at.lon[k], at.precision[k], at.confidence[k]);
                }
                if (at.n == 0) sink.row(id, t, from, to, dead, -1, confidence, rejected, ed != null, false, 0, 0, 0, 0);
            }
        }
        return null;
    }

    /** A full (edited) battle's places, as the lean scan hands them on. */
    private static void battleRows(StoredEvent e, BattleRowSink battles) {
        String a1 = null, a2 = null;
        for (EventActor a : e.actors()) {
            if (a.role() == ActorRole.ACTOR1) a1 = a.actorId();
            else if (a.role() == ActorRole.ACTOR2) a2 = a.actorId();
        }
        int from = e.date().isKnown() ? (int) e.date().from().toEpochDay() : IncidentRowSink.UNDATED;
        int to = e.date().isKnown() ? (int) e.date().to().toEpochDay() : IncidentRowSink.UNDATED;
        for (EventPlace p : e.places()) {
            battles.battle(e.id(), from, to, e.review() == ReviewStatus.REJECTED, p.placeId(), p.relation(), p.lat(), p.lon(), a1, a2);
        }
    }

    /**
     * Actor1 and actor2 of the events of a lean scan, read by a third cursor in event id order (as
     * the full read orders them: by role, the last of a role wins).
     */
    private static final class BattleActors implements AutoCloseable {
        private final PreparedStatement ps;
        private final ResultSet rs;
        /** The event of the row the cursor stands on, MAX_VALUE past the last, and its role (1 actor1, 2 actor2). */
        private long eventId;
        private int role;
        String actor1, actor2;

        BattleActors(Connection c, long fromId, long toId) throws SQLException {
            // the role as a number: a string decoded per row was a third of a million-event scan's reading
            // and with the event id in one number (LeanColumns.eventAndRole): one call a row fewer.
            // Only the actors of events stored as battles: the scan asks for no others (an edited event is read whole),
            // and handing the rest through the driver only to skip them was a fifth of a million-event render's CPU
            ps = between(c.prepareStatement("SELECT " + LeanColumns.eventAndRole("x.event_id", "CASE x.role WHEN 'ACTOR1' THEN 1 ELSE 2 END")
                    + ", x.actor_id FROM event_actors x JOIN events e ON e.id = x.event_id WHERE x.event_id BETWEEN ? AND ?"
                    + " AND e.event_type = '" + EventType.BATTLES.name() + "' AND x.role IN ('ACTOR1', 'ACTOR2') ORDER BY x.event_id, x.role"),
                    fromId, toId);
            rs = ps.executeQuery();
            next();
        }

        /** Steps to the next row: its event and role, or MAX_VALUE past the last. */
        private void next() throws SQLException {
            if (rs.next()) {
                long v = rs.getLong(1);
                eventId = LeanColumns.event(v);
                role = LeanColumns.role(v);
            } else {
                eventId = Long.MAX_VALUE;
            }
        }

        /** Moves to event {@code id} (ascending calls) and reads its two actors, null where none. */
        void advanceTo(long id) throws SQLException {
            actor1 = null;
            actor2 = null;
            while (eventId < id) next();
            while (eventId == id) {
                if (role == 1) actor1 = rs.getString(2);
                else actor2 = rs.getString(2);
                next();
            }
        }

        @Override
        public void close() throws SQLException {
            try (ps; rs) {
                // both closed
            }
        }
    }

    /** One event's places during a lean scan, reused from event to event. */
    private static final class PlaceRows {
        int n;
        double[] lat = new double[8], lon = new double[8], precision = new double[8], confidence = new double[8];
        int[] own = new int[8];
        /** Filled for battles only, when a scan hands them on. */
        String[] placeId = new String[8], relation = new String[8];

        void named(String id, String rel) {
            placeId[n - 1] = id;
            relation[n - 1] = rel;
        }

        /** {@code dead} the place's own count, -1 for none. */
        void add(double la, double lo, double prec, double conf, int dead) {
            if (n == lat.length) {
                lat = java.util.Arrays.copyOf(lat, n * 2);
                lon = java.util.Arrays.copyOf(lon, n * 2);
                precision = java.util.Arrays.copyOf(precision, n * 2);
                confidence = java.util.Arrays.copyOf(confidence, n * 2);
                own = java.util.Arrays.copyOf(own, n * 2);
                placeId = java.util.Arrays.copyOf(placeId, n * 2);
                relation = java.util.Arrays.copyOf(relation, n * 2);
            }
            lat[n] = la;
            lon[n] = lo;
            precision[n] = prec;
            confidence[n] = conf;
            own[n] = dead;
            n++;
        }
    }

    private static PreparedStatement between(PreparedStatement ps, long from, long to) throws SQLException {
        ps.setLong(1, from);
        ps.setLong(2, to);
        return ps;
    }

    /** Binds the optional event id (the only parameter of the readEvents queries). */
    static PreparedStatement bind(PreparedStatement ps, Object id) throws SQLException {
        if (id != null) ps.setObject(1, id);
        return ps;
    }

    public String articleText(long articleId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM articles WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /**
     * The ids of the events dated within [from, to] (their range overlaps it) with a place inside the box
     * west, south, east, north (degrees), in id order: the map's question for a time window and a view, as
     * stored (edits are applied when the events are read). On PostgreSQL the box is a GiST index probe.
     */
    public List<Long> eventIdsIn(LocalDate from, LocalDate to, double west, double south, double east, double north) {
        return db.withConnection(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT e.id FROM events e JOIN event_places p ON p.event_id = e.id"
                    + " WHERE e.date_from <= ? AND coalesce(e.date_to, e.date_from) >= ? AND " + db.dialect().pointInBox("p") + " ORDER BY e.id")) {
                ps.setString(1, to.toString());
                ps.setString(2, from.toString());
                ps.setDouble(3, west);
                ps.setDouble(4, south);
                ps.setDouble(5, east);
                ps.setDouble(6, north);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** The last day of the newest dated event, or null when none is dated. */
    public LocalDate latestEventDay() {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(coalesce(date_to, date_from)) FROM events")) {
                return rs.next() && rs.getString(1) != null ? LocalDate.parse(rs.getString(1)) : null;
            }
        });
    }

    /** Row counts per table, for doctor and tests. */
    public Map<String, Long> counts() {
        return db.withConnection(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String t : List.of("articles", "places", "events", "event_places", "event_actors", "control_claims", "edits")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
            return out;
        });
    }

    static DateRange dateRange(String from, String to, int precision) {
        if (from == null) return DateRange.UNKNOWN;
        LocalDate f = isoDay(from);
        return new DateRange(f, to == null || to.equals(from) ? f : isoDay(to), TimePrecision.fromCode(precision));
    }

    /** A stored day, YYYY-MM-DD, read without the formatter's machinery (a million events read a million days). */
    static LocalDate isoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return LocalDate.parse(s); // any other form: the strict parser says what is wrong
        int y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
        return y < 0 || m < 0 || d < 0 ? LocalDate.parse(s) : LocalDate.of(y, m, d);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.VARCHAR);
        else ps.setString(i, d.toString());
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setInt(i, v);
    }

    private static Integer nullableInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
