package org.clashmap.store;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A window on a shared PostgreSQL database hears when another analyst's program commits a change, and not its own changes. */
class ChangeNoticesTest {
    @TempDir
    Path tmp;

    @Test
    void anotherProgramsCommitsAreAnnouncedWithWhoAndWhenAndOwnOnesAreNot() throws Exception {
        try (StoreEngine.Fresh fresh = StoreEngine.POSTGRESQL.fresh(tmp)) {
            Database window = fresh.open();
            Database other = fresh.open();
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(other)).ingestBuiltInSeeds(IngestProgress.NONE);
            long id = new EventStore(window).allEvents().get(0).id();
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable watch = window.watchOthers(heard::add)) {
                new Reviewer(window, "amal").setFatalities(id, 3); // its own change: not announced to itself
                new Reviewer(window, "amal").setReview(id, ReviewStatus.CONFIRMED);
                new Reviewer(other, "omar").setFatalities(id, 4);
                String first = heard.poll(30, TimeUnit.SECONDS);
                assertNotNull(first, "the other program's edit was announced");
                assertTrue(first.matches(fresh.address.user() + " changed the database at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"), first);
                assertEquals(4, new EventStore(window).event(id).fatalities(), "what it heard about is the other's edit");
                // Notices come in commit order, so had the window's own edit been announced to it, a second one
                // would be waiting by now.
                assertNull(heard.poll(3, TimeUnit.SECONDS), "a program does not hear its own changes");
            }
        }
    }

    /**
     * A window on a SQLite file another program also writes to (a CLI ingest) hears of its commits by polling the
     * file's data version: the other's ingest is heard, the window's own edits are not.
     */
    @Test
    void aWindowOnASqliteFileHearsAnotherProgramsIngestAndNotItsOwnEdits() throws Exception {
        try (StoreEngine.Fresh file = StoreEngine.SQLITE.fresh(tmp)) {
            Database window = file.open();
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(window)).ingestBuiltInSeeds(IngestProgress.NONE);
            long id = new EventStore(window).allEvents().get(0).id();
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable watch = window.watchOthers(heard::add)) {
                new Reviewer(window, "amal").setFatalities(id, 3);
                new ControlStore(window).setController("cur:humaymah", "حميمة", "Humaymah", 34.457, 39.786, "regime", java.time.LocalDate.of(2018, 4, 20));
                // Three polls have looked by now: had the window's own commits counted, one would have been heard.
                assertNull(heard.poll(3 * FileChanges.POLL_MS + 500, TimeUnit.MILLISECONDS), "a program does not hear its own changes");

                try (Database cli = file.open()) {
                    Path report = tmp.resolve("report.txt");
                    java.nio.file.Files.writeString(report, "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي يوم 3 أيار 2018، ما أدى إلى مقتل خمسة مدنيين.");
                    var s = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(cli)).ingestFiles(List.of(report), IngestProgress.NONE, () -> false);
                    assertEquals(1, s.added());
                }
                String first = heard.poll(30, TimeUnit.SECONDS);
                assertNotNull(first, "the CLI's ingest was heard");
                assertTrue(first.matches("another program changed the database at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"), first);
                assertEquals(1, new ReportStore(window).reports().stream().filter(r -> "report.txt".equals(r.fileName())).count(),
                        "what it heard about is the other's report");
            }
            assertDoesNotThrow(window::close);
        }
    }
}
