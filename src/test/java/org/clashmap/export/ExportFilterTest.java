package org.clashmap.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.EventFilter;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** {@link EventFilter} on its own and through exports: each criterion changes what is written. */
class ExportFilterTest {
    @TempDir
    Path tmp;
    ExportFixture fx;

    @BeforeEach
    void fill() {
        fx = ExportFixture.build(tmp);
    }

    @AfterEach
    void close() {
        fx.db.close();
    }

    /** Event ids in a GeoJSON export with this filter. */
    private Set<Long> exported(EventFilter filter) throws Exception {
        Path out = tmp.resolve("f.geojson");
        ExportResult r = new EventExporter(fx.store).export(filter, ExportFormat.GEOJSON, out);
        Set<Long> ids = new TreeSet<>();
        JsonNode features = new ObjectMapper().readTree(out.toFile()).get("features");
        features.forEach(f -> ids.add(f.get("properties").get("event_id").asLong()));
        assertEquals(r.features(), features.size());
        return ids;
    }

    @Test
    void defaultLeavesOutRejectedAndPlacelessEvents() throws Exception {
        assertEquals(Set.of(fx.a, fx.b, fx.c, fx.d, fx.f, fx.g), exported(EventFilter.ALL));
        assertEquals(Set.of(fx.a, fx.b, fx.c, fx.d, fx.e, fx.f, fx.g), exported(EventFilter.ALL.withRejected(true)));
    }

    @Test
    void dateWindowKeepsOverlappingEventsAndUndatedOnlyWhenAsked() throws Exception {
        EventFilter dated = EventFilter.ALL.withUndated(false);
        // April 2018: A (24th) and G (17..19th); F is undated: kept by default (as the window's undated bin), dropped on request.
        assertEquals(Set.of(fx.a, fx.g, fx.f), exported(EventFilter.ALL.withWindow(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30))));
        assertEquals(Set.of(fx.a, fx.g), exported(dated.withWindow(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30))));
        // A window touching only the last day of B's range (8..10 June) still catches B.
        assertEquals(Set.of(fx.b), exported(dated.withWindow(LocalDate.of(2018, 6, 10), LocalDate.of(2018, 6, 30))));
        // Open-ended: everything up to 2017 is the Palmyra 2016 event only.
        assertEquals(Set.of(fx.d), exported(dated.withWindow(null, LocalDate.of(2017, 1, 1))));
    }

    @Test
    void typeActorAndConfidence() throws Exception {
        assertEquals(Set.of(fx.c), exported(EventFilter.ALL.withTypes(Set.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE))));
        assertEquals(Set.of(fx.g), exported(EventFilter.ALL.withActors(Set.of("hezbollah"))));
        assertEquals(Set.of(fx.a, fx.d), exported(EventFilter.ALL.withActors(Set.of("russia"))));
        assertEquals(Set.of(fx.a, fx.b, fx.d, fx.f, fx.g), exported(EventFilter.ALL.withMinConfidence(0.5)));
        assertEquals(Set.of(fx.b), exported(EventFilter.ALL.withMinConfidence(0.9)));
        assertEquals(Set.of(), exported(EventFilter.ALL.withOrigins(Set.of("acled"))));
    }

    @Test
    void filterSemanticsOnSingleEvents() {
        StoredEvent week = event(new DateRange(LocalDate.of(2018, 6, 8), LocalDate.of(2018, 6, 14), TimePrecision.WEEK), ReviewStatus.CONFIRMED);
        assertTrue(EventFilter.ALL.withWindow(LocalDate.of(2018, 6, 14), null).test(week), "touching the last day overlaps");
        assertFalse(EventFilter.ALL.withWindow(LocalDate.of(2018, 6, 15), null).test(week));
        assertTrue(EventFilter.ALL.withWindow(null, LocalDate.of(2018, 6, 8)).test(week), "touching the first day overlaps");
        assertFalse(EventFilter.ALL.withWindow(null, LocalDate.of(2018, 6, 7)).test(week));

        StoredEvent undated = event(DateRange.UNKNOWN, ReviewStatus.UNREVIEWED);
        assertTrue(EventFilter.ALL.test(undated), "no window: undated kept");
        assertTrue(EventFilter.ALL.withWindow(LocalDate.of(2000, 1, 1), null).test(undated), "a window does not decide about an unknown date");
        assertFalse(EventFilter.ALL.withUndated(false).test(undated), "undated dropped when asked");
        assertFalse(EventFilter.ALL.withUndated(false).withWindow(LocalDate.of(2000, 1, 1), null).test(undated));

        StoredEvent rejected = event(DateRange.day(LocalDate.of(2018, 1, 1)), ReviewStatus.REJECTED);
        assertFalse(EventFilter.ALL.test(rejected));
        assertTrue(EventFilter.ALL.withRejected(true).test(rejected));

        assertThrows(IllegalArgumentException.class, () -> EventFilter.ALL.withWindow(LocalDate.of(2018, 2, 1), LocalDate.of(2018, 1, 1)));
    }

    private static StoredEvent event(DateRange date, ReviewStatus review) {
        return new StoredEvent(1, 1L, "extracted", null, EventType.BATTLES, null, date, null, null, 0.7, review,
                "جملة", 0, 4, List.of(), List.of(), "f.txt", "", false);
    }
}
