package org.clashmap.store;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Undo and redo of the analyst's merges and splits (decision 037) on the seed reports, on SQLite and PostgreSQL:
 * undo puts every event back in its incident with its pin and link reason, redo brings the edit back, both survive
 * relinking and ingesting the reports again, and an undo whose events were removed since is refused with the reason.
 */
class IncidentUndoTest {
    @TempDir
    Path tmp;

    private static void ingestSeeds(Database db) {
        new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
    }

    /** Where each event stands: its incident, whether pinned, and why it was linked ("7|pinned|analyst: merged"). */
    private static Map<Long, String> places(IncidentStore incidents) {
        Map<Long, String> out = new TreeMap<>();
        for (long incident : new java.util.TreeSet<>(incidents.incidentByEvent().values())) {
            for (IncidentStore.Member m : incidents.incident(incident).members())
                out.put(m.event().id(), incident + "|" + (m.pinned() ? "pinned" : "") + "|" + m.reason());
        }
        return out;
    }

    /**
     * As {@link #places}, naming each incident by its first event rather than its id: relinking gives the unpinned
     * events' incidents new ids, and what must survive it is which events stand together, pinned or not, and why.
     */
    private static Map<Long, String> groups(Map<Long, String> places) {
        Map<String, Long> first = new TreeMap<>();
        places.forEach((e, p) -> first.merge(p.split("\\|")[0], e, Math::min));
        Map<Long, String> out = new TreeMap<>();
        places.forEach((e, p) -> out.put(e, "with " + first.get(p.split("\\|")[0]) + p.substring(p.indexOf('|'))));
        return out;
    }

    private static Map<Long, String> groups(IncidentStore incidents) {
        return groups(places(incidents));
    }

    /** The first two incidents of different reports, each of one event of the seeds. */
    private static long[] twoIncidents(Database db, IncidentStore incidents) {
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(incidents.incidentByEvent().values()));
        long a = ids.get(0);
        Long reportA = incidents.incident(a).members().get(0).event().articleId();
        for (long b : ids) {
            if (!reportA.equals(incidents.incident(b).members().get(0).event().articleId())) return new long[]{a, b};
        }
        throw new AssertionError("the seeds hold incidents of several reports");
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void undoAndRedoOfMergeAndSplitRestoreEveryEventAndSurviveRelinkingAndReingest(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            Database db = fresh.open();
            ingestSeeds(db);
            IncidentStore incidents = new IncidentStore(db, "analyst");
            IncidentUndo undo = new IncidentUndo(db);
            assertNull(undo.lastInForce(), "nothing to undo on a fresh store");
            assertNull(undo.undo());

            long[] ab = twoIncidents(db, incidents);
            long a = ab[0], b = ab[1];
            List<Long> eventsOfB = incidents.incident(b).members().stream().map(m -> m.event().id()).toList();
            long eventOfA = incidents.incident(a).members().get(0).event().id();
            Map<Long, String> start = places(incidents), startGroups = groups(incidents);

            incidents.merge(a, b);
            Map<Long, String> merged = places(incidents), mergedGroups = groups(incidents);
            assertNull(incidents.incident(b), "the merged incident is gone");
            long split = incidents.split(a, eventsOfB);
            Map<Long, String> afterSplit = places(incidents);
            assertEquals("split", undo.lastInForce().action());

            assertEquals("split", undo.undo().action());
            assertEquals(merged, places(incidents), "undoing the split gives back the merged incident, pins and reasons");
            assertNull(incidents.incident(split), "the split's incident is gone again");
            IncidentUndo.Step m = undo.undo();
            assertEquals("merge", m.action());
            assertEquals(a, m.incident());
            assertEquals(b, m.other());
            assertEquals(start, places(incidents), "undoing the merge puts every event back, under incident " + b + " again");
            assertNotNull(incidents.incident(b));
            assertNull(undo.lastInForce());
            assertTrue(incidents.history().stream().allMatch(l -> l.endsWith("(undone)")), String.join("\n", incidents.history()));

            // the undone state is stored: relinking and the same reports again leave it
            incidents.relinkAll();
            ingestSeeds(db);
            assertEquals(startGroups, groups(new IncidentStore(db, "analyst")), "undone stays undone after relinking and re-ingest");

            assertEquals("merge", undo.nextRedo().action(), "redo takes the edit undone last first");
            undo.redo();
            assertEquals(mergedGroups, groups(incidents));
            incidents.relinkAll();
            assertEquals(mergedGroups, groups(incidents), "a redone merge is pinned as the merge was");
            undo.redo();
            Map<Long, String> redone = groups(incidents), splitGroups = groups(afterSplit);
            assertEquals(splitGroups, redone, "redoing the split moves B's events out again, pinned, apart from A's");
            assertNull(undo.nextRedo());

            // a new edit after an undo ends the redo chain
            undo.undo();
            assertEquals("split", undo.nextRedo().action());
            incidents.split(incidents.incidentOf(eventOfA), eventsOfB);
            assertNull(undo.nextRedo(), "a split made after an undo leaves nothing to redo");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void anUndoWhoseEventsWereRemovedIsRefusedWithTheReason(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            Database db = fresh.open();
            ingestSeeds(db);
            IncidentStore incidents = new IncidentStore(db, "analyst");
            long[] ab = twoIncidents(db, incidents);
            long reportOfB = incidents.incident(ab[1]).members().get(0).event().articleId();
            incidents.merge(ab[0], ab[1]);
            new ReportStore(db).removeReport(reportOfB);
            Map<Long, String> before = places(incidents);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IncidentUndo(db).undo());
            assertTrue(e.getMessage().contains("merge of incident " + ab[1] + " into " + ab[0]) && e.getMessage().contains("removed since"), e.getMessage());
            assertEquals(before, places(incidents), "a refused undo changes nothing");
        }
    }
}
