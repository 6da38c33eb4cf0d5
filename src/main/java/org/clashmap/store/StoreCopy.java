package org.clashmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Moves a whole dataset from one database to another, either engine to either (decision 027): every row
 * of every table with its id, so edits, incident decisions, ingest runs and history stay attached to what
 * they are about. The target must be empty; the copy is one transaction on it (all or nothing). The
 * PostGIS columns are not copied: the target computes them from the coordinates. Into PostgreSQL the rows
 * go by COPY ({@link PostgresCopy}), into SQLite by batched INSERTs.
 */
public final class StoreCopy {
    /** Every table, parents before the rows that point at them. */
    static final List<String> TABLES = List.of("ingest_runs", "articles", "article_versions", "article_bands", "places", "incidents",
            "events", "event_places", "event_actors", "control_claims", "edits", "incident_edits", "control_layers", "control_layer_zones",
            "control_snapshots", "control_dots", "front_lines", "contested_zones");

    /** Rows are read in this order: ids ascending (a re-post after its original), actors in the order the text named them. */
    private static final Map<String, String> ORDER = Map.of("article_versions", "sha256", "article_bands", "article_id, band, hash",
            "event_actors", "event_id, t.rowid");

    /** Columns the target engine generates itself. */
    private static final List<String> GENERATED = List.of("geom");

    private static final int BATCH = 2000;

    private StoreCopy() {
    }

    /** Copies everything in {@code from} into the empty {@code to}; returns the rows copied per table. */
    public static Map<String, Long> copy(Database from, Database to, Consumer<String> progress) {
        if (from.address().equals(to.address())) throw new IllegalArgumentException(to.address() + ": --from and --to are the same database");
        return to.inTransaction(target -> {
            refuseNonEmpty(to, target);
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : TABLES) {
                boolean pg = to.address().isPostgresql();
                long n = from.withReadConnection(source -> copyTable(source, target, table, pg));
                if (hasId(target, table)) to.dialect().idsInserted(target, table);
                copied.put(table, n);
                progress.accept(table + ": " + n);
            }
            return copied;
        });
    }

    private static void refuseNonEmpty(Database to, Connection c) throws SQLException {
        for (String t : List.of("articles", "events", "places", "control_claims", "control_layers")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalArgumentException(to.address() + ": is not empty (" + rs.getLong(1) + " rows in " + t
                            + "); copy into a new database, nothing was written");
                }
            }
        }
    }

    private static long copyTable(Connection source, Connection target, String table, boolean toPostgresql) throws SQLException {
        List<String> columns = columns(source, table);
        String list = String.join(", ", columns);
        String order = ORDER.getOrDefault(table, "id");
        // A PostgreSQL source streams rows only inside a transaction (with a fetch size); SQLite streams anyway.
        boolean auto = source.getAutoCommit();
        source.setAutoCommit(false);
        long n = 0;
        try (Statement read = source.createStatement()) {
            read.setFetchSize(BATCH);
            if (toPostgresql) {
                try (ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table + " t ORDER BY " + order)) {
                    n = PostgresCopy.rows(target, table, columns, rs);
                }
                return n;
            }
            try (ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table + " t ORDER BY " + order);
                 PreparedStatement write = target.prepareStatement("INSERT INTO " + table + "(" + list + ") VALUES ("
                         + "?, ".repeat(columns.size() - 1) + "?)")) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) write.setObject(i, rs.getObject(i));
                    write.addBatch();
                    if (++n % BATCH == 0) write.executeBatch();
                }
                write.executeBatch();
            }
        } finally {
            source.commit();
            source.setAutoCommit(auto);
        }
        return n;
    }

    /** The table's columns as the source has them, without the ones an engine computes. */
    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String name = md.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                if (!GENERATED.contains(name)) out.add(name);
            }
        }
        return out;
    }

    /** True when the table's rows have generated numeric ids (places are keyed by their gazetteer id). */
    private static boolean hasId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (md.getColumnName(i).equalsIgnoreCase("id")) {
                    int type = md.getColumnType(i);
                    return type == java.sql.Types.BIGINT || type == java.sql.Types.INTEGER;
                }
            }
            return false;
        }
    }
}
