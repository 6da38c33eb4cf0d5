package org.clashmap.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every difference between the two engines, in one place (decision 027). The store's SQL is written
 * once, in SQLite's dialect; on PostgreSQL each statement passes through {@link #sql} on its way to
 * the driver (the connection the store works on is wrapped, {@link #wrap}), which rewrites the few
 * SQLite-only forms the store uses. The migrations' DDL is rewritten by {@link #ddl}. What cannot be
 * rewritten (schema version, ids handed out in bulk, the list of tables, damage checks) is a method here.
 */
abstract class Dialect {
    static final Dialect SQLITE = new Sqlite();
    static final Dialect POSTGRESQL = new Postgresql();

    abstract String name();

    /** The statement as this engine needs it. */
    abstract String sql(String sqliteSql);

    /** A migration statement as this engine needs it. */
    abstract String ddl(String sqliteDdl);

    /** The resource name of a migration for this engine: its own variant when there is one, else the common script. */
    abstract String migrationVariant(String script);

    abstract int schemaVersion(Connection c) throws SQLException;

    abstract void setSchemaVersion(Connection c, int version) throws SQLException;

    /**
     * Makes a migration transaction the only one: SQLite's BEGIN IMMEDIATE already holds the write lock;
     * PostgreSQL takes a transaction-scoped advisory lock, so two programs opening a new database at once
     * apply each script once.
     */
    abstract void lockForMigration(Connection c) throws SQLException;

    /** The names of the user tables, sorted. */
    abstract List<String> tables(Connection c) throws SQLException;

    /**
     * {@code n} fresh ids for rows of {@code table}, inside a write transaction. SQLite holds the write lock,
     * so the next ids after the largest are free; PostgreSQL draws them from the table's sequence, which
     * concurrent writers share.
     */
    abstract long[] newIds(Connection c, String table, int n) throws SQLException;

    /** After rows were inserted with ids of their own (a copy): the next generated id comes after them. */
    abstract void idsInserted(Connection c, String table) throws SQLException;

    /**
     * A condition that the point of row {@code alias} (a table with lat, lon) lies in a box given by four
     * parameters, west, south, east, north: on PostgreSQL the PostGIS column and its GiST index.
     */
    abstract String pointInBox(String alias);

    /** The connection the store works on: statements translated by {@link #sql}. */
    abstract Connection wrap(Connection c);

    /**
     * True when a transaction failed only because another writer got there first (a unique row it stored
     * meanwhile, a deadlock, a serialization failure), so running it again will see the other's commit.
     * SQLite's one writer at a time never loses such a race.
     */
    abstract boolean isRetryable(SQLException e);

    private static final class Sqlite extends Dialect {
        @Override
        String name() {
            return "SQLite";
        }

        @Override
        String sql(String s) {
            return s;
        }

        @Override
        String ddl(String s) {
            return s;
        }

        @Override
        String migrationVariant(String script) {
            return script;
        }

        @Override
        int schemaVersion(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }

        @Override
        void setSchemaVersion(Connection c, int version) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = " + version);
            }
        }

        @Override
        void lockForMigration(Connection c) {
            // BEGIN IMMEDIATE (the connection's transaction mode) already holds the write lock.
        }

        @Override
        List<String> tables(Connection c) throws SQLException {
            return strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        }

        @Override
        long[] newIds(Connection c, String table, int n) throws SQLException {
            long next;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            long[] ids = new long[n];
            for (int i = 0; i < n; i++) ids[i] = next + i;
            return ids;
        }

        @Override
        void idsInserted(Connection c, String table) {
            // INTEGER PRIMARY KEY hands out max(id) + 1: nothing to move.
        }

        @Override
        String pointInBox(String a) {
            return a + ".lon >= ? AND " + a + ".lat >= ? AND " + a + ".lon <= ? AND " + a + ".lat <= ?";
        }

        @Override
        Connection wrap(Connection c) {
            return c;
        }

        @Override
        boolean isRetryable(SQLException e) {
            return false;
        }
    }

    private static final class Postgresql extends Dialect {
        /** Statement text rewritten once per distinct statement. */
        private final Map<String, String> translated = new ConcurrentHashMap<>();

        private static final Pattern INSERT_OR_IGNORE = Pattern.compile("^\\s*INSERT OR IGNORE INTO (.*)$", Pattern.DOTALL);
        private static final Pattern JSON_IDS = Pattern.compile("SELECT value FROM json_each\\(\\?\\)");
        /** Days since 1970-01-01 of an ISO date, as SQLite's {@code julianday(x) - 2440587.5}. */
        private static final Pattern EPOCH_DAY = Pattern.compile("julianday\\(((?:[^()]|\\([^()]*\\))*)\\) - 2440587\\.5");
        private static final Pattern ROWID = Pattern.compile("\\.rowid\\b");
        private static final Pattern DDL_KEY = Pattern.compile("\\bINTEGER PRIMARY KEY\\b");
        private static final Pattern DDL_INTEGER = Pattern.compile("\\bINTEGER\\b");
        private static final Pattern DDL_REAL = Pattern.compile("\\bREAL\\b");
        private static final String SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";
        private static final String PG_NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

        @Override
        String name() {
            return "PostgreSQL";
        }

        @Override
        String sql(String s) {
            return translated.computeIfAbsent(s, Postgresql::translate);
        }

        private static String translate(String s) {
            Matcher ignore = INSERT_OR_IGNORE.matcher(s);
            if (ignore.matches()) s = "INSERT INTO " + ignore.group(1) + " ON CONFLICT DO NOTHING";
            s = JSON_IDS.matcher(s).replaceAll("SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)) AS j(value)");
            s = EPOCH_DAY.matcher(s).replaceAll(m -> Matcher.quoteReplacement("(CAST(" + m.group(1) + " AS date) - DATE '1970-01-01')"));
            s = ROWID.matcher(s).replaceAll(".ctid");
            return s;
        }

        /**
         * SQLite's INTEGER is 64 bits and its REAL a double: BIGINT and DOUBLE PRECISION here (PostgreSQL's
         * INTEGER and REAL are half that). An INTEGER PRIMARY KEY is an identity column that also takes ids
         * given explicitly (imports, copies).
         */
        @Override
        String ddl(String s) {
            s = DDL_KEY.matcher(s).replaceAll("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
            s = DDL_INTEGER.matcher(s).replaceAll("BIGINT");
            s = DDL_REAL.matcher(s).replaceAll("DOUBLE PRECISION");
            return sql(s.replace(SQLITE_NOW, PG_NOW));
        }

        @Override
        String migrationVariant(String script) {
            return script.replace(".sql", ".postgresql.sql");
        }

        @Override
        int schemaVersion(Connection c) throws SQLException {
            if (!tables(c).contains("clashmap_schema")) return 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM clashmap_schema")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }

        @Override
        void setSchemaVersion(Connection c, int version) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS clashmap_schema (version INTEGER NOT NULL)");
                s.execute("DELETE FROM clashmap_schema");
                s.execute("INSERT INTO clashmap_schema(version) VALUES (" + version + ")");
            }
        }

        @Override
        void lockForMigration(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
        }

        /** Any number, the same in every ClashMap: the advisory lock migrations take. */
        private static final long MIGRATION_LOCK = 0x436c6173684d6170L; // "ClashMap"

        @Override
        List<String> tables(Connection c) throws SQLException {
            return strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_type = 'BASE TABLE' AND table_name <> 'spatial_ref_sys' ORDER BY table_name");
        }

        @Override
        long[] newIds(Connection c, String table, int n) throws SQLException {
            long[] ids = new long[n];
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
                ps.setString(1, table);
                ps.setInt(2, n);
                try (ResultSet rs = ps.executeQuery()) {
                    for (int i = 0; i < n && rs.next(); i++) ids[i] = rs.getLong(1);
                }
            }
            return ids;
        }

        @Override
        void idsInserted(Connection c, String table) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT setval(pg_get_serial_sequence('" + table
                    + "', 'id'), coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)")) {
                rs.next();
            }
        }

        @Override
        String pointInBox(String a) {
            return a + ".geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)";
        }

        @Override
        Connection wrap(Connection c) {
            return (Connection) Proxy.newProxyInstance(Dialect.class.getClassLoader(), new Class<?>[]{Connection.class},
                    translating(c, this));
        }

        @Override
        boolean isRetryable(SQLException e) {
            return java.util.Set.of("23505", "40001", "40P01").contains(String.valueOf(e.getSQLState()));
        }
    }

    /** Passes calls to {@code target}, with the SQL text of statements translated and the statements it makes wrapped too. */
    private static InvocationHandler translating(Object target, Dialect d) {
        return (proxy, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof String sql && SQL_METHODS.contains(method.getName())) {
                args = args.clone();
                args[0] = d.sql(sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement s && !(result instanceof PreparedStatement) && method.getName().equals("createStatement")) {
                return Proxy.newProxyInstance(Dialect.class.getClassLoader(), new Class<?>[]{Statement.class}, translating(s, d));
            }
            return result;
        };
    }

    private static final java.util.Set<String> SQL_METHODS = java.util.Set.of("prepareStatement", "prepareCall", "nativeSQL",
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
