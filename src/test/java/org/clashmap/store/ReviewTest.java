package org.clashmap.store;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Analyst edits on events extracted from the real seeds: stored beside originals, surviving everything. */
class ReviewTest {
    @TempDir
    Path tmp;
    Path dbFile;

    @BeforeEach
    void ingestSeeds() {
        dbFile = tmp.resolve("review.db");
        try (Database db = Database.open(dbFile)) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
        }
    }

    private StoredEvent first(Database db) {
        return new EventStore(db).allEvents().get(0);
    }

    @Test
    void aRejectionSurvivesReopeningAndReingestingTheSameReport() {
        long id;
        try (Database db = Database.open(dbFile)) {
            id = first(db).id();
            new Reviewer(db, "analyst").setReview(id, ReviewStatus.REJECTED);
        }
        try (Database db = Database.open(dbFile)) {
            long before = new EventStore(db).counts().get("events");
            var summary = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            assertEquals(0, summary.added());
            assertEquals(before, new EventStore(db).counts().get("events"));
            StoredEvent e = new EventStore(db).event(id);
            assertEquals(ReviewStatus.REJECTED, e.review());
            assertTrue(e.edited());
        }
    }

    @Test
    void editsAreKeptBesideTheOriginalAndCanBeUndoneAndRedone() {
        try (Database db = Database.open(dbFile)) {
            EventStore store = new EventStore(db);
            StoredEvent original = first(db);
            Reviewer r = new Reviewer(db, "analyst");
            r.setFatalities(original.id(), 7);
            assertEquals(7, store.event(original.id()).fatalities());
            int originalDead = db.withConnection(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT coalesce(fatalities, -1) FROM events WHERE id = " + original.id())) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(original.fatalities() == null ? -1 : original.fatalities(), originalDead, "the original row is never overwritten");
            assertTrue(r.undoLast(original.id()));
            assertEquals(original.fatalities(), store.event(original.id()).fatalities());
            assertTrue(r.redoLast(original.id()));
            assertEquals(7, store.event(original.id()).fatalities());
            r.setFatalities(original.id(), 9);
            assertTrue(r.undoLast(original.id()));
            assertTrue(r.redoLast(original.id()));
            assertFalse(r.redoLast(original.id()), "nothing left to redo");
            assertEquals(9, store.event(original.id()).fatalities());
            assertTrue(r.history(original.id()).get(0).contains("analyst"));
            // The edit's time reads as a local ISO date and time to the second, not an instant with nanoseconds.
            String newest = r.history(original.id()).get(0);
            assertTrue(newest.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}  analyst  .*"), newest);
            java.time.LocalDateTime when = java.time.LocalDateTime.parse(newest.substring(0, 19).replace(' ', 'T'));
            assertTrue(Math.abs(java.time.Duration.between(when, java.time.LocalDateTime.now()).toMinutes()) < 10, "local time of the edit: " + newest);
        }
    }

    @Test
    void aPlacePickedFromTheGazetteerMovesTheEvent() {
        try (Database db = Database.open(dbFile)) {
            EventStore store = new EventStore(db);
            StoredEvent e = first(db);
            Place tadmur = Gazetteers.load().lookup("تدمر", org.clashmap.gazetteer.Context.NONE).get(0).place();
            EventPlace old = e.places().get(0);
            new Reviewer(db, "analyst").setPlace(e.id(), 0, new EventPlace(tadmur.id(), tadmur.nameAr(), tadmur.nameEn(), null,
                    tadmur.lat(), tadmur.lon(), tadmur.precisionKm(), 1, old.charStart(), old.charEnd()));
            EventPlace moved = store.event(e.id()).places().get(0);
            assertEquals(tadmur.lat(), moved.lat(), 1e-9);
            assertEquals(tadmur.lon(), moved.lon(), 1e-9);
            assertEquals("تدمر", moved.nameAr());
            assertEquals(e.places().size(), store.event(e.id()).places().size());
        }
    }

    @Test
    void actorsCanBeCorrected() {
        try (Database db = Database.open(dbFile)) {
            StoredEvent e = first(db);
            new Reviewer(db, "analyst").setActors(e.id(), "hts", "regime");
            StoredEvent edited = new EventStore(db).event(e.id());
            assertEquals("hts", edited.actor(ActorRole.ACTOR1));
            assertEquals("regime", edited.actor(ActorRole.ACTOR2));
        }
    }
}
