package org.clashmap.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Reaching and opening a PostgreSQL database (decision 027). The password is never in the address: it
 * comes from {@code PGPASSWORD}, else the driver reads {@code ~/.pgpass} (or {@code PGPASSFILE}) as libpq
 * does, host, port, database and user matched line by line (a Unix socket matches {@code localhost}).
 * Opening checks, before anything is written, that the database is ClashMap's or empty and not newer than
 * this app, then applies the missing migrations.
 */
final class Postgres {
    private Postgres() {
    }

    static Connection connect(DatabaseAddress a) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", a.user());
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) p.setProperty("password", password);
        p.setProperty("ApplicationName", "ClashMap");
        // Each report's statements are prepared once per connection, not parsed again for every report.
        p.setProperty("prepareThreshold", "1");
        // Not reWriteBatchedInserts: a batch must say which of its rows were stored (DatasetStore skips known ones).
        if (a.socketDir() != null) {
            p.setProperty("socketFactory", UnixSocketFactory.class.getName());
            p.setProperty("socketFactoryArg", a.socketDir() + "/.s.PGSQL." + a.port());
            p.setProperty("sslmode", "disable");
            p.setProperty("gssEncMode", "disable");
        }
        return DriverManager.getConnection("jdbc:postgresql://" + a.host() + ":" + a.port() + "/" + a.database(), p);
    }

    static Database open(DatabaseAddress a) {
        Connection c = null;
        try {
            c = connect(a);
            Dialect d = Dialect.POSTGRESQL;
            int version = d.schemaVersion(c);
            if (version > Migrations.latestVersion()) {
                throw new StoreException(a, "was written by a newer ClashMap (schema version " + version
                        + ", this version knows up to " + Migrations.latestVersion() + "); it was not opened or changed");
            }
            List<String> tables = d.tables(c);
            if (version == 0 && !tables.isEmpty() && !tables.equals(List.of("clashmap_schema"))) {
                throw new StoreException(a, "is a PostgreSQL database but not a ClashMap one (tables "
                        + String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + (tables.size() > 5 ? ", ..." : "")
                        + "); it was not opened or changed — give an empty database or another one with --db");
            }
            if (version < Migrations.POSTGIS_VERSION) requirePostgis(a, c);
            if (version < Migrations.latestVersion()) Migrations.migrate(d.wrap(c), d);
            return Database.opened(a, c);
        } catch (SQLException e) {
            close(c);
            throw new StoreException(a, explain(e), e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /**
     * Before the first migration writes anything: PostGIS is there, or is created now. CREATE EXTENSION postgis
     * needs a superuser (PostGIS is not a trusted extension), so an analyst who owns the database but is not
     * one is told, in one line, exactly what an administrator runs; nothing is written until it is there, so
     * opening again afterwards starts from an empty database. A server without PostGIS says which package.
     */
    static void requirePostgis(DatabaseAddress a, Connection c) throws SQLException {
        if (exists(c, "SELECT 1 FROM pg_extension WHERE extname = 'postgis'")) return;
        if (!exists(c, "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")) {
            throw new StoreException(a, "the PostgreSQL server has no PostGIS, which ClashMap needs; an administrator installs it"
                    + " (Debian: apt-get install postgresql-" + serverMajor(c) + "-postgis-3); nothing was written");
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) throw e;
            throw new StoreException(a, "needs PostGIS, and user " + a.user() + " may not add it (only a superuser may): ask an administrator to run"
                    + " CREATE EXTENSION postgis; in database " + a.database() + " (psql -d " + a.database()
                    + " -c 'CREATE EXTENSION postgis'), then open it again; nothing was written", e);
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static String serverMajor(Connection c) throws SQLException {
        return String.valueOf(c.getMetaData().getDatabaseMajorVersion());
    }

    /** The server's message says what is wrong; a few cases get the fix added. */
    static String explain(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String m = String.valueOf(e.getMessage());
        if (state.equals("28P01") || state.equals("28000")) {
            return m + " (the password comes from PGPASSWORD or ~/.pgpass, never from the address)";
        }
        if (state.equals("3D000")) return m + " (create it first: createdb)";
        if (state.startsWith("08")) return "cannot reach the PostgreSQL server: " + m;
        if (m.contains("postgis") && (m.contains("extension") || m.contains("permission"))) {
            return m + " (ClashMap needs PostGIS: ask the database's owner to run CREATE EXTENSION postgis)";
        }
        if (state.equals("53100")) return "the server's disk is full; the transaction was rolled back, nothing more was written";
        return "database error: " + m;
    }

    /** SQLSTATE classes after which the next report would fail the same way: connection, resources, access, shutdown. */
    static boolean unusable(String state) {
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("28") || state.startsWith("57")
                || state.startsWith("3D") || state.equals("42501");
    }

    private static void close(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one worth reporting
        }
    }
}
