package org.clashmap.geo.index;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The lean column load must give the very same incidents as building from full records, edits included. */
public class IncidentSetLeanTest {
    @Test
    void leanLoadMatchesFullRecords(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            EventStore store = new EventStore(db);
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), store).ingestBuiltInSeeds(IngestProgress.NONE);
            long rejected = store.allEvents().get(0).id();
            new Reviewer(db, "analyst").setReview(rejected, ReviewStatus.REJECTED);

            List<StoredEvent> events = store.allEvents();
            IncidentSet full = IncidentSet.of(events);
            IncidentSet.Builder b = IncidentSet.builder();
            store.forEachIncidentRow(b);
            IncidentSet lean = b.build();

            assertFalse(lean.hasEvents());
            assertEquals(events.size(), lean.eventCount());
            SameIncidents.assertSameMap(full, lean);
            for (int e = 0; e < events.size(); e++) {
                assertEquals(events.get(e).id(), lean.eventId(e));
                assertEquals(e, lean.eventIndexOfId(events.get(e).id()));
            }
            int ri = lean.eventIndexOfId(rejected);
            assertTrue((lean.eventColumns().flags()[ri] & IncidentSet.FLAG_REJECTED) != 0, "the edit is applied");
        }
    }
}
