package org.clashmap.extract;

import org.clashmap.extract.FatalityShares.Share;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.clashmap.extract.FatalityShares.Scope.EVENT;
import static org.clashmap.extract.FatalityShares.Scope.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one rule that spreads an event's dead over its places (docs/decisions/018-fatalities-per-place.md). */
class FatalitySharesTest {
    private static final Share NONE = Share.NONE;

    private static Share s(int n, FatalityShares.Scope scope) {
        return new Share(n, scope);
    }

    private static List<Share> rule(Integer total, Integer... own) {
        return FatalityShares.shares(total, Arrays.asList(own));
    }

    @Test
    void noOwnCountsPutTheWholeTollOnTheFirstPlaceOnly() {
        assertEquals(List.of(s(42, EVENT), NONE, NONE), rule(42, null, null, null));
    }

    @Test
    void ownCountsStayWithTheirPlacesAndTheRestGoesOnTheFirst() {
        // "12 killed: 3 in Douma and 2 in Harasta" with an unnamed rest.
        assertEquals(List.of(s(7, EVENT), s(3, PLACE), s(2, PLACE)), rule(12, null, 3, 2));
    }

    @Test
    void ownCountsThatMakeTheWholeTollLeaveZeroForTheRest() {
        assertEquals(List.of(s(0, EVENT), s(3, PLACE), s(2, PLACE)), rule(5, null, 3, 2));
        assertEquals(List.of(s(3, PLACE), s(2, PLACE)), rule(5, 3, 2), "the first place's own count, nothing more");
    }

    @Test
    void aFirstPlaceWithItsOwnCountCarriesTheRestOnTopAsTheEvents() {
        assertEquals(List.of(s(9, EVENT), s(3, PLACE)), rule(12, 6, 3));
    }

    @Test
    void ownCountsAboveTheTotalNeverMakeANegativeRest() {
        assertEquals(List.of(s(0, EVENT), s(4, PLACE), s(4, PLACE)), rule(5, null, 4, 4));
    }

    @Test
    void unknownTotalStaysUnknownButOwnCountsShow() {
        assertEquals(List.of(NONE, NONE), rule(null, null, null));
        assertEquals(List.of(NONE, s(3, PLACE)), rule(null, null, 3));
    }

    @Test
    void explicitZeroIsSaidOfEveryPlace() {
        // "قصف طال A وB وC دون أنباء عن خسائر": no place had dead, and the zeros still add up to the toll
        assertEquals(List.of(s(0, EVENT), s(0, EVENT), s(0, EVENT)), rule(0, null, null, null));
        assertEquals(List.of(s(0, EVENT), s(0, PLACE)), rule(0, null, 0));
    }

    @Test
    void singlePlaceCarriesTheTotal() {
        assertEquals(List.of(s(30, EVENT)), rule(30, (Integer) null));
        assertEquals(List.of(s(30, PLACE)), rule(30, 30));
        assertEquals(List.of(NONE), rule(null, (Integer) null));
        assertEquals(List.of(), rule(30), "no places, no shares");
    }

    @Test
    void woundedGoOnTheFirstPlace() {
        assertEquals(List.of(s(8, EVENT), NONE), FatalityShares.wounded(8, 2));
        assertEquals(List.of(NONE, NONE), FatalityShares.wounded(null, 2));
    }

    @Test
    void anEventsPlacesGiveTheirOwnCounts() {
        EventPlace a = new EventPlace("a", "أ", "A", null, 35, 36, 1, 1, 0, 1);
        EventPlace b = new EventPlace("b", "ب", "B", null, 35, 37, 1, 1, 2, 3).withFatalities(4);
        Event e = new Event(EventType.BATTLES, null, List.of(), List.of(a, b), DateRange.UNKNOWN, 10, null, "", 0, 0, 0.5);
        assertEquals(List.of(s(6, EVENT), s(4, PLACE)), FatalityShares.of(e));
        assertEquals(null, a.fatalities(), "a place without a count of its own");
        assertThrows(IllegalArgumentException.class, () -> a.withFatalities(-1));
    }

    @Test
    void sharesAddUpToTheTotalWheneverOwnCountsFitInIt() {
        Random rnd = new Random(7);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + rnd.nextInt(5);
            Integer total = rnd.nextInt(6) == 0 ? null : rnd.nextInt(60);
            List<Integer> own = new ArrayList<>();
            for (int i = 0; i < n; i++) own.add(rnd.nextInt(3) == 0 ? rnd.nextInt(10) : null);
            List<Share> shares = FatalityShares.shares(total, own);
            int sumOwn = own.stream().filter(x -> x != null).mapToInt(Integer::intValue).sum();
            int sum = shares.stream().filter(x -> x.count() != null).mapToInt(Share::count).sum();
            if (total != null) assertEquals(Math.max(total, sumOwn), sum, total + " " + own);
            else assertEquals(sumOwn, sum);
            // The map's lean loader uses the primitive form: it must agree with the boxed one.
            int[] raw = own.stream().mapToInt(x -> x == null ? -1 : x).toArray();
            for (int i = 0; i < n; i++) {
                assertEquals(shares.get(i).countOrMinusOne(), FatalityShares.share(total == null ? -1 : total, raw, n, i), total + " " + own + " @" + i);
            }
        }
    }
}
