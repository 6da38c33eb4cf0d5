package org.clashmap.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An analyst who owns a new database but is not a superuser cannot create PostGIS (decision 031): the first
 * opening says in one line what an administrator runs, and writes nothing; once the administrator has run
 * it, the analyst's opening creates ClashMap's tables and works.
 */
class PostgisWithoutSuperuserTest {
    @TempDir
    Path tmp;

    @Test
    void theAnalystIsToldWhatTheAdministratorRunsAndThenItWorks() throws Exception {
        try (StoreEngine.Fresh admin = StoreEngine.POSTGRESQL.fresh(tmp)) {
            String role = "analyst_" + ProcessHandle.current().pid(), db = "clashmap_own_" + ProcessHandle.current().pid();
            run(admin.address, "CREATE ROLE " + role + " LOGIN NOSUPERUSER");
            try {
                run(admin.address, "CREATE DATABASE " + db + " OWNER " + role);
                DatabaseAddress asAnalyst = DatabaseAddress.parse(admin.address.toString()
                        .replaceFirst("(postgres(ql)?://[^/]*/)[^?]*", "$1" + db).replaceFirst("user=[^&]*", "user=" + role));
                DatabaseAddress asAdmin = DatabaseAddress.parse(admin.address.toString().replaceFirst("(postgres(ql)?://[^/]*/)[^?]*", "$1" + db));
                assertEquals(role, asAnalyst.user());

                StoreException refused = assertThrows(StoreException.class, () -> Database.open(asAnalyst).close());
                String m = refused.getMessage();
                assertFalse(m.contains("\n"), "one line: " + m);
                assertTrue(m.contains("CREATE EXTENSION postgis") && m.contains("database " + db) && m.contains("user " + role), m);
                assertEquals(0, count(asAdmin, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
                        "nothing was written before PostGIS was there");

                run(asAdmin, "CREATE EXTENSION postgis");
                try (Database opened = Database.open(asAnalyst)) {
                    assertEquals(Migrations.latestVersion(), opened.schemaVersion());
                    new ControlStore(opened).setController("cur:humaymah", "حميمة", "Humaymah", 34.457, 39.786, "regime", LocalDate.of(2018, 4, 20));
                }
                assertEquals(1, count(asAdmin, "SELECT count(*) FROM control_claims WHERE geom IS NOT NULL"), "the claim has its PostGIS point");
                assertEquals(role, string(asAdmin, "SELECT tableowner FROM pg_tables WHERE tablename = 'events'"), "the analyst owns the tables");
            } finally {
                run(admin.address, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                run(admin.address, "DROP ROLE IF EXISTS " + role);
            }
        }
    }

    private static void run(DatabaseAddress a, String sql) throws SQLException {
        try (Connection c = Postgres.connect(a); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(DatabaseAddress a, String sql) throws SQLException {
        return Long.parseLong(string(a, sql));
    }

    private static String string(DatabaseAddress a, String sql) throws SQLException {
        try (Connection c = Postgres.connect(a); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
