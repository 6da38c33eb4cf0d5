package org.clashmap.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void newDatabaseIsMigratedToTheLatestSchemaWithWalAndForeignKeys() throws Exception {
        Path f = tmp.resolve("sub/dir/c.db");
        try (Database db = Database.open(f)) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            String mode = db.withConnection(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals("wal", mode);
            int fk = db.withConnection(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, fk);
            int sync = db.withConnection(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA synchronous")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(2, sync, "every commit waits for the disk (FULL)");
            // the file's own header says WAL (bytes 18 and 19: 2 = write-ahead log)
            byte[] header = Files.readAllBytes(f);
            assertEquals(2, header[18]);
            assertEquals(2, header[19]);
        }
        assertTrue(Files.size(f) > 0);
    }

    @Test
    void reopeningKeepsDataAndAppliesNothingTwice() {
        Path f = tmp.resolve("c.db");
        try (Database db = Database.open(f)) {
            db.withConnection(c -> c.createStatement().executeUpdate(
                    "INSERT INTO articles(sha256, file_name, text, ingested_at) VALUES ('x','a.txt','نص','now')"));
        }
        try (Database db = Database.open(f)) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            assertEquals(1L, new EventStore(db).counts().get("articles"));
        }
    }

    @Test
    void databaseFromANewerAppIsRefusedAndLeftUntouched() throws Exception {
        Path f = tmp.resolve("newer.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future(x)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(f);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(f));
        assertTrue(e.getMessage().contains("newer ClashMap"), e.getMessage());
        assertTrue(e.getMessage().contains(f.getFileName().toString()));
        assertArrayEquals(before, Files.readAllBytes(f));
        assertFalse(Files.exists(tmp.resolve("newer.db-wal")));
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path f = tmp.resolve("notes.db");
        Files.writeString(f, "this is a text file, not a database\n");
        byte[] before = Files.readAllBytes(f);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(f));
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void aTruncatedDatabaseGivesAClearMessage() throws Exception {
        Path good = tmp.resolve("good.db");
        try (Database db = Database.open(good)) {
            db.withConnection(c -> c.createStatement().executeUpdate("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        byte[] all = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.db");
        Files.write(cut, java.util.Arrays.copyOf(all, 1000)); // header kept, pages gone
        StoreException e = assertThrows(StoreException.class, () -> Database.open(cut));
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
    }

    @Test
    void aLocationNobodyCanWriteIsRefusedClearly() {
        // procfs refuses new files even to root, so this holds wherever the tests run.
        Path f = Path.of("/proc/clashmap-test/c.db");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftUntouched() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root ignores file permissions");
        Path f = tmp.resolve("ro.db");
        Database.open(f).close();
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(f);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(f));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
    }

    @Test
    void aDirectoryIsNotADatabase() {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(tmp));
        assertTrue(e.getMessage().contains("is a directory"));
    }
}
