package org.clashmap.export;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentFacts;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The lean read the choropleth counts from ({@code EventStore.forEachEventToCount}: no sentences, names or
 * actors) gives every event with the fields counting uses as the full read gives them, edits applied, so the
 * areas counted from it by the export's rule are the areas counted from whole events (issue 20).
 */
class CountingReadTest {
    @TempDir
    Path tmp;

    @Test
    void theLeanReadCountsTheSameAreasAsWholeEventsWithTheAnalystsEdits() throws Exception {
        Path copy = tmp.resolve("seeds.db");
        Files.copy(ExportFixtures.database(), copy);
        try (Database db = Database.open(copy)) {
            EventStore store = new EventStore(db);
            List<StoredEvent> whole = store.allEvents();
            StoredEvent withPlaces = whole.stream().filter(e -> e.places().size() >= 2).findFirst().orElseThrow();
            StoredEvent other = whole.stream().filter(e -> e.id() != withPlaces.id() && !e.places().isEmpty()).findFirst().orElseThrow();
            Reviewer r = new Reviewer(db, "test");
            r.setFatalities(withPlaces.id(), 41);
            r.setPlace(withPlaces.id(), 1, withPlaces.places().get(1).withFatalities(9)); // a place's own count of dead
            r.setReview(other.id(), ReviewStatus.REJECTED);
            r.setDate(whole.get(whole.size() - 1).id(), new DateRange(LocalDate.of(2019, 2, 3), LocalDate.of(2019, 2, 3), TimePrecision.DAY));

            whole = store.allEvents();
            List<StoredEvent> lean = new ArrayList<>();
            store.forEachEventToCount(lean::add);
            assertEquals(whole.size(), lean.size());
            for (int i = 0; i < whole.size(); i++) {
                StoredEvent w = whole.get(i), l = lean.get(i);
                String what = "event " + w.id();
                assertEquals(w.id(), l.id(), what);
                assertEquals(w.articleId(), l.articleId(), what);
                assertEquals(w.type(), l.type(), what);
                assertEquals(w.date(), l.date(), what);
                assertEquals(w.fatalities(), l.fatalities(), what);
                assertEquals(w.wounded(), l.wounded(), what);
                assertEquals(w.confidence(), l.confidence(), what);
                assertEquals(w.review(), l.review(), what);
                assertEquals(w.places().size(), l.places().size(), what);
                for (int k = 0; k < w.places().size(); k++) {
                    EventPlace a = w.places().get(k), b = l.places().get(k);
                    assertEquals(a.lat(), b.lat(), what);
                    assertEquals(a.lon(), b.lon(), what);
                    assertEquals(a.fatalities(), b.fatalities(), what);
                }
                assertNull(l.sentence(), "no text is read to count");
                assertTrue(l.actors().isEmpty(), "no actors are read to count");
            }
            assertEquals(41, lean.stream().filter(e -> e.id() == withPlaces.id()).findFirst().orElseThrow().fatalities());
            assertEquals(ReviewStatus.REJECTED, lean.stream().filter(e -> e.id() == other.id()).findFirst().orElseThrow().review());

            Map<Long, IncidentFacts> facts = new IncidentStore(db, "test").factsByEvent();
            for (AreaCounts.Level level : AreaCounts.Level.values()) {
                for (AreaCounts.Measure measure : AreaCounts.Measure.values()) {
                    AreaCounts fromWhole = AreaCounts.of(level, measure, EventPoint.of(whole, facts));
                    AreaCounts fromLean = AreaCounts.of(level, measure, EventPoint.of(lean, facts));
                    assertEquals(fromWhole, fromLean, level + " " + measure);
                    assertTrue(fromLean.total() > 0, level + " " + measure);
                }
            }

            // the choropleth's map is drawn from the same read: its incidents are the lean scan's, column for column
            org.clashmap.geo.index.IncidentSet.Builder scanned = org.clashmap.geo.index.IncidentSet.builder(),
                    counted = org.clashmap.geo.index.IncidentSet.builder();
            store.forEachIncidentRow(scanned);
            for (StoredEvent e : lean) org.clashmap.store.IncidentRowSink.rowsOf(e, counted);
            org.clashmap.geo.index.IncidentSet a = scanned.build(), b = counted.build();
            assertTrue(a.size > 50, a.size + " incidents");
            org.clashmap.geo.index.SameIncidents.assertSameMap(a, b);
            assertArrayEquals(a.precisionKm, b.precisionKm);
            assertArrayEquals(a.eventColumns().fatalities(), b.eventColumns().fatalities());
            assertArrayEquals(a.eventColumns().flags(), b.eventColumns().flags());
        }
    }
}
