package org.clashmap.geo.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

public class ControlModelTest {
    private static final LocalDate D0 = LocalDate.of(2018, 1, 1);

    private static PlaceClaim claim(String place, String actor, boolean gained, int day, String origin) {
        return new PlaceClaim(place, place, 35.0, 40.0 + place.length() * 0.01, actor, gained, D0.plusDays(day), origin, null);
    }

    private static String holder(ControlModel m, ControlState s, String place) {
        int p = m.indexOf(place);
        return s.controller(p) < 0 ? null : m.actors().get(s.controller(p));
    }

    @Test
    void latestClaimBeforeTWinsAndNothingIsKnownBeforeTheFirst() {
        ControlModel m = ControlModel.build(List.of(claim("a", "regime", true, 10, "extracted"), claim("a", "isis", true, 40, "extracted")),
                List.of(), ControlOptions.DEFAULTS);
        assertEquals(ControlState.UNKNOWN, m.stateAt(D0.plusDays(5)).status(0));
        assertEquals("regime", holder(m, m.stateAt(D0.plusDays(30)), "a"));
        assertEquals("isis", holder(m, m.stateAt(D0.plusDays(60)), "a"));
    }

    @Test
    void aClaimOlderThanTheFadeAgeNoLongerCounts() {
        ControlModel m = ControlModel.build(List.of(claim("a", "sdf", true, 0, "extracted")), List.of(), ControlOptions.DEFAULTS);
        assertEquals("sdf", holder(m, m.stateAt(D0.plusDays(180)), "a"));
        ControlState later = m.stateAt(D0.plusDays(181));
        assertEquals(ControlState.UNKNOWN, later.status(0));
        assertNull(holder(m, later, "a"));
        ControlModel shortFade = ControlModel.build(List.of(claim("a", "sdf", true, 0, "extracted")), List.of(), ControlOptions.DEFAULTS.withFadeDays(30));
        assertEquals(ControlState.UNKNOWN, shortFade.stateAt(D0.plusDays(31)).status(0));
    }

    @Test
    void analystEditsDoNotFadeAndWinOnTheSameDay() {
        ControlModel m = ControlModel.build(List.of(claim("a", "isis", true, 0, "edit"), claim("a", "regime", true, 0, "extracted")),
                List.of(), ControlOptions.DEFAULTS);
        ControlState s = m.stateAt(D0.plusDays(400));
        assertEquals("isis", holder(m, s, "a"));
        assertEquals(ControlState.HELD, s.status(0), "a years-old edit still stands; the same-day report does not contest it after the window");
    }

    @Test
    void opposingClaimsWithinTheWindowMakeThePlaceContested() {
        ControlModel m = ControlModel.build(List.of(claim("a", "regime", true, 0, "extracted"), claim("a", "opposition", true, 3, "extracted")),
                List.of(), ControlOptions.DEFAULTS);
        ControlState s = m.stateAt(D0.plusDays(5));
        assertEquals(ControlState.CONTESTED, s.status(0));
        assertEquals("opposition", holder(m, s, "a"));
        assertEquals("regime", m.actors().get(s.contender(0)));
        ControlState later = m.stateAt(D0.plusDays(11));
        assertEquals(ControlState.HELD, later.status(0), "older than the 7-day window: the latest claim stands");
        // the same two claims a month apart are a change of hands, not a contest
        ControlModel apart = ControlModel.build(List.of(claim("a", "regime", true, 0, "extracted"), claim("a", "opposition", true, 30, "extracted")),
                List.of(), ControlOptions.DEFAULTS);
        assertEquals(ControlState.HELD, apart.stateAt(D0.plusDays(31)).status(0));
    }

    @Test
    void aBattleAtThePlaceMakesItContestedOnlyWhileRecent() {
        PlaceClaim c = claim("a", "regime", true, 0, "extracted");
        ClashPoint battle = new ClashPoint(null, c.lat() + 0.01, c.lon(), D0.plusDays(20), D0.plusDays(21), "isis", "regime");
        ControlModel m = ControlModel.build(List.of(c), List.of(battle), ControlOptions.DEFAULTS);
        assertEquals(ControlState.HELD, m.stateAt(D0.plusDays(19)).status(0));
        ControlState during = m.stateAt(D0.plusDays(22));
        assertEquals(ControlState.CONTESTED, during.status(0));
        assertEquals("isis", m.actors().get(during.contender(0)));
        assertEquals(ControlState.HELD, m.stateAt(D0.plusDays(29)).status(0));
        ClashPoint far = new ClashPoint(null, c.lat() + 0.5, c.lon(), D0.plusDays(20), D0.plusDays(21), "isis", "regime");
        assertEquals(ControlState.HELD, ControlModel.build(List.of(c), List.of(far), ControlOptions.DEFAULTS).stateAt(D0.plusDays(22)).status(0),
                "a battle 55 km away is not at this place");
    }

    @Test
    void aWithdrawalLeavesThePlaceUnknownOrToTheNamedOpponent() {
        ControlModel m = ControlModel.build(List.of(claim("a", "isis", true, 0, "extracted"), claim("a", "isis", false, 10, "extracted")),
                List.of(), ControlOptions.DEFAULTS);
        assertEquals(ControlState.UNKNOWN, m.stateAt(D0.plusDays(12)).status(0));
        PlaceClaim toSdf = new PlaceClaim("a", "a", 35.0, 40.01, "isis", false, D0.plusDays(10), "extracted", "sdf");
        ControlModel n = ControlModel.build(List.of(claim("a", "isis", true, 0, "extracted"), toSdf), List.of(), ControlOptions.DEFAULTS);
        assertEquals("sdf", holder(n, n.stateAt(D0.plusDays(12)), "a"));
    }

    @Test
    void theStateHashChangesOnlyWhenControlChanges() {
        ControlModel m = ControlModel.build(List.of(claim("a", "regime", true, 0, "extracted"), claim("bb", "isis", true, 50, "extracted")),
                List.of(), ControlOptions.DEFAULTS);
        assertEquals(m.stateAt(D0.plusDays(20)).hash(), m.stateAt(D0.plusDays(30)).hash());
        assertNotEquals(m.stateAt(D0.plusDays(30)).hash(), m.stateAt(D0.plusDays(60)).hash());
    }
    @Test
    void theLatestStartedBattleStillOnDecidesTheContenderAmongHundredsAtAPlace() {
        // many battles of random length at one place, in random order: the model stops scanning back
        // once no earlier battle can still be on; check against the full scan over the sorted battles
        java.util.Random rnd = new java.util.Random(3);
        String[] actors = {"isis", "opposition", "sdf", "regime"};
        List<ClashPoint> battles = new java.util.ArrayList<>();
        for (int k = 0; k < 300; k++) {
            LocalDate from = D0.plusDays(rnd.nextInt(400));
            int length = rnd.nextInt(10) == 0 ? rnd.nextInt(60) : rnd.nextInt(3);
            battles.add(new ClashPoint("a", 35.0, 40.01, from, from.plusDays(length), actors[rnd.nextInt(4)], actors[rnd.nextInt(4)]));
        }
        ControlModel m = ControlModel.build(List.of(claim("a", "regime", true, 0, "edit")), battles, ControlOptions.DEFAULTS);
        List<ClashPoint> sorted = new java.util.ArrayList<>(battles);
        sorted.sort(java.util.Comparator.comparing(ClashPoint::from)); // the model's order (a stable sort)
        int contested = 0;
        for (int day = 0; day < 480; day++) {
            LocalDate t = D0.plusDays(day), since = t.minusDays(ControlOptions.DEFAULTS.contestedDays());
            ClashPoint on = null;
            for (ClashPoint b : sorted) if (!b.from().isAfter(t) && !b.to().isBefore(since)) on = b;
            String rival = on == null ? null : !on.actor1().equals("regime") ? on.actor1() : !on.actor2().equals("regime") ? on.actor2() : null;
            ControlState s = m.stateAt(t);
            assertEquals(on == null ? ControlState.HELD : ControlState.CONTESTED, s.status(0), "day " + day);
            assertEquals(rival, s.contender(0) < 0 ? null : m.actors().get(s.contender(0)), "day " + day);
            if (on != null) contested++;
        }
        assertTrue(contested > 100 && contested < 470, "contested on " + contested + " days");
    }
}
