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
            store.forEachIncidentRow(one, null, Long.MAX_VALUE);
            store.forEachIncidentRow(two, null, 0);
            assertEquals(4_000, one.rows.stream().map(r -> r.substring(0, r.indexOf('|'))).distinct().count());
            assertEquals(one.rows, two.rows);
            assertTrue(two.rows.stream().anyMatch(r -> r.startsWith(lowId + "|") && r.contains("|true|true|")), "rejection applied in the lower half");
            assertTrue(two.rows.stream().anyMatch(r -> r.startsWith(highId + "|") && r.contains("|77|")), "edit applied in the upper half");
        }
    }

    /** Battle rows as text, from a lean scan. */
    private static final class Battles implements BattleRowSink {
        final List<String> rows = new ArrayList<>();

        @Override
        public void battle(long eventId, int dayFrom, int dayTo, boolean rejected, String placeId, String relation, double lat, double lon,
                           String actor1, String actor2) {
            rows.add(eventId + "|" + dayFrom + "|" + dayTo + "|" + rejected + "|" + placeId + "|" + relation + "|" + lat + "|" + lon + "|" + actor1 + "|" + actor2);
        }
    }

    /**
     * The battles a lean scan hands on (for the control map, in the same pass as the incidents) are the
     * places, dates and actors of the full events, edits applied — also an edit of who fought, which the
     * incident rows do not carry — whether read on one connection or two.
     */
    @Test
    void battlesOfTheLeanScanAreThoseOfTheFullEvents(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            new Generator(UcdpProfile.bundled(), 5).fill(new DatasetStore(db), 3_000, 1_000);
            EventStore store = new EventStore(db);
            List<StoredEvent> all = store.allEvents();
            long lowBattle = all.stream().filter(e -> e.type() == EventType.BATTLES).findFirst().orElseThrow().id();
            long highBattle = all.stream().filter(e -> e.type() == EventType.BATTLES).reduce((a, b) -> b).orElseThrow().id();
            long notBattle = all.stream().filter(e -> e.type() != EventType.BATTLES).findFirst().orElseThrow().id();
            Reviewer reviewer = new Reviewer(db, "test");
            reviewer.setActors(lowBattle, "isis", "sdf");
            reviewer.setReview(highBattle, ReviewStatus.REJECTED);
            reviewer.setDate(notBattle, new org.clashmap.extract.DateRange(java.time.LocalDate.of(2015, 5, 1), java.time.LocalDate.of(2015, 5, 2),
                    org.clashmap.extract.TimePrecision.DAY));

            List<String> expected = new ArrayList<>();
            for (StoredEvent e : store.allEvents()) {
                if (e.type() != EventType.BATTLES) continue;
                String a1 = e.actors().stream().filter(a -> a.role() == org.clashmap.extract.ActorRole.ACTOR1).map(org.clashmap.extract.EventActor::actorId)
                        .reduce((a, b) -> b).orElse(null);
                String a2 = e.actors().stream().filter(a -> a.role() == org.clashmap.extract.ActorRole.ACTOR2).map(org.clashmap.extract.EventActor::actorId)
                        .reduce((a, b) -> b).orElse(null);
                int from = e.date().isKnown() ? (int) e.date().from().toEpochDay() : IncidentRowSink.UNDATED;
                int to = e.date().isKnown() ? (int) e.date().to().toEpochDay() : IncidentRowSink.UNDATED;
                for (org.clashmap.extract.EventPlace p : e.places()) {
                    expected.add(e.id() + "|" + from + "|" + to + "|" + (e.review() == ReviewStatus.REJECTED) + "|" + p.placeId() + "|" + p.relation()
                            + "|" + p.lat() + "|" + p.lon() + "|" + a1 + "|" + a2);
                }
            }
            Battles one = new Battles(), two = new Battles();
            store.forEachIncidentRow(new Recording(), one, Long.MAX_VALUE);
            store.forEachIncidentRow(new Recording(), two, 0);
            assertTrue(expected.size() > 1_000, "the generated events hold battles: " + expected.size());
            assertTrue(expected.stream().anyMatch(r -> r.startsWith(lowBattle + "|") && r.endsWith("|isis|sdf")), "the edited actors");
            assertEquals(expected, one.rows);
            assertEquals(expected, two.rows);
        }
    }
}
