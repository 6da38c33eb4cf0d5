package org.clashmap.datasets;

import org.clashmap.extract.EventType;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.clashmap.store.ExternalEvent;
import org.clashmap.store.OriginStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class GeneratorTest {
    @TempDir
    Path tmp;

    static final LocalDate FIRST = LocalDate.of(2011, 1, 1), LAST = LocalDate.of(2024, 12, 31);
    // Syria's extent (Natural Earth admin-0): lat 32.31..37.32, lon 35.72..42.38.
    static final double S = 32.31, N = 37.32, W = 35.72, E = 42.38;

    @Test
    void tenThousandEventsFillTheDatabaseInsideSyriaAndTheYears() {
        try (Database db = TestData.open(tmp, "s.db")) {
            DatasetStore store = new DatasetStore(db);
            int added = new Generator(UcdpProfile.bundled(), 42).fill(store, 10_000, 3_000);
            assertEquals(10_000, added);
            OriginStats st = store.stats("synthetic");
            assertEquals(10_000, st.events());
            assertFalse(st.minDate().isBefore(FIRST), st.toString());
            assertFalse(st.maxDate().isAfter(LAST), st.toString());
            for (ExternalEvent e : store.events("synthetic")) {
                assertTrue(e.place().lat() >= S && e.place().lat() <= N && e.place().lon() >= W && e.place().lon() <= E, e.toString());
                assertEquals(2, e.actors().size());
            }
            // What was stored is exactly what the generator makes in memory for that seed.
            assertEquals(new Generator(UcdpProfile.bundled(), 42).generate(10_000).stream().map(ExternalEvent::externalId).toList(),
                    store.events("synthetic").stream().map(ExternalEvent::externalId).toList());
            assertEquals(new Generator(UcdpProfile.bundled(), 42).generate(10_000).get(9_999).place(),
                    store.events("synthetic").get(9_999).place());
            // The same seed again: nothing new (same external ids), no duplicates.
            assertEquals(0, new Generator(UcdpProfile.bundled(), 42).fill(store, 10_000, 3_000));
            assertEquals(10_000, store.count("synthetic"));
        }
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        List<ExternalEvent> a = new Generator(UcdpProfile.bundled(), 7).generate(2_000);
        List<ExternalEvent> b = new Generator(UcdpProfile.bundled(), 7).generate(2_000);
        List<ExternalEvent> c = new Generator(UcdpProfile.bundled(), 8).generate(2_000);
        assertEquals(a, b);
        assertNotEquals(a.stream().map(ExternalEvent::place).toList(), c.stream().map(ExternalEvent::place).toList());
    }

    /** Event types as often as in UCDP (through the import mapping): chi-square, 0.1% level. */
    @Test
    void typeFrequenciesFollowUcdp() {
        UcdpProfile profile = UcdpProfile.bundled();
        Map<EventType, Integer> expectedCounts = profile.typeCounts();
        double total = expectedCounts.values().stream().mapToInt(Integer::intValue).sum();
        Map<EventType, Integer> got = new EnumMap<>(EventType.class);
        int n = 10_000;
        for (ExternalEvent e : new Generator(profile, 3).generate(n)) got.merge(e.type(), 1, Integer::sum);
        double chi2 = 0;
        for (var t : expectedCounts.entrySet()) {
            double expected = n * t.getValue() / total;
            double o = got.getOrDefault(t.getKey(), 0);
            chi2 += (o - expected) * (o - expected) / expected;
        }
        assertEquals(expectedCounts.keySet(), got.keySet(), "no type UCDP lacks, none it has missing");
        int df = expectedCounts.size() - 1;
        double critical = Map.of(1, 10.83, 2, 13.82, 3, 16.27).get(df);
        assertTrue(chi2 < critical, "chi-square " + chi2 + " with " + df + " df; got " + got + " vs " + expectedCounts);
    }

    /** The committed profile is what the UCDP file gives today (so it cannot silently go stale). */
    @Test
    void theBundledProfileIsTheOneLearnedFromUcdp() throws Exception {
        UcdpProfile learned = UcdpProfile.learn(TestData.fullUcdp());
        UcdpProfile bundled = UcdpProfile.bundled();
        assertEquals(learned.typeCounts(), bundled.typeCounts());
        assertEquals(learned.places.size(), bundled.places.size());
        assertEquals(learned.months, bundled.months);
        assertEquals(16_566, learned.places.stream().mapToInt(UcdpProfile.Place::count).sum());
    }

    @Test
    void aProfileSurvivesWritingAndReading() throws Exception {
        UcdpProfile p = UcdpProfile.learn(TestData.excerpt());
        StringWriter w = new StringWriter();
        p.write(w);
        UcdpProfile back = UcdpProfile.read(new StringReader(w.toString()));
        assertEquals(p.places, back.places);
        assertEquals(p.months, back.months);
        assertEquals(p.combos, back.combos);
        assertEquals(p.fatalities, back.fatalities);
        assertEquals(p.timePrecision, back.timePrecision);
    }

    @Test
    void burstsMakeSomeDaysMuchBusierThanAverage() {
        List<ExternalEvent> events = new Generator(UcdpProfile.bundled(), 11).generate(20_000);
        Map<LocalDate, Integer> perDay = new java.util.HashMap<>();
        for (ExternalEvent e : events) perDay.merge(e.date().from(), 1, Integer::sum);
        double mean = 20_000.0 / (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
        int max = perDay.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(max > 10 * mean, "busiest day " + max + " vs mean " + mean);
    }
}
