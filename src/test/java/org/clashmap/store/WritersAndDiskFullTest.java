package org.clashmap.store;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 23 items 6 and 7: writers take turns on one file; a full disk stops a run at the first error, with its cause. */
class WritersAndDiskFullTest {
    @TempDir
    Path tmp;

    static long count(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }

    @Test
    void twoProgramsOpeningANewDatabaseAtOnceBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Path db = tmp.resolve("race-" + round + ".db");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    // separate connections, as two processes would have
                    runs.add(pool.submit(() -> {
                        start.await();
                        try (Database d = Database.open(db)) {
                            return d.schemaVersion();
                        }
                    }));
                }
                for (Future<Integer> f : runs) assertEquals(Migrations.latestVersion(), f.get(), "round " + round);
                assertEquals(0, count(db, "articles"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondWriterWaitsForTheFirstInsteadOfFailing() throws Exception {
        Path db = tmp.resolve("wait.db");
        try (Database d = Database.open(db)) {
            // another program holds the write lock for a second, then commits
            Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
            Statement s = other.createStatement();
            s.execute("BEGIN IMMEDIATE");
            s.execute("CREATE TABLE other_program (x)");
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1000);
                    s.execute("COMMIT");
                    other.close();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            release.start();
            var summary = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(d))
                    .ingestFiles(Seeds.files(), IngestProgress.NONE, () -> false);
            release.join();
            assertTrue(summary.problems().isEmpty(), summary.problems().toString());
            assertEquals(Seeds.files().size(), summary.added());
        }
        assertEquals(Seeds.files().size(), count(db, "articles"));
    }

    @Test
    void aFullDiskStopsTheIngestAtTheFirstErrorWithOneClearReason() throws Exception {
        Path db = tmp.resolve("full.db");
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        for (int i = 0; i < 80; i++) {
            Files.writeString(reports.resolve(String.format("r%03d.txt", i)),
                    // Each report needs overflow pages: with the file capped, not even the first one alone
                    // fits in the free space of the tables' root pages (which one is stored first depends on timing).
                    "قصفت طائرات حربية مدينة حلب وقتل " + (i + 2) + " مدنيين في حي الشعار. " + "اشتباكات عنيفة في ريف حمص الشرقي. ".repeat(200 + i));
        }
        try (Database d = Database.open(db)) {
            long pages = d.withConnection(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    return rs.getLong(1);
                }
            });
            // SQLite's own "database or disk is full": the file may not grow any more
            d.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pages);
                }
                return null;
            });
            Ingester ingester = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(d));
            StoreException e = assertThrows(StoreException.class,
                    () -> ingester.ingestFiles(Ingester.expand(List.of(reports)), IngestProgress.NONE, () -> false));
            assertTrue(e.getMessage().contains(db.toString()) && e.getMessage().contains("the disk is full"), e.getMessage());
            assertTrue(e.databaseUnusable());
            assertEquals(1, e.getMessage().lines().count());
        }
        assertEquals(0, count(db, "articles"), "nothing half-written");
        assertEquals(0, count(db, "events"));
    }
}
