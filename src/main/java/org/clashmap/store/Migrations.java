package org.clashmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations, numbered SQL resources applied in order, one set for both engines: a
 * script is written in SQLite's dialect and {@link Dialect#ddl} adapts it, unless the engine has its own
 * variant ({@code NNN_name.postgresql.sql}: PostGIS geometry). The schema version (SQLite's
 * {@code PRAGMA user_version}, a one-row table on PostgreSQL) records the last one applied, so
 * reopening a database applies only what is new.
 */
final class Migrations {
    /** Every migration, in order; index + 1 is the schema version it produces. */
    static final List<String> SCRIPTS = List.of("001_initial.sql", "002_datasets.sql",
            "003_control_layers.sql", "004_place_fatalities.sql", "005_incidents.sql", "006_report_sources.sql",
            "007_geometry.sql", "008_edit_versions.sql", "009_derived_control.sql", "010_gis_layers.sql", "011_incident_undo.sql",
            "012_partial_indexes.sql");

    /** The schema version whose migration adds the PostGIS columns (007_geometry.postgresql.sql): PostGIS must be there before it. */
    static final int POSTGIS_VERSION = SCRIPTS.indexOf("007_geometry.sql") + 1;

    /**
     * A new SQLite file's schema: what the {@link #SCRIPTS} leave in an empty file (every {@code sqlite_master} entry's
     * SQL in creation order, then the rows they insert), generated from a file migrated script by script and checked
     * equal to it by {@code SchemaScriptTest}, which writes it again when a migration is added. SQLite runs it in one
     * call ({@code executeUpdate} is {@code sqlite3_exec}): reading, splitting and running the scripts statement
     * by statement took about 30 ms of a fresh JVM, and opening a new file costs about half the CPU it did (issue 24,
     * decision 056). Existing files and PostgreSQL still go script by script.
     */
    static final String SCHEMA = "schema.sqlite.sql";

    static int latestVersion() {
        return SCRIPTS.size();
    }

    private Migrations() {
    }

    static int currentVersion(Connection c) throws SQLException {
        return currentVersion(c, Dialect.SQLITE);
    }

    static int currentVersion(Connection c, Dialect d) throws SQLException {
        return d.schemaVersion(c);
    }

    /**
     * Applies the missing migrations, each in its own write transaction together with its version bump.
     * The version is read inside that transaction (BEGIN IMMEDIATE holds the write lock), so two programs
     * opening a new database at once cannot both apply the same script: the second waits, then sees the
     * first one's version and applies nothing. A new SQLite file (version 0) gets every script in one such
     * transaction: there is nothing in it to keep half-migrated, and each commit is an fsync of the
     * write-ahead log (eleven of them were a tenth of a short import's start, decision 045). It gets them as their end
     * state, {@link #SCHEMA}, run by SQLite in one call.
     */
    static void migrate(Connection c) throws SQLException {
        migrate(c, Dialect.SQLITE);
    }

    static void migrate(Connection c, Dialect d) throws SQLException {
        boolean auto = c.getAutoCommit();
        try {
            while (true) {
                c.setAutoCommit(false);
                d.lockForMigration(c);
                int v = currentVersion(c, d);
                if (v >= SCRIPTS.size()) {
                    c.commit();
                    return;
                }
                boolean newFile = v == 0 && d == Dialect.SQLITE;
                int upTo = newFile ? SCRIPTS.size() : v + 1;
                try (Statement s = c.createStatement()) {
                    if (newFile) s.executeUpdate(load(SCHEMA));
                    else for (int k = v; k < upTo; k++) for (String sql : script(SCRIPTS.get(k), d)) s.execute(sql);
                    d.setSchemaVersion(c, upTo);
                    c.commit();
                } catch (SQLException e) {
                    // The cause is what the user must see: a failed rollback or end of transaction after it (the
                    // driver's commit also opens the next transaction, which can be what failed) is only added to it.
                    try {
                        c.rollback();
                    } catch (SQLException rollbackFailed) {
                        e.addSuppressed(rollbackFailed);
                    }
                    try {
                        c.setAutoCommit(true);
                    } catch (SQLException endFailed) {
                        e.addSuppressed(endFailed);
                    }
                    throw e;
                }
                c.setAutoCommit(true);
            }
        } finally {
            if (c.getAutoCommit() != auto) c.setAutoCommit(auto);
        }
    }

    /** The statements of a migration for this engine: its own variant, else the common script adapted. */
    static List<String> script(String name, Dialect d) {
        String variant = d.migrationVariant(name);
        if (!variant.equals(name) && Migrations.class.getResource("/store/migrations/" + variant) != null) {
            return statements(load(variant));
        }
        return statements(load(name)).stream().map(d::ddl).toList();
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/store/migrations/" + name)) {
            if (in == null) throw new IllegalStateException("missing migration resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** A line's comment (compiled once: String.replaceAll compiled it for each of the scripts' 389 lines). */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("--.*$");

    /** Splits a script on semicolons at line ends, dropping comment-only chunks. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = COMMENT.matcher(line).replaceAll("");
            cur.append(code).append('\n');
            if (code.trim().endsWith(";")) {
                String stmt = cur.toString().trim();
                out.add(stmt.substring(0, stmt.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().trim());
        return out;
    }
}
