package org.clashmap.store;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
            try (StoreEngine.Fresh file = StoreEngine.SQLITE.fresh(tmp); Database sqlite = file.open();
                 AutoCloseable none = sqlite.watchOthers(heard::add)) {
                assertNotNull(none, "a SQLite file has no notices, and watching it is harmless");
            }
        }
    }
}
