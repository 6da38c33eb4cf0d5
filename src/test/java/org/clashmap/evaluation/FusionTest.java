package org.clashmap.evaluation;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fusion measure on a hand-made gold: one strike told by reports a, b and c (rows at the same
 * village), a clash elsewhere told by a and b, and a strike told only by c.
 */
class FusionTest {
    static final LocalDate D = LocalDate.of(2019, 5, 9);

    static Gold.Row row(String id, double lat, double lon, String type) {
        return new Gold.Row(id, "must", "x", lat, lon, 8, D.toString(), D.toString(), type, null);
    }

    static StoredEvent event(long id, long report, double lat, double lon) {
        return new StoredEvent(id, report, "extracted", null, EventType.EXPLOSIONS_REMOTE_VIOLENCE, null, DateRange.day(D), null, null, 1,
                ReviewStatus.UNREVIEWED, "", 0, 0, List.of(), List.of(new EventPlace(null, "x", null, null, lat, lon, 2, 1, 0, 1)), "f", "o", false);
    }

    final List<Gold.Article> gold = List.of(
            new Gold.Article("a", null, null, List.of(row("a1", 35.6, 36.6, "remote"), row("a2", 36.2, 37.1, "battle"))),
            new Gold.Article("b", null, null, List.of(row("b1", 35.601, 36.6, "remote"), row("b2", 36.2, 37.101, "battle"))),
            new Gold.Article("c", null, null, List.of(row("c1", 35.6, 36.601, "remote"), row("c2", 34.7, 36.7, "remote"))));
    final Map<String, Long> reportOf = Map.of("a", 1L, "b", 2L, "c", 3L);
    final Map<Long, List<StoredEvent>> events = Map.of(
            1L, List.of(event(11, 1, 35.6, 36.6), event(12, 1, 36.2, 37.1)),
            2L, List.of(event(21, 2, 35.6, 36.6), event(22, 2, 36.2, 37.1)),
            3L, List.of(event(31, 3, 35.6, 36.6), event(32, 3, 34.7, 36.7)));

    @Test
    void everyReportInOneIncidentIsFusedAndNothingIsWronglyJoined() {
        Fusion.Result r = Fusion.compare(gold, reportOf, events, Map.of(11L, 100L, 21L, 100L, 31L, 100L, 12L, 200L, 22L, 200L, 32L, 300L));
        assertEquals(2, r.goldIncidents());
        assertEquals(2, r.oneIncident());
        assertEquals(4, r.goldPairs()); // a1-b1, a1-c1, b1-c1, a2-b2
        assertEquals(4, r.linkedPairs());
        assertEquals(2, r.storedMulti());
        assertEquals(0, r.wrongJoins());
    }

    @Test
    void aMissingLinkAndAWrongJoinAreCounted() {
        // c's strike stays apart; the strike elsewhere in c is joined to a and b's clash.
        Fusion.Result r = Fusion.compare(gold, reportOf, events, Map.of(11L, 100L, 21L, 100L, 31L, 400L, 12L, 200L, 22L, 200L, 32L, 200L));
        assertEquals(2, r.goldIncidents());
        assertEquals(1, r.oneIncident(), "the strike is split over two stored incidents");
        assertEquals(2, r.linkedPairs());
        assertEquals(1, r.wrongJoins());
    }
}
