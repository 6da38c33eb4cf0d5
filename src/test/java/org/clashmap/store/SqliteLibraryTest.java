package org.clashmap.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.*;

/** The SQLite driver's native library is copied once per jar into the cache, whole, and the driver pointed at the copy. */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetTheCopy() {
        // this JVM's driver is loaded already; the properties only matter to a driver not yet loaded
        System.clearProperty(SqliteLibrary.PATH);
        System.clearProperty(SqliteLibrary.NAME);
    }

    @Test
    void theLibraryIsCopiedOnceAndTheDriverPointedAtTheCopy() throws Exception {
        Path jar = Files.writeString(dir.resolve("clashmap.jar"), "a jar");
        Path cache = Files.createDirectories(dir.resolve("sqlite"));
        SqliteLibrary.useCachedCopy(jar, cache);
        String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
        Path copy = Path.of(System.getProperty(SqliteLibrary.PATH)).resolve(System.getProperty(SqliteLibrary.NAME));
        assertEquals(name, copy.getFileName().toString());
        assertEquals(cache.resolve(SqliteLibrary.key(jar)), copy.getParent());
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(copy), "the jar's library, byte for byte");
        }
        try (var files = Files.list(copy.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
        FileTime made = Files.getLastModifiedTime(copy);
        Thread.sleep(20);
        forgetTheCopy(); // a new process
        SqliteLibrary.useCachedCopy(jar, cache);
        assertEquals(made, Files.getLastModifiedTime(copy), "the second run uses the copy as it is");
    }

    @Test
    void aRebuiltJarGetsItsOwnCopyAndTheOldOneGoes() throws Exception {
        Path jar = Files.writeString(dir.resolve("clashmap.jar"), "a jar");
        Path cache = Files.createDirectories(dir.resolve("sqlite"));
        SqliteLibrary.useCachedCopy(jar, cache);
        Path first = Path.of(System.getProperty(SqliteLibrary.PATH));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        forgetTheCopy(); // a new process
        SqliteLibrary.useCachedCopy(jar, cache);
        Path second = Path.of(System.getProperty(SqliteLibrary.PATH));
        assertNotEquals(first, second);
        assertFalse(Files.exists(first));
        assertTrue(Files.isDirectory(second));
    }

    @Test
    void aPathTheUserSetWins() throws Exception {
        System.setProperty(SqliteLibrary.PATH, "/opt/sqlite");
        SqliteLibrary.useCachedCopy(Files.writeString(dir.resolve("clashmap.jar"), "a jar"), Files.createDirectories(dir.resolve("sqlite")));
        assertEquals("/opt/sqlite", System.getProperty(SqliteLibrary.PATH));
        try (var files = Files.list(dir.resolve("sqlite"))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void withoutACacheTheDriverIsLeftToItself() throws Exception {
        SqliteLibrary.useCachedCopy(Files.writeString(dir.resolve("clashmap.jar"), "a jar"), null);
        assertNull(System.getProperty(SqliteLibrary.PATH));
    }
}
