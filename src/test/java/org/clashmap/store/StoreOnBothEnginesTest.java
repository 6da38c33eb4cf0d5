package org.clashmap.store;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.ingest.Ingester;
import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The store's core on both engines (decision 027), on the real seed reports: ingest, the map's
 * window + box query, analyst edits, incidents, and two writers at once. Each case runs on SQLite and
 * on PostgreSQL/PostGIS; on PostgreSQL the events read back must equal what SQLite gives for the same
 * reports, field for field.
 */
class StoreOnBothEnginesTest {
    @TempDir
    Path tmp;

    private static Ingester ingester(Database db) {
        return new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db));
    }

    /** Everything the store hands back about the events, one line each, for comparing engines. */
    static List<String> snapshot(Database db) {
        List<String> out = new ArrayList<>();
        IncidentStore incidents = new IncidentStore(db, "test");
        var incidentOf = incidents.incidentByEvent();
        for (StoredEvent e : new EventStore(db).allEvents()) {
            out.add(e.id() + " " + e.articleId() + " " + e.origin() + " " + e.type() + " " + e.subType() + " " + e.date() + " " + e.fatalities()
                    + " " + e.wounded() + " " + e.confidence() + " " + e.review() + " " + e.edited() + " " + e.outlet() + " " + e.actors()
                    + " " + e.places() + " incident " + incidentOf.get(e.id()) + " " + e.sentence());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void theSeedsAreStoredOnceAndReadBackAsOnSqlite(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp); StoreEngine.Fresh reference = StoreEngine.SQLITE.fresh(tmp)) {
            Database db = fresh.open();
            IngestSummary first = ingester(db).ingestBuiltInSeeds(IngestProgress.NONE);
            assertEquals(Seeds.files().size(), first.added());
            assertTrue(first.events() > 20, "the seeds tell dozens of events: " + first.events());
            IngestSummary again = ingester(db).ingestBuiltInSeeds(IngestProgress.NONE);
            assertEquals(0, again.added(), "the same reports again change nothing");
            assertEquals(Migrations.latestVersion(), db.schemaVersion());

            Database sqlite = reference.open();
            ingester(sqlite).ingestBuiltInSeeds(IngestProgress.NONE);
            assertEquals(new EventStore(sqlite).counts(), new EventStore(db).counts());
            assertEquals(snapshot(sqlite), snapshot(db));
        }
    }

    /**
     * A dataset import (the bulk path: arrays and COPY on PostgreSQL, batched INSERTs on SQLite) stores the real
     * UCDP excerpt once, counts a second import as duplicates, and reads back on PostgreSQL what SQLite gives.
     */
    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void aDatasetImportIsStoredOnceAndReadBackAsOnSqlite(StoreEngine engine) throws Exception {
        Path csv = Path.of(System.getProperty("clashmap.repo", ".")).resolve("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv");
        try (StoreEngine.Fresh fresh = engine.fresh(tmp); StoreEngine.Fresh reference = StoreEngine.SQLITE.fresh(tmp)) {
            List<List<String>> read = new ArrayList<>();
            for (StoreEngine.Fresh f : List.of(fresh, reference)) {
                Database db = f.open();
                DatasetStore store = new DatasetStore(db);
                var first = new org.clashmap.datasets.Importer(store, m -> { }).importFile(org.clashmap.datasets.Format.UCDP, csv);
                var again = new org.clashmap.datasets.Importer(store, m -> { }).importFile(org.clashmap.datasets.Format.UCDP, csv);
                assertTrue(first.imported() > 50, "the excerpt's rows: " + first);
                assertEquals(0, again.imported());
                assertEquals(first.imported(), again.duplicates());
                assertEquals(first.imported(), store.count(first.origin()));
                assertEquals(first.imported(), new EventStore(db).counts().get("event_places"), "one place per event, none for the duplicates");
                read.add(store.events(first.origin()).stream().map(Object::toString).sorted().toList());
            }
            assertEquals(read.get(1), read.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void aTimeWindowAndABoxSelectTheEventsWithAPlaceInsideOnTheDaysAsked(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            Database db = fresh.open();
            ingester(db).ingestBuiltInSeeds(IngestProgress.NONE);
            EventStore store = new EventStore(db);
            List<StoredEvent> all = store.allEvents();
            LocalDate last = store.latestEventDay();
            assertNotNull(last);
            // The western half of Syria over the last month of the seeds, and all of it over all time.
            double[][] boxes = {{35.5, 32.3, 38.5, 37.4}, {35.0, 32.0, 42.5, 37.5}};
            LocalDate[][] windows = {{last.minusDays(30), last}, {LocalDate.of(2000, 1, 1), last}};
            int nonEmpty = 0;
            for (double[] b : boxes) {
                for (LocalDate[] w : windows) {
                    List<Long> expected = all.stream().filter(e -> !e.edited() && e.date().isKnown()
                                    && !e.date().from().isAfter(w[1]) && !e.date().to().isBefore(w[0])
                                    && e.places().stream().anyMatch(p -> p.lon() >= b[0] && p.lat() >= b[1] && p.lon() <= b[2] && p.lat() <= b[3]))
                            .map(StoredEvent::id).sorted().toList();
                    assertEquals(expected, store.eventIdsIn(w[0], w[1], b[0], b[1], b[2], b[3]));
                    if (!expected.isEmpty()) nonEmpty++;
                }
            }
            assertTrue(nonEmpty >= 3, "the seeds have events in most of these windows");
            assertEquals(List.of(), store.eventIdsIn(last.plusDays(1), last.plusDays(40), 35.0, 32.0, 42.5, 37.5), "nothing after the newest event");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void editsAreKeptBesideTheOriginalAndSurviveReopeningAndReingest(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            long id;
            Integer originalDead;
            try (Database db = fresh.open()) {
                ingester(db).ingestBuiltInSeeds(IngestProgress.NONE);
                StoredEvent e = new EventStore(db).allEvents().get(0);
                id = e.id();
                originalDead = e.fatalities();
                Reviewer r = new Reviewer(db, "amal");
                r.setFatalities(id, 11);
                r.setReview(id, ReviewStatus.CONFIRMED);
                assertTrue(r.undoLast(id));
                assertEquals(ReviewStatus.UNREVIEWED, new EventStore(db).event(id).review());
                assertTrue(r.redoLast(id));
            }
            try (Database db = fresh.open()) {
                assertEquals(0, ingester(db).ingestBuiltInSeeds(IngestProgress.NONE).added());
                StoredEvent e = new EventStore(db).event(id);
                assertEquals(11, e.fatalities());
                assertEquals(ReviewStatus.CONFIRMED, e.review());
                assertTrue(e.edited());
                List<String> history = new Reviewer(db, "amal").history(id);
                assertEquals(2, history.size());
                assertTrue(history.get(1).contains("amal") && history.get(1).contains("fatalities"), history.toString());
                int stored = db.withConnection(c -> {
                    try (var rs = c.createStatement().executeQuery("SELECT coalesce(fatalities, -1) FROM events WHERE id = " + id)) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertEquals(originalDead == null ? -1 : originalDead, stored, "the machine's original row is never overwritten");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void incidentsAreMergedAndSplitByTheAnalystAndRelinkingKeepsThat(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            Database db = fresh.open();
            ingester(db).ingestBuiltInSeeds(IngestProgress.NONE);
            IncidentStore incidents = new IncidentStore(db, "amal");
            List<StoredEvent> events = new EventStore(db).allEvents();
            long a = incidents.incidentOf(events.get(0).id());
            long b = incidents.incidentOf(events.get(1).id());
            assertNotEquals(a, b);
            incidents.merge(a, b);
            assertEquals(a, incidents.incidentOf(events.get(1).id()));
            assertNull(incidents.incident(b), "the merged incident is gone");
            incidents.relinkAll();
            assertEquals(a, incidents.incidentOf(events.get(1).id()), "relinking keeps the analyst's merge");
            long c = incidents.split(a, List.of(events.get(1).id()));
            assertEquals(c, incidents.incidentOf(events.get(1).id()));
            assertEquals(1, incidents.incident(a).members().size());
            List<String> history = incidents.history();
            assertEquals(2, history.size(), history.toString());
            assertTrue(history.stream().allMatch(h -> h.contains("amal")), history.toString());
        }
    }

    /**
     * Two analysts ingest the same folder at the same moment, each through their own connection: every
     * report is stored once, with its events once.
     */
    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void twoIngestsOfOneFolderAtOnceStoreEachReportOnce(StoreEngine engine) throws Exception {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp); StoreEngine.Fresh reference = StoreEngine.SQLITE.fresh(tmp)) {
            fresh.open().close(); // created and migrated before the race: the race is about reports
            Database once = reference.open();
            ingester(once).ingestPaths(List.of(Seeds.dir()), IngestProgress.NONE, () -> false);
            var expected = new EventStore(once).counts();

            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<IngestSummary>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Callable<IngestSummary> ingest = () -> {
                        try (Database db = fresh.open()) {
                            Ingester in = ingester(db);
                            start.await();
                            return in.ingestPaths(List.of(Seeds.dir()), IngestProgress.NONE, () -> false);
                        }
                    };
                    runs.add(pool.submit(ingest));
                }
                int added = 0;
                for (Future<IngestSummary> f : runs) {
                    IngestSummary s = f.get();
                    assertEquals(List.of(), s.problems());
                    added += s.added();
                }
                assertEquals(Seeds.files().size(), added, "each report stored by exactly one of the two");
            } finally {
                pool.shutdownNow();
            }
            try (Database db = fresh.open()) {
                assertEquals(expected, new EventStore(db).counts(), "no report, event or place twice");
            }
        }
    }

    /**
     * Two analysts have the same event open; the first corrects its dead, the second, not knowing,
     * rejects it: the second is refused and told what the first did; made again, it goes through.
     */
    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void aSecondAnalystsEditOfAChangedEventIsRefusedWithTheOthersChange(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            try (Database db = fresh.open()) {
                ingester(db).ingestBuiltInSeeds(IngestProgress.NONE);
            }
            Database first = fresh.open();
            Database second = fresh.open();
            long id = new EventStore(first).allEvents().get(0).id();
            Reviewer amal = new Reviewer(first, "amal");
            Reviewer omar = new Reviewer(second, "omar");
            amal.look(id);
            omar.look(id);
            amal.setFatalities(id, 12);
            Reviewer.EditConflict refused = assertThrows(Reviewer.EditConflict.class, () -> omar.setReview(id, ReviewStatus.REJECTED));
            assertTrue(refused.getMessage().contains("amal set fatalities to '12'"), refused.getMessage());
            StoredEvent now = new EventStore(second).event(id);
            assertEquals(12, now.fatalities(), "amal's edit stands");
            assertEquals(ReviewStatus.UNREVIEWED, now.review(), "omar's refused edit left nothing");
            omar.setReview(id, ReviewStatus.REJECTED); // omar has now seen amal's change
            assertEquals(ReviewStatus.REJECTED, new EventStore(first).event(id).review());
            assertThrows(Reviewer.EditConflict.class, () -> amal.undoLast(id), "amal's undo would now undo omar's rejection");
            assertEquals(2, amal.history(id).size());
        }
    }

    /**
     * The seeds with an analyst's work on them (edits, one undone, a merge and a split) are copied from
     * SQLite to the engine and back into a new SQLite file: every row, edit and history line comes back,
     * and the copy goes on taking new work (its ids continue after the copied ones).
     */
    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void storeCopyRoundTripsTheSeedsWithEditsAndHistory(StoreEngine engine) {
        try (StoreEngine.Fresh origin = StoreEngine.SQLITE.fresh(tmp); StoreEngine.Fresh middle = engine.fresh(tmp);
             StoreEngine.Fresh back = StoreEngine.SQLITE.fresh(tmp)) {
            Database source = origin.open();
            ingester(source).ingestBuiltInSeeds(IngestProgress.NONE);
            List<StoredEvent> events = new EventStore(source).allEvents();
            Reviewer amal = new Reviewer(source, "amal");
            amal.setFatalities(events.get(2).id(), 4);
            amal.setReview(events.get(3).id(), ReviewStatus.REJECTED);
            amal.setActors(events.get(4).id(), "hts", "regime");
            amal.undoLast(events.get(4).id());
            IncidentStore incidents = new IncidentStore(source, "amal");
            long keep = incidents.incidentOf(events.get(0).id());
            incidents.merge(keep, incidents.incidentOf(events.get(5).id()));
            incidents.split(keep, List.of(events.get(5).id()));
            LocalDate day = LocalDate.of(2018, 4, 25);
            new ControlStore(source).storeDerived(List.of(), List.of(new DerivedControl.Map(new DerivedControl.Day(day, false,
                    new DerivedControl.Options(180, 7, 120, 3, 8, 2, 4)), "amal",
                    List.of(new DerivedControl.Dot("cur:humaymah", "حميمة", "isis", "regime", true, 2, 34.457, 39.786)),
                    List.of(new DerivedControl.Line("isis", "regime", 3, true, new double[]{38.9, 34.1, 39.0, 34.6, 39.1, 35.0})),
                    List.of(new DerivedControl.Zone(2, List.of(new double[]{39.7, 34.4, 39.9, 34.4, 39.8, 34.5}))))));

            Database there = middle.open();
            Database home = back.open();
            java.util.Map<String, Long> out = StoreCopy.copy(source, there, line -> { });
            java.util.Map<String, Long> in = StoreCopy.copy(there, home, line -> { });
            assertEquals(out, in);
            assertEquals(3, out.get("edits"), "three edits (one of them undone)");
            assertEquals(2, out.get("incident_edits"));
            assertEquals(1, out.get("front_lines"), "the stored control layers go with the data");
            for (Database copy : List.of(there, home)) {
                assertEquals(snapshot(source), snapshot(copy));
                assertEquals(new ControlStore(source).derivedDays(), new ControlStore(copy).derivedDays());
                assertArrayEquals(new int[]{1, 1, 1}, new ControlStore(copy).derivedCounts(day));
                assertEquals(new IncidentStore(source, "x").history(), new IncidentStore(copy, "x").history());
                for (StoredEvent e : events.subList(0, 6)) {
                    assertEquals(new Reviewer(source, "x").history(e.id()), new Reviewer(copy, "x").history(e.id()));
                }
            }
            var refused = assertThrows(IllegalArgumentException.class, () -> StoreCopy.copy(source, home, line -> { }));
            assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());

            // New work on the copy gets ids after the copied ones (a clash would fail on the primary key).
            new Reviewer(there, "omar").setFatalities(events.get(6).id(), 2);
            IncidentStore theirs = new IncidentStore(there, "omar");
            theirs.merge(theirs.incidentOf(events.get(7).id()), theirs.incidentOf(events.get(8).id()));
            assertEquals(4, new EventStore(there).counts().get("edits"));
            assertEquals(3, theirs.history().size());
            assertTrue(new Reviewer(there, "x").history(events.get(6).id()).get(0).contains("omar"));
        }
    }
}
