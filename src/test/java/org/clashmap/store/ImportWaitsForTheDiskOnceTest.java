package org.clashmap.store;

import org.clashmap.datasets.Format;
import org.clashmap.datasets.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An import's batches commit without waiting for the disk and the import waits once at its end (decision 073):
 * while it runs the connection does not sync each commit, afterwards it does again, and what the import stored is
 * then in the database file itself, not only in its write-ahead log. Checked on the real UCDP excerpt.
 */
class ImportWaitsForTheDiskOnceTest {
    static final Path EXCERPT = Path.of(System.getProperty("clashmap.repo", ".")).resolve("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv");

    @TempDir
    Path tmp;

    @Test
    void theImportedRowsAreInTheDatabaseFileWhenTheImportReturns() throws Exception {
        Path f = tmp.resolve("store.db");
        try (Database db = Database.open(f)) {
            var summary = new Importer(new DatasetStore(db), m -> { }).importFile(Format.UCDP, EXCERPT);
            assertEquals(2, pragma(db, "PRAGMA synchronous"), "each later commit waits for the disk again (FULL)");
            // the database file alone, copied while the store is still open (its close would checkpoint anyway)
            Path alone = tmp.resolve("alone.db");
            Files.copy(f, alone);
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + alone); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM events WHERE origin = 'ucdp'")) {
                rs.next();
                assertEquals(summary.imported(), rs.getInt(1));
            }
        }
    }

    @Test
    void theBatchesCommitWithoutWaitingAndAFailureStillRestoresWaiting() {
        try (Database db = Database.open(tmp.resolve("store.db"))) {
            DatasetStore store = new DatasetStore(db);
            assertEquals(1, (int) store.importing(() -> pragma(db, "PRAGMA synchronous")), "NORMAL while the batches run");
            assertThrows(IllegalStateException.class, () -> store.importing(() -> {
                throw new IllegalStateException("a row the store refused");
            }));
            assertEquals(2, pragma(db, "PRAGMA synchronous"));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void bothEnginesWaitForEachCommitAgainAfterAnImport(StoreEngine engine) throws Exception {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            Database db = fresh.open();
            var summary = new Importer(new DatasetStore(db), m -> { }).importFile(Format.UCDP, EXCERPT);
            assertEquals(summary.imported(), new DatasetStore(db).count(summary.origin()));
            String setting = db.withConnection(c -> {
                try (Statement s = c.createStatement();
                     var rs = s.executeQuery(db.address().isPostgresql() ? "SHOW synchronous_commit" : "PRAGMA synchronous")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals(db.address().isPostgresql() ? "on" : "2", setting);
        }
    }

    private static int pragma(Database db, String sql) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
