package org.clashmap.store;

import org.clashmap.datasets.Generator;
import org.clashmap.datasets.UcdpProfile;
import org.clashmap.extract.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The lean load read on two connections at once hands the sink exactly the rows, in exactly the
 * order, of the single-connection read — edits applied in both halves — on events from
 * {@code clashmap generate}.
 */
class ParallelLeanLoadTest {
    /** Every argument of every row, as text: two reads agree when these lists are equal. */
    private static final class Recording implements IncidentRowSink {
        final List<String> rows = new ArrayList<>();

        @Override
        public void row(long eventId, EventType type, int dayFrom, int dayTo, int fatalities, int placeFatalities, double eventConfidence, boolean rejected,
                        boolean edited, boolean hasPlace, double lat, double lon, double precisionKm, double placeConfidence) {
            rows.add(eventId + "|" + type + "|" + dayFrom + "|" + dayTo + "|" + fatalities + "|" + placeFatalities + "|" + eventConfidence + "|" + rejected + "|"
                    + edited + "|" + hasPlace + "|" + lat + "|" + lon + "|" + precisionKm + "|" + placeConfidence);
        }
    }

    @Test
    void twoReadersGiveTheSameRowsInTheSameOrderAsOne(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            new Generator(UcdpProfile.bundled(), 3).fill(new DatasetStore(db), 4_000, 1_000);
            EventStore store = new EventStore(db);
            Reviewer reviewer = new Reviewer(db, "test");
            long lowId = 5, highId = 3_990; // one edit in each half
            reviewer.setReview(lowId, ReviewStatus.REJECTED);
            reviewer.setFatalities(highId, 77);

            Recording one = new Recording(), two = new Recording();
            store.forEachIncidentRow(one, Long.MAX_VALUE);
            store.forEachIncidentRow(two, 0);
            assertEquals(4_000, one.rows.stream().map(r -> r.substring(0, r.indexOf('|'))).distinct().count());
            assertEquals(one.rows, two.rows);
            assertTrue(two.rows.stream().anyMatch(r -> r.startsWith(lowId + "|") && r.contains("|true|true|")), "rejection applied in the lower half");
            assertTrue(two.rows.stream().anyMatch(r -> r.startsWith(highId + "|") && r.contains("|77|")), "edit applied in the upper half");
        }
    }
}
