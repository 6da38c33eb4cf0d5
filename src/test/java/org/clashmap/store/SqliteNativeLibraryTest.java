package org.clashmap.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver's native library is loaded from the copy in the user's cache on this system (Linux with the GNU C
 * library): a copy the same as the jar's, which SQLite then runs from.
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path tmp;

    @Test
    void aDatabaseOpensWithTheDriverLoadingTheCachedCopyOfItsLibrary() throws Exception {
        Path db = tmp.resolve("a.db");
        try (Database d = Database.open(db)) {
            assertEquals(0, new EventStore(d).counts().get("events"));
        }
        String folder = SqliteNativeLibrary.jarFolder();
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null, "another system: the driver extracts its library itself");
        String dir = System.getProperty("org.sqlite.lib.path");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "the library was loaded before this test's first database");
        Path copy = Path.of(dir, System.getProperty("org.sqlite.lib.name"));
        assertTrue(Files.isRegularFile(copy), copy.toString());
        try (var in = SqliteNativeLibrary.class.getResourceAsStream("/org/sqlite/native/" + folder + "/libsqlitejdbc.so")) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(copy), "the cached copy is the jar's library");
        }
        assertTrue(org.sqlite.SQLiteJDBCLoader.isNativeMode(), "SQLite runs natively");
    }
}
