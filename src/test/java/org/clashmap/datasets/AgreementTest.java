package org.clashmap.datasets;

import org.clashmap.geodesy.Geodesy;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.Event;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Report;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.clashmap.store.DatedEventPlace;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class AgreementTest {
    @TempDir
    Path tmp;

    // Albu Kamal as UCDP places it (row 257171: 2018-06-08, 80 dead, where_prec 2).
    static final double ALBU_KAMAL_LAT = 34.45, ALBU_KAMAL_LON = 40.918611;

    private static Event event(String text, double lat, double lon, double km, DateRange date) {
        EventPlace place = new EventPlace("test:" + lat + "," + lon, "مكان", "Place", null, lat, lon, km, 0.9, 0, 4);
        return new Event(EventType.BATTLES, SubEventType.ARMED_CLASH, List.of(new EventActor("isis", ActorRole.ACTOR1, null)),
                List.of(place), date, 10, null, text, 0, text.length(), 0.8);
    }

    private static void ingest(Database db, String text, Event... events) {
        Report r = new Report(text, LocalDate.of(2018, 6, 9), TimePrecision.DAY, text + ".txt", "test");
        new EventStore(db).ingest(new Extraction(r, List.of(events), List.of()));
    }

    @Test
    void anExtractedEventAtAlbuKamalMatchesUcdpThatDayAndAFarOneDoesNot() throws Exception {
        try (Database db = TestData.open(tmp, "g.db")) {
            DatasetStore store = new DatasetStore(db);
            TestData.importUcdp(store, TestData.excerpt(), new ArrayList<>());
            ingest(db, "اشتباكات في البوكمال", event("اشتباكات في البوكمال", ALBU_KAMAL_LAT, ALBU_KAMAL_LON, 2, DateRange.day(LocalDate.of(2018, 6, 8))));
            ingest(db, "اشتباكات في درعا", event("اشتباكات في درعا", 32.6189, 36.1021, 2, DateRange.day(LocalDate.of(2018, 6, 8))));

            List<Agreement.Result> results = Agreement.compare(store, "ucdp");
            assertEquals(2, results.size());
            Agreement.Result albu = results.get(0), daraa = results.get(1);
            Set<String> ids = albu.matches().stream().map(m -> m.imported().externalId()).collect(Collectors.toSet());
            assertTrue(ids.contains("257171"), ids.toString());
            assertFalse(ids.contains("257534"), "11 days later is another event: " + ids);
            Agreement.Match m = albu.matches().stream().filter(x -> x.imported().externalId().equals("257171")).findFirst().orElseThrow();
            assertEquals(80, m.imported().fatalities());
            assertEquals(0.0, m.distanceKm(), 1e-6);
            assertEquals(List.of(), daraa.matches());
        }
    }

    @Test
    void theLargerRadiusDecides() {
        LocalDate d = LocalDate.of(2018, 6, 8);
        DatedEventPlace precise = new DatedEventPlace(1, "ucdp", "a", d, d, 1, 34.45, 40.92, 2, "x", "");
        // ~20 km east: inside a 25 km radius, outside a 2 km one.
        double lon20 = 40.92 + 20 / (Geodesy.kmPerDegree() * Math.cos(Math.toRadians(34.45)));
        Agreement a = new Agreement(List.of(precise));
        assertEquals(1, a.matches(List.of(new DatedEventPlace(9, "extracted", null, d, d, null, 34.45, lon20, 25, "y", ""))).size());
        assertEquals(0, a.matches(List.of(new DatedEventPlace(9, "extracted", null, d, d, null, 34.45, lon20, 2, "y", ""))).size());
        // Overlapping ranges match, disjoint ones do not.
        assertEquals(1, a.matches(List.of(new DatedEventPlace(9, "extracted", null, d.minusDays(7), d, null, 34.45, 40.92, 2, "y", ""))).size());
        assertEquals(0, a.matches(List.of(new DatedEventPlace(9, "extracted", null, d.plusDays(1), d.plusDays(3), null, 34.45, 40.92, 2, "y", ""))).size());
    }

    /** The index finds exactly what a brute-force scan of every pair finds, on the real UCDP points. */
    @Test
    void theIndexAgreesWithBruteForce() throws Exception {
        List<DatedEventPlace> ucdp;
        try (Database db = TestData.open(tmp, "g.db")) {
            TestData.importUcdp(new DatasetStore(db), TestData.excerpt(), new ArrayList<>());
            ucdp = new DatasetStore(db).points("ucdp");
        }
        Agreement a = new Agreement(ucdp);
        SplittableRandom rng = new SplittableRandom(7);
        int nonEmpty = 0;
        for (int i = 0; i < 300; i++) {
            DatedEventPlace base = ucdp.get(rng.nextInt(ucdp.size()));
            LocalDate from = base.from().plusDays(rng.nextInt(-10, 10));
            DatedEventPlace q = new DatedEventPlace(-1, "extracted", null, from, from.plusDays(rng.nextInt(0, 8)), null,
                    base.lat() + rng.nextDouble(-0.5, 0.5), base.lon() + rng.nextDouble(-0.5, 0.5), rng.nextDouble(1, 60), "q", "");
            Set<Long> expected = new TreeSet<>();
            for (DatedEventPlace p : ucdp) {
                boolean dates = !p.to().isBefore(q.from()) && !p.from().isAfter(q.to());
                if (dates && Geodesy.haversineKm(q.lat(), q.lon(), p.lat(), p.lon()) <= Math.max(q.precisionKm(), p.precisionKm())) {
                    expected.add(p.eventId());
                }
            }
            Set<Long> got = a.matches(List.of(q)).stream().map(m -> m.imported().eventId()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, got, "query " + i);
            if (!got.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty > 20, "the queries should exercise matches, got " + nonEmpty);
    }

    @Test
    void haversineKnowsADistance() {
        // Damascus to Aleppo, about 310 km in a straight line.
        assertEquals(310, Geodesy.haversineKm(33.5138, 36.2765, 36.2021, 37.1343), 10);
    }
}
