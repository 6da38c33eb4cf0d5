package org.clashmap.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** What --db selects: a PostgreSQL address in libpq's forms, anything else a SQLite path; never a password. */
class DatabaseAddressTest {
    @Test
    void aHostPortAndUserSelectPostgresqlOverTcp() {
        DatabaseAddress a = DatabaseAddress.parse("postgresql://gis.team.lan:5433/clashmap?user=amal");
        assertTrue(a.isPostgresql());
        assertNull(a.file());
        assertEquals("gis.team.lan", a.host());
        assertEquals(5433, a.port());
        assertEquals("clashmap", a.database());
        assertEquals("amal", a.user());
        assertNull(a.socketDir());
        assertEquals("postgresql://gis.team.lan:5433/clashmap?user=amal", a.toString());
        assertEquals(5432, DatabaseAddress.parse("postgres://db/x?user=u").port());
    }

    @Test
    void aSocketFolderSelectsTheUnixSocketAsLibpqDoes() {
        DatabaseAddress a = DatabaseAddress.parse("postgresql:///clashmap?host=/tmp/pg&user=omar");
        assertEquals("/tmp/pg", a.socketDir());
        assertEquals("clashmap", a.database());
        assertEquals("omar", a.user());
        assertEquals(a, DatabaseAddress.parse(a.toString()), "the address prints as it can be typed again");
        assertEquals("/var/run/postgresql", DatabaseAddress.parse("postgresql:///clashmap?user=omar").socketDir());
        assertEquals("/tmp/pg", DatabaseAddress.parse("postgresql://%2Ftmp%2Fpg/clashmap?user=omar").socketDir());
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutBeingRepeated() {
        for (String spec : new String[]{"postgresql://amal:s3cret@db/clashmap", "postgresql://db/clashmap?user=amal&password=s3cret"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseAddress.parse(spec));
            assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        }
    }

    @Test
    void anAddressWithoutDatabaseOrWithUnknownParametersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseAddress.parse("postgresql://db/?user=amal"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseAddress.parse("postgresql://db/x?sslmode=require&user=amal"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseAddress.parse("postgresql://db:fivefourthreetwo/x"));
    }

    @Test
    void anythingElseIsASqliteFile() {
        for (String spec : new String[]{"/tmp/team.db", "postgresql.db", "data/postgresql:/x.db"}) {
            DatabaseAddress a = DatabaseAddress.parse(spec);
            assertFalse(a.isPostgresql());
            assertEquals(Path.of(spec), a.file());
        }
    }
}
