package org.clashmap.store;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.SubEventType;

import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SQL side of imported and synthetic events: batched inserts that skip events already stored
 * (unique on origin + external id), light reads for the agreement index, per-origin figures.
 */
public final class DatasetStore {
    private static final String INSERT_EVENT = "INSERT OR IGNORE INTO events(id, origin, external_id, ordinal, event_type, sub_event_type,"
            + " date_from, date_to, time_precision, fatalities, confidence, sentence, notes, outlet) VALUES (?,?,?,0,?,?,?,?,?,?,?,?,?,?)";
    // places and actors go many rows to a statement (RowsPerStatement)
    private static final String INSERT_PLACE = "INSERT INTO event_places(event_id, ordinal, place_id, name_ar, name_en, relation, lat, lon,"
            + " precision_km, confidence)";
    private static final String PLACE_ROW = "(?,0,?,?,?,?,?,?,?,?)";
    private static final String INSERT_ACTOR = "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role, fatalities)";
    private static final String ACTOR_ROW = "(?,?,?,?)";

    private final Database db;

    public DatasetStore(Database db) {
        this.db = db;
    }

    /** How many events of a batch were new and how many were already there. */
    public record InsertResult(int inserted, int duplicates) {}

    /**
     * Stores a batch in one transaction: all of it or none. Events whose (origin, external id) is
     * already stored are left as they are (with any analyst edits) and counted as duplicates.
     */
    public InsertResult insert(List<ExternalEvent> batch) {
        if (batch.isEmpty()) return new InsertResult(0, 0);
        return insert(List.of(batch).iterator());
    }

    /**
     * Stores the events of every part {@code parts} gives as one batch, in one transaction, as {@link #insert(List)}
     * stores them all together (the same rows, the same ids). The parts are taken while the transaction is open, so
     * a reader can hand them over as it makes them and storing starts with the first part, not the whole batch.
     */
    public InsertResult insert(Iterator<List<ExternalEvent>> parts) {
        if (db.address().isPostgresql()) {
            List<ExternalEvent> batch = new ArrayList<>();
            parts.forEachRemaining(batch::addAll);
            return batch.isEmpty() ? new InsertResult(0, 0) : db.inTransaction(c -> insertBatchPostgresql(c, batch));
        }
        return db.inTransaction(c -> {
            // sqlite-jdbc by default follows every INSERT with its own "SELECT last_insert_rowid()"
            // (for getGeneratedKeys); we assign ids ourselves, so that doubles the work for nothing.
            // Switched off for this batch only: EventStore.ingest relies on it.
            SQLiteConnectionConfig config = c.unwrap(SQLiteConnection.class).getConnectionConfig();
            boolean keys = config.isGetGeneratedKeys();
            config.setGetGeneratedKeys(false);
            try {
                // the batch's ids follow on from the first one, as one call for the whole batch hands them out
                long firstId = -1;
                int given = 0, inserted = 0;
                while (parts.hasNext()) {
                    List<ExternalEvent> part = parts.next();
                    if (part.isEmpty()) continue;
                    if (firstId < 0) firstId = db.dialect().newIds(c, "events", 1)[0];
                    inserted += insertBatch(c, part, firstId + given);
                    given += part.size();
                }
                return new InsertResult(inserted, given - inserted);
            } finally {
                config.setGetGeneratedKeys(keys);
            }
        });
    }

    /** Inserts the events with ids {@code firstId}, {@code firstId + 1}, ...; how many were new. */
    private static int insertBatch(Connection c, List<ExternalEvent> batch, long firstId) throws SQLException {
        long[] ids = new long[batch.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = firstId + i;
        int inserted = 0;
        try (PreparedStatement ev = c.prepareStatement(INSERT_EVENT);
             RowsPerStatement pl = new RowsPerStatement(c, INSERT_PLACE, PLACE_ROW);
             RowsPerStatement ac = new RowsPerStatement(c, INSERT_ACTOR, ACTOR_ROW)) {
            // Ids are handed out for the whole batch at once (Dialect.newIds), so the events go as one batch
            // (one round trip to a PostgreSQL server, not one per event) and places and actors follow as two more.
            for (int i = 0; i < batch.size(); i++) {
                bindEvent(ev, ids[i], batch.get(i));
                ev.addBatch();
            }
            int[] stored = ev.executeBatch();
            for (int i = 0; i < batch.size(); i++) {
                if (stored[i] == 0) continue; // already stored: unique (origin, external_id)
                ExternalEvent e = batch.get(i);
                long id = ids[i];
                inserted++;
                pl.add((ps, at) -> bindPlace(ps, at, id, e.place()));
                for (EventActor a : e.actors()) {
                    ac.add((ps, at) -> {
                        ps.setLong(at + 1, id);
                        ps.setString(at + 2, a.actorId());
                        ps.setString(at + 3, a.role().name());
                        EventStore.setInt(ps, at + 4, a.fatalities());
                    });
                }
            }
            pl.finish();
            ac.finish();
        }
        return inserted;
    }

    /**
     * The same batch on PostgreSQL in three round trips whatever its size. The events go as one array per
     * column, turned back into rows on the server by {@code unnest}, their ids drawn by the identity column;
     * {@code RETURNING} says which were new (the rest were stored already), as the batch's update counts do
     * on SQLite. The new events' places and actors then go by COPY (PostgresCopy): no conflict is possible
     * for them, so no ON CONFLICT and its per-row cost (an actor named twice in one event is sent once).
     */
    private static InsertResult insertBatchPostgresql(Connection c, List<ExternalEvent> batch) throws SQLException {
        int n = batch.size();
        Object[][] ev = new Object[12][n];
        for (int i = 0; i < n; i++) {
            ExternalEvent e = batch.get(i);
            Object[] row = {e.origin(), e.externalId(), e.type().name(), e.subType() == null ? null : e.subType().name(),
                    date(e.date().from()), date(e.date().to()), (long) e.date().precision().acledCode,
                    e.fatalities() == null ? null : (long) e.fatalities(), e.confidence(), e.sentence(), e.notes(), e.outlet()};
            for (int k = 0; k < row.length; k++) ev[k][i] = row[k];
        }
        Map<String, Long> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events(origin, external_id, ordinal, event_type, sub_event_type, date_from,"
                + " date_to, time_precision, fatalities, confidence, sentence, notes, outlet) SELECT origin, external_id, 0, event_type,"
                + " sub_event_type, date_from, date_to, time_precision, fatalities, confidence, sentence, notes, outlet FROM unnest(?::text[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::float8[], ?::text[], ?::text[],"
                + " ?::text[]) AS t(origin, external_id, event_type, sub_event_type, date_from, date_to, time_precision, fatalities,"
                + " confidence, sentence, notes, outlet) ON CONFLICT DO NOTHING RETURNING id, origin, external_id")) {
            String[] types = {"text", "text", "text", "text", "text", "text", "int8", "int8", "float8", "text", "text", "text"};
            for (int k = 0; k < types.length; k++) ps.setArray(k + 1, c.createArrayOf(types[k], ev[k]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) stored.put(rs.getString(2) + "\t" + rs.getString(3), rs.getLong(1));
            }
        }
        List<Object[]> places = new ArrayList<>(), actors = new ArrayList<>();
        for (ExternalEvent e : batch) {
            Long id = stored.remove(e.origin() + "\t" + e.externalId()); // removed: a second copy in the batch is not new
            if (id == null) continue; // already stored: unique (origin, external_id)
            EventPlace p = e.place();
            places.add(new Object[]{id, 0, p.nameAr(), p.nameEn(), p.relation(), p.lat(), p.lon(), p.precisionKm(), p.confidence()});
            java.util.Set<String> named = new java.util.HashSet<>();
            for (EventActor a : e.actors()) {
                if (named.add(a.actorId() + "\t" + a.role())) actors.add(new Object[]{id, a.actorId(), a.role().name(), a.fatalities()});
            }
        }
        PostgresCopy.rows(c, "event_places", List.of("event_id", "ordinal", "name_ar", "name_en", "relation", "lat", "lon", "precision_km",
                "confidence"), places);
        PostgresCopy.rows(c, "event_actors", List.of("event_id", "actor_id", "role", "fatalities"), actors);
        return new InsertResult(places.size(), n - places.size());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void bindEvent(PreparedStatement ps, long id, ExternalEvent e) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, e.origin());
        ps.setString(3, e.externalId());
        ps.setString(4, e.type().name());
        ps.setString(5, e.subType() == null ? null : e.subType().name());
        EventStore.setDate(ps, 6, e.date().from());
        EventStore.setDate(ps, 7, e.date().to());
        ps.setInt(8, e.date().precision().acledCode);
        EventStore.setInt(ps, 9, e.fatalities());
        ps.setDouble(10, e.confidence());
        ps.setString(11, e.sentence());
        ps.setString(12, e.notes());
        ps.setString(13, e.outlet());
    }

    /** A place's row from parameter {@code at + 1} on. */
    private static void bindPlace(PreparedStatement ps, int at, long id, EventPlace p) throws SQLException {
        ps.setLong(at + 1, id);
        ps.setString(at + 2, null); // not a gazetteer place: the dataset's own point
        ps.setString(at + 3, p.nameAr());
        ps.setString(at + 4, p.nameEn());
        ps.setString(at + 5, p.relation());
        ps.setDouble(at + 6, p.lat());
        ps.setDouble(at + 7, p.lon());
        ps.setDouble(at + 8, p.precisionKm());
        ps.setDouble(at + 9, p.confidence());
    }

    /**
     * Runs a bulk fill with {@code synchronous=OFF} and a 256 MB page cache, then restores FULL and
     * the default cache. synchronous=OFF only for throw-away data (synthetic events): a power cut
     * during the fill may lose or damage what it wrote, acceptable for data regenerated from a seed,
     * never for imports or analyst work. The big cache keeps the date and id indexes' pages in
     * memory: a million events arrive in random date order, and with the default 2 MB cache every
     * batch rewrites index pages scattered over the file (measured: most of the fill's time).
     */
    public <T> T bulk(Supplier<T> work) {
        if (db.address().isPostgresql()) {
            // The same bargain on PostgreSQL: commits of this session are not waited for on disk (a crash may
            // lose the last ones, never damage the database); then fresh statistics for the planner.
            pragma("SET synchronous_commit = off");
            try {
                return work.get();
            } finally {
                pragma("SET synchronous_commit = on");
                pragma("ANALYZE");
            }
        }
        pragma("PRAGMA synchronous = OFF");
        pragma("PRAGMA cache_size = -262144");
        try {
            return work.get();
        } finally {
            pragma("PRAGMA cache_size = -2000");
            pragma("PRAGMA synchronous = FULL");
        }
    }

    /**
     * Runs the batches of one import with commits that do not wait for the disk ({@code synchronous=NORMAL} in WAL
     * mode; {@code synchronous_commit=off} on PostgreSQL), then waits once ({@link Database#waitForDisk}). Each
     * batch stays a transaction: a killed import keeps every batch it committed and a rerun adds the rest (rows
     * are unique per origin and external id). What this gives up is only against a power cut in the middle of an
     * import, which can lose its last batches but never damage the database or anything stored before it
     * (SQLite's and PostgreSQL's own promise for these settings). {@link #bulk} makes the wider bargain, for
     * generated data only (decision 073).
     */
    public <T> T importing(Supplier<T> batches) {
        boolean pg = db.address().isPostgresql();
        pragma(pg ? "SET synchronous_commit = off" : "PRAGMA synchronous = NORMAL");
        // SQLite: the WAL grows to IMPORT_CHECKPOINT_PAGES before it is copied into the file, not to the default 1,000
        // (4 MB): a UCDP import (about 10 MB) is then copied once, at its end, rather than three times on the way
        if (!pg) pragma("PRAGMA wal_autocheckpoint = " + IMPORT_CHECKPOINT_PAGES);
        try {
            return batches.get();
        } finally {
            if (!pg) pragma("PRAGMA wal_autocheckpoint = 1000");
            pragma(pg ? "SET synchronous_commit = on" : "PRAGMA synchronous = FULL");
            db.waitForDisk();
        }
    }

    /** Pages of WAL (of 4 KB) an import lets grow before SQLite copies them into the file: 64 MB. */
    static final int IMPORT_CHECKPOINT_PAGES = 16_384;

    private void pragma(String sql) {
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    /** Figures of one origin (zero events gives null dates). */
    public OriginStats stats(String origin) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), min(date_from), max(date_to), coalesce(sum(fatalities), 0) FROM events WHERE origin = ?")) {
                ps.setString(1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new OriginStats(origin, rs.getLong(1), date(rs.getString(2)), date(rs.getString(3)), rs.getLong(4));
                }
            }
        });
    }

    /** Every dated, placed event of an origin as points, one per place, in storage order. */
    public List<DatedEventPlace> points(String origin) {
        return db.withConnection(c -> {
            List<DatedEventPlace> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT e.id, e.origin, e.external_id, e.date_from, e.date_to, e.fatalities, p.lat, p.lon, p.precision_km,"
                            + " coalesce(p.name_en, p.name_ar), e.sentence FROM events e JOIN event_places p ON p.event_id = e.id"
                            // "+e.origin" keeps SQLite off the origin index: a million index-ordered row
                            // lookups are random reads (24 s measured); scanning places and fetching each
                            // event by rowid is sequential (6 s). Rows come in storage order, which is
                            // event order for places written with their event; no sort needed.
                            + " WHERE +e.origin = ? AND e.date_from IS NOT NULL")) {
                ps.setString(1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int f = rs.getInt(6);
                        Integer fatalities = rs.wasNull() ? null : f;
                        LocalDate from = isoDate(rs.getString(4));
                        String to = rs.getString(5);
                        out.add(new DatedEventPlace(rs.getLong(1), rs.getString(2), rs.getString(3), from,
                                to == null ? from : isoDate(to), fatalities, rs.getDouble(7), rs.getDouble(8),
                                rs.getDouble(9), rs.getString(10), rs.getString(11)));
                    }
                }
            }
            return out;
        });
    }

    /** How many events of an origin there are; those without a date or place are not in {@link #points}. */
    public long count(String origin) {
        return stats(origin).events();
    }

    /** The events of an origin read back whole, in id order (for export and tests). */
    public List<ExternalEvent> events(String origin) {
        return db.withConnection(c -> {
            Map<Long, List<EventActor>> actors = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT x.event_id, x.actor_id, x.role, x.fatalities FROM event_actors x"
                    + " JOIN events e ON e.id = x.event_id WHERE e.origin = ? ORDER BY x.event_id, x.role, x.rowid")) {
                ps.setString(1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int f = rs.getInt(4);
                        Integer fatalities = rs.wasNull() ? null : f;
                        actors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new EventActor(rs.getString(2), ActorRole.valueOf(rs.getString(3)), fatalities));
                    }
                }
            }
            List<ExternalEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.external_id, e.event_type, e.sub_event_type, e.date_from,"
                    + " e.date_to, e.time_precision, e.fatalities, e.sentence, e.notes, e.outlet, e.confidence,"
                    + " p.name_ar, p.name_en, p.relation, p.lat, p.lon, p.precision_km, p.confidence"
                    + " FROM events e JOIN event_places p ON p.event_id = e.id AND p.ordinal = 0 WHERE e.origin = ? ORDER BY e.id")) {
                ps.setString(1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int f = rs.getInt(8);
                        Integer fatalities = rs.wasNull() ? null : f;
                        EventPlace place = new EventPlace(null, rs.getString(13), rs.getString(14), rs.getString(15),
                                rs.getDouble(16), rs.getDouble(17), rs.getDouble(18), rs.getDouble(19), 0, 0);
                        out.add(new ExternalEvent(origin, rs.getString(2), EventType.valueOf(rs.getString(3)),
                                rs.getString(4) == null ? null : SubEventType.valueOf(rs.getString(4)),
                                EventStore.dateRange(rs.getString(5), rs.getString(6), rs.getInt(7)), fatalities,
                                actors.getOrDefault(rs.getLong(1), List.of()), place, rs.getString(9), rs.getString(10),
                                rs.getString(11), rs.getDouble(12)));
                    }
                }
            }
            return out;
        });
    }

    /** Stored dates are always YYYY-MM-DD; reading a million of them is faster without the formatter. */
    private static LocalDate isoDate(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
        }
        return LocalDate.parse(v);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
