package org.clashmap.datasets;

import org.apache.commons.csv.CSVRecord;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventType;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ExternalEvent;
import org.clashmap.store.OriginStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class UcdpImportTest {
    @TempDir
    Path tmp;

    /** Row count, date range and total best deaths, against the CSV parsed independently. */
    private void reproducesTheFile(Path csv) throws Exception {
        List<CSVRecord> recs = TestData.records(csv);
        long best = recs.stream().mapToLong(r -> Long.parseLong(r.get("best"))).sum();
        LocalDate min = recs.stream().map(r -> LocalDate.parse(r.get("date_start"))).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = recs.stream().map(r -> LocalDate.parse(r.get("date_end"))).max(LocalDate::compareTo).orElseThrow();
        try (Database db = TestData.open(tmp, "u.db")) {
            DatasetStore store = new DatasetStore(db);
            List<String> messages = new ArrayList<>();
            ImportSummary s = TestData.importUcdp(store, csv, messages);
            assertEquals(recs.size(), s.imported(), messages.toString());
            assertEquals(0, s.skipped(), messages.toString());
            OriginStats st = store.stats("ucdp");
            assertEquals(recs.size(), st.events());
            assertEquals(min, st.minDate());
            assertEquals(max, st.maxDate());
            assertEquals(best, st.fatalities());
            assertEquals(recs.size(), new EventStore(db).counts().get("event_places"));
        }
    }

    @Test
    void theCommittedExcerptIsReproduced() throws Exception {
        reproducesTheFile(TestData.excerpt());
    }

    @Test
    void theFullUcdpFileIsReproduced() throws Exception {
        Path full = TestData.fullUcdp();
        assertEquals(16_566, TestData.records(full).size());
        reproducesTheFile(full);
    }

    @Test
    void fieldsAreMappedRowByRow() throws Exception {
        List<CSVRecord> recs = TestData.records(TestData.excerpt());
        try (Database db = TestData.open(tmp, "u.db")) {
            DatasetStore store = new DatasetStore(db);
            TestData.importUcdp(store, TestData.excerpt(), new ArrayList<>());
            Map<String, ExternalEvent> byId = store.events("ucdp").stream()
                    .collect(Collectors.toMap(ExternalEvent::externalId, Function.identity()));
            int oneSided = 0, multiline = 0;
            for (CSVRecord r : recs) {
                ExternalEvent e = byId.get(r.get("id"));
                assertNotNull(e, r.get("id"));
                assertEquals(Integer.parseInt(r.get("best")), e.fatalities());
                assertEquals(Double.parseDouble(r.get("latitude")), e.place().lat(), 1e-9);
                assertEquals(Double.parseDouble(r.get("longitude")), e.place().lon(), 1e-9);
                assertEquals(r.get("source_office"), e.outlet());
                assertEquals(r.get("source_headline").trim(), e.sentence());
                assertEquals(LocalDate.parse(r.get("date_start")), e.date().from());
                assertEquals(LocalDate.parse(r.get("date_end")), e.date().to());
                double km = Map.of("1", 2.0, "2", 25.0, "3", 40.0, "4", 100.0, "5", 150.0, "6", 300.0, "7", 300.0).get(r.get("where_prec"));
                assertEquals(km, e.place().precisionKm(), r.get("id"));
                TimePrecision tp = Map.of("1", TimePrecision.DAY, "2", TimePrecision.WEEK, "3", TimePrecision.WEEK,
                        "4", TimePrecision.MONTH, "5", TimePrecision.MONTH).get(r.get("date_prec"));
                assertEquals(tp, e.date().precision(), r.get("id"));
                EventActor a1 = actor(e, ActorRole.ACTOR1);
                assertEquals(Integer.parseInt(r.get("deaths_a")), a1.fatalities(), r.get("id"));
                if (r.get("type_of_violence").equals("3")) {
                    oneSided++;
                    EventActor a2 = actor(e, ActorRole.ACTOR2);
                    assertEquals("civilians", a2.actorId());
                    assertEquals(Integer.parseInt(r.get("deaths_civilians")), a2.fatalities());
                } else {
                    assertEquals(Integer.parseInt(r.get("deaths_b")), actor(e, ActorRole.ACTOR2).fatalities(), r.get("id"));
                    int civ = Integer.parseInt(r.get("deaths_civilians"));
                    EventActor c = e.actors().stream().filter(x -> x.actorId().equals("civilians")).findFirst().orElse(null);
                    if (civ > 0) assertEquals(civ, c.fatalities(), r.get("id"));
                    assertNotEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, e.type(), r.get("id"));
                }
                if (r.get("source_headline").contains("\n")) multiline++;
            }
            assertTrue(oneSided > 0, "the excerpt has one-sided violence");
            assertTrue(multiline > 0, "the excerpt has a headline with a newline");

            ExternalEvent first = byId.get("214797"); // Government of Syria vs Syrian insurgents, "... clashes continue ..."
            assertEquals("regime", actor(first, ActorRole.ACTOR1).actorId());
            assertEquals("opposition", actor(first, ActorRole.ACTOR2).actorId());
            assertEquals(SubEventType.ARMED_CLASH, first.subType());
            assertEquals("Teir Maaleh village", first.place().nameEn());
        }
    }

    private static EventActor actor(ExternalEvent e, ActorRole role) {
        return e.actors().stream().filter(a -> a.role() == role).findFirst().orElseThrow(() -> new AssertionError(e.externalId() + " has no " + role));
    }

    @Test
    void reimportingTheSameFileAddsNothing() throws Exception {
        try (Database db = TestData.open(tmp, "u.db")) {
            DatasetStore store = new DatasetStore(db);
            ImportSummary first = TestData.importUcdp(store, TestData.excerpt(), new ArrayList<>());
            Map<String, Long> before = new EventStore(db).counts();
            ImportSummary again = TestData.importUcdp(store, TestData.excerpt(), new ArrayList<>());
            assertEquals(200, first.imported());
            assertEquals(0, again.imported());
            assertEquals(200, again.duplicates());
            assertEquals(before, new EventStore(db).counts());
            // The general event reader sees them too (the map and exporters use it).
            var all = new EventStore(db).allEvents();
            assertEquals(200, all.size());
            assertTrue(all.stream().allMatch(e -> e.origin().equals("ucdp") && e.externalId() != null && e.places().size() == 1));
        }
    }

    @Test
    void sidesListingSeveralGroupsKeepTheOthersAsAssociated() {
        DatasetActors names = DatasetActors.ucdp();
        assertEquals(List.of("opposition", "hts"), names.sideIds("Ahrar al-Sham, HTS, Southern Front"));
        assertEquals(List.of("regime"), names.sideIds("Government of Syria"));
        assertEquals(List.of("other"), names.sideIds("A group nobody listed"));
        assertTrue(names.unknownNames().contains("A group nobody listed"));
    }
}
