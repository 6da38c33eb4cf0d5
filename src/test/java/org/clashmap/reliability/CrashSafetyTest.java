package org.clashmap.reliability;

import org.clashmap.extract.Extractor;
import org.clashmap.extract.Report;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An ingest killed with SIGKILL in the middle leaves a sound database: integrity_check ok, no
 * half-stored report (each stored article has exactly the events a fresh extraction of its text
 * gives, each event its article), and a rerun completes with no duplicates. The ingest runs in a
 * child JVM ({@code clashmap ingest}) so the kill is real; runs: {@code -Dclashmap.crash.runs} (default 3).
 */
class CrashSafetyTest {
    static final int REPORTS = Integer.getInteger("clashmap.crash.reports", 2000);
    static final int RUNS = Integer.getInteger("clashmap.crash.runs", 3);

    @TempDir
    Path tmp;

    @Test
    void killedIngestLeavesNoHalfStoredReport() throws Exception {
        Path reports = makeReports(tmp.resolve("reports"));
        Path db = tmp.resolve("crash.db");
        long before = 0;
        int kills = 0;
        for (int run = 0; run < RUNS; run++) {
            Process p = ingest(db, reports, tmp.resolve("run" + run + ".log"));
            long target = before + 25L * (run + 1);
            if (!waitForArticles(db, target, p, 240)) {
                p.destroyForcibly().waitFor();
                if (!p.isAlive() && p.exitValue() == 0) break; // finished before the kill point: nothing to kill
                fail("ingest never reached " + target + " articles; log:\n" + Files.readString(tmp.resolve("run" + run + ".log")));
            }
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            long articles = checkConsistent(db);
            assertTrue(articles >= target, "articles after kill " + articles);
            before = articles;
        }
        Process p = ingest(db, reports, tmp.resolve("final.log"));
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the rerun did not finish");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("final.log")));
        assertEquals("ok", integrity(db));
        try (Connection c = connect(db)) {
            assertEquals(REPORTS, scalar(c, "SELECT count(*) FROM articles"), "articles == distinct files");
            assertEquals(REPORTS, scalar(c, "SELECT count(DISTINCT sha256) FROM articles"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM events e WHERE e.origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)"));
        }
        System.out.println("crash-test: " + kills + " SIGKILL runs, " + REPORTS + " reports, integrity ok, 0 half-stored reports, 0 duplicates after rerun");
    }

    /** Copies of the seed reports, each with a numbered line added so every text (and hash) differs. */
    static Path makeReports(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> seeds = Seeds.files();
        List<String> texts = new ArrayList<>();
        for (Path s : seeds) texts.add(Files.readString(s, StandardCharsets.UTF_8));
        for (int i = 0; i < REPORTS; i++) {
            String text = texts.get(i % texts.size()) + "\nنسخة رقم " + i + "\n";
            Files.writeString(dir.resolve(String.format("r%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    static Process ingest(Path db, Path reports, Path log) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.clashmap.cli.Main",
                "ingest", "--db", db.toString(), reports.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static boolean waitForArticles(Path db, long target, Process p, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(db)) {
                try (Connection c = connect(db)) {
                    if (scalar(c, "SELECT count(*) FROM articles") >= target) return true;
                } catch (SQLException notYet) {
                    // schema not created yet, or a moment's lock: poll again
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Integrity ok and every stored article complete; returns the article count. */
    private static long checkConsistent(Path db) throws SQLException {
        assertEquals("ok", integrity(db));
        Extractor extractor = new RuleBasedExtractor(Gazetteers.load());
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.id, a.text, a.published, a.published_precision, a.file_name, a.outlet,"
                     + " (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
                     + " (SELECT count(*) FROM control_claims k WHERE k.article_id = a.id), a.duplicate_of FROM articles a ORDER BY a.id")) {
            long n = 0;
            while (rs.next()) {
                n++;
                if (rs.getObject(9) != null) {
                    // A re-post of a stored report (decision 021: these copies differ by one line) is
                    // stored whole as a report without events or claims of its own, its original complete.
                    assertEquals(0, rs.getInt(7), "events of re-post " + rs.getLong(1));
                    assertEquals(0, rs.getInt(8), "claims of re-post " + rs.getLong(1));
                    assertEquals(1, scalar(c, "SELECT count(*) FROM articles WHERE id = " + rs.getLong(9) + " AND duplicate_of IS NULL"));
                    continue;
                }
                LocalDate published = rs.getString(3) == null ? null : LocalDate.parse(rs.getString(3));
                var x = extractor.extract(new Report(rs.getString(2), published, TimePrecision.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
                assertEquals(x.events().size(), rs.getInt(7), "events of article " + rs.getLong(1) + " (" + rs.getString(5) + ")");
                assertEquals(x.claims().size(), rs.getInt(8), "claims of article " + rs.getLong(1));
            }
            assertEquals(0, scalar(c, "SELECT count(*) FROM event_places p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = p.event_id)"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM event_actors x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.event_id)"));
            assertEquals(0, scalar(c, "SELECT count(*) FROM events e WHERE e.origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)"));
            return n;
        }
    }

    static String integrity(Path db) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) sb.append(sb.isEmpty() ? "" : "\n").append(rs.getString(1));
            return sb.toString();
        }
    }

    static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
