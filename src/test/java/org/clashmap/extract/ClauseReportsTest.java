package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One news sentence often chains several reports with clause-opening words ("بينما", "في وقت", "كذلك"). What a
 * clause tells before its event word (the toll, the place) belongs to that clause's event, not to the event of the
 * clause before. Sentences written for this test, read with the real gazetteer.
 */
class ClauseReportsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-03-10");
    }

    private static Event at(List<Event> events, String place) {
        return events.stream().filter(e -> e.places().stream().anyMatch(p -> p.nameAr().equals(place))).findFirst()
                .orElseThrow(() -> new AssertionError(place + " not in " + events));
    }

    private static List<String> names(Event e) {
        return e.places().stream().map(EventPlace::nameAr).collect(Collectors.toList());
    }

    @Test
    void aTollToldBeforeTheClashWordOfItsClauseIsTheClashs() {
        List<Event> es = events("شن الطيران الحربي غارات على بلدتي سرمين وتفتناز، بينما قتل قائد عسكري وأحد العناصر "
                + "خلال اشتباكات مع قوات النظام في بلدة كفرنبل.");
        Event clash = at(es, "كفر نبل");
        assertEquals(SubEventType.ARMED_CLASH, clash.subType());
        assertEquals(2, clash.fatalities());
        Event air = at(es, "سرمين");
        assertNull(air.fatalities(), "the air strike's toll is not given");
        assertTrue(!names(air).contains("كفر نبل"), names(air).toString());
    }

    @Test
    void aPlaceToldBeforeTheEventWordOfItsClauseIsThatEvents() {
        List<Event> es = events("قصفت قوات النظام بلدة سرمين، في وقت أقدم مسلحون في مدينة أريحا على إعدام رجل.");
        Event killing = at(es, "أريحا");
        assertEquals(SubEventType.ATTACK, killing.subType());
        assertEquals(List.of("أريحا"), names(killing));
        assertEquals(List.of("سرمين"), names(at(es, "سرمين")));
    }

    @Test
    void withoutAClauseWordTheEventWordStillStartsItsRun() {
        // must not fire: no clause word between the two event words, so the text before the clash word stays the
        // strike's ("غارات على سرمين أسفرت عن مقتل 3" is the strike's toll)
        List<Event> es = events("شن الطيران الحربي غارات على بلدة سرمين أسفرت عن مقتل 3 أشخاص واشتباكات في بلدة كفرنبل.");
        assertEquals(3, at(es, "سرمين").fatalities());
    }

    @Test
    void noLossesIsSaidOfEveryPlaceOfTheEvent() {
        Event e = events("قصفت قوات النظام قرى سرمين وتفتناز وبنش دون أنباء عن خسائر.").get(0);
        assertEquals(0, e.fatalities());
        assertTrue(FatalityShares.of(e).stream().allMatch(s -> Integer.valueOf(0).equals(s.count())),
                FatalityShares.of(e).toString());
    }

    @Test
    void aKillingByAProjectileIsRemoteViolence() {
        Event missile = events("قتل 18 شخصا وجرح 50 آخرون جراء سقوط صاروخ على حي الشعار في مدينة حلب.").get(0);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, missile.subType());
        assertEquals(18, missile.fatalities());
        Event jet = events("قتل 12 مدنيا جراء سقوط صاروخ أطلقته طائرة حربية على سوق بلدة سرمين.").get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, jet.subType());
        // must not fire: a killing with no projectile word stays the default armed clash
        Event killed = events("قتل 3 عناصر من قوات النظام في بلدة كفرنبل.").get(0);
        assertEquals(SubEventType.ARMED_CLASH, killed.subType());
    }

    @Test
    void aHabitLeavesTheIncidentToldBefore() {
        List<Event> es = events("قتل خمسة أطفال جراء سقوط قذيفة على حي الشعار في مدينة حلب. ويقصف النظام بانتظام أحياء "
                + "المعارضة في المدينة. وحصد هذا القصف آلاف القتلى في مدينة حلب.");
        Event first = at(es, "حي الشعار");
        assertEquals(5, first.fatalities(), "the habit's thousands are not the incident's toll");
    }
}
