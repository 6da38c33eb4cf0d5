package org.clashmap.incidents;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The linking rules on mentions built by hand (places: OCHA coordinates of towns in Idlib). */
class IncidentLinkerTest {
    static final EventPlace MAARRA = place("معرة النعمان", 35.6480, 36.6722, 3);
    static final EventPlace MAARRA_EDGE = place("أطراف معرة النعمان", 35.6620, 36.6880, 1); // ~2 km from the centre
    static final EventPlace KAFRANBEL = place("كفرنبل", 35.6134, 36.5610, 2);               // ~11 km away
    static final EventPlace IDLIB_GOV = place("محافظة إدلب", 35.8, 36.6, 60);
    static final LocalDate D = LocalDate.of(2019, 5, 9);
    final IncidentLinker linker = new IncidentLinker();

    static EventPlace place(String name, double lat, double lon, double km) {
        return new EventPlace(null, name, null, null, lat, lon, km, 1.0, 0, 1);
    }

    static EventMention m(long id, long report, String outlet, EventType type, LocalDate from, LocalDate to, String actor1, List<EventPlace> places,
                     Integer dead, String sentence) {
        return new EventMention(id, report, outlet, from, type, new DateRange(from, to, TimePrecision.DAY), actor1, null, places, dead, sentence, null);
    }

    static EventMention strike(long id, long report, List<EventPlace> places, LocalDate day) {
        return m(id, report, "outlet" + report, EventType.EXPLOSIONS_REMOTE_VIOLENCE, day, day, "regime", places, null, "غارة على السوق");
    }

    @Test
    void sameStrikeAtTheSamePlaceAndDayJoinsItsIncident() {
        EventMention stored = strike(1, 10, List.of(MAARRA), D);
        EventMention fresh = strike(2, 11, List.of(MAARRA_EDGE), D);
        IncidentLinker.Link l = linker.link(fresh, Map.of(7L, List.of(stored)));
        assertNotNull(l);
        assertEquals(7L, l.incident());
        assertTrue(l.reason().contains("same type"), l.reason());
    }

    @Test
    void anotherTownOrAnotherWeekOrAnotherReportOfItsOwnIsAnotherIncident() {
        EventMention stored = strike(1, 10, List.of(MAARRA), D);
        assertNull(linker.link(strike(2, 11, List.of(KAFRANBEL), D), Map.of(7L, List.of(stored))), "11 km apart, town radii 2-3 km");
        assertNull(linker.link(strike(2, 11, List.of(MAARRA), D.plusDays(7)), Map.of(7L, List.of(stored))), "a week later");
        assertNull(linker.link(strike(2, 10, List.of(MAARRA), D), Map.of(7L, List.of(stored))), "same report: two incidents of one text");
        assertNull(linker.link(strike(2, 11, List.of(IDLIB_GOV), D), Map.of(7L, List.of(stored))), "a governorate is no evidence of one place");
    }

    @Test
    void typesAndSidesMustAgree() {
        EventMention stored = strike(1, 10, List.of(MAARRA), D);
        EventMention capture = m(2, 11, "b", EventType.STRATEGIC_DEVELOPMENTS, D, D, "regime", List.of(MAARRA), null, "");
        assertNull(linker.link(capture, Map.of(7L, List.of(stored))));
        EventMention massacre = m(2, 11, "b", EventType.VIOLENCE_AGAINST_CIVILIANS, D, D, "regime", List.of(MAARRA), 9, "مجزرة");
        assertNotNull(linker.link(massacre, Map.of(7L, List.of(stored))), "a strike on a market may be told as a massacre of civilians");
        EventMention russian = m(2, 11, "b", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D, D, "russia", List.of(MAARRA), null, "");
        assertNotNull(linker.link(russian, Map.of(7L, List.of(stored))), "allies (alliances.tsv) are one side");
        EventMention coalition = m(2, 11, "b", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D, D, "coalition", List.of(MAARRA), null, "");
        assertNull(linker.link(coalition, Map.of(7L, List.of(stored))), "the coalition's strike is not the regime's");
    }

    @Test
    void aTollUpdateMayBeDatedAFewDaysLater() {
        EventMention stored = strike(1, 10, List.of(MAARRA), D);
        EventMention later = m(2, 11, "b", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D.plusDays(2), D.plusDays(2), "regime", List.of(MAARRA), 19, "خبر");
        assertNull(linker.link(later, Map.of(7L, List.of(stored))));
        EventMention update = m(2, 11, "b", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D.plusDays(2), D.plusDays(2), "regime", List.of(MAARRA), 19,
                "وارتفعت حصيلة ضحايا الغارة إلى 19 قتيلا");
        IncidentLinker.Link l = linker.link(update, Map.of(7L, List.of(stored)));
        assertNotNull(l);
        assertTrue(l.reason().contains("update cue"), l.reason());
    }

    @Test
    void everyMentionOfTheIncidentMustAgreeNotJustOne() {
        EventMention a = strike(1, 10, List.of(MAARRA), D);
        EventMention b = m(2, 11, "b", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D.minusDays(3), D, "regime", List.of(MAARRA), null, "");
        EventMention fresh = m(3, 12, "c", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D.minusDays(3), D.minusDays(3), "regime", List.of(MAARRA), null, "");
        assertNotNull(linker.link(fresh, Map.of(7L, List.of(b))));
        assertNull(linker.link(fresh, Map.of(7L, List.of(a, b))), "it overlaps b's days but not a's");
    }

    @Test
    void aRoundUpOfManyPlacesIsNeverLinked() {
        EventMention stored = strike(1, 10, List.of(MAARRA), D);
        List<EventPlace> many = List.of(KAFRANBEL, place("أ", 35.9, 36.7, 2), place("ب", 36.0, 36.8, 2), place("ج", 36.1, 36.9, 2), MAARRA);
        assertNull(linker.link(strike(2, 11, many, D), Map.of(7L, List.of(stored))));
    }

    @Test
    void aBattleMayNameItsSidesInEitherOrderOrOnlyOne() {
        EventMention bothSides = new EventMention(1, 10, "a", D, EventType.BATTLES, new DateRange(D, D, TimePrecision.DAY), "regime", "isis",
                List.of(MAARRA), null, "اشتباكات بين قوات النظام وتنظيم الدولة", null);
        EventMention attackerOnly = m(2, 11, "b", EventType.BATTLES, D, D, "isis", List.of(MAARRA), null, "هجوم لتنظيم الدولة");
        assertNull(linker.incompatible(bothSides, attackerOnly), "\"ISIS attacked\" is one side of \"the regime fought ISIS\"");
        assertNull(linker.incompatible(attackerOnly, bothSides), "whichever mention comes first");
        // must not fire: a third party is not one of the two sides
        EventMention kurds = m(3, 12, "c", EventType.BATTLES, D, D, "sdf", List.of(MAARRA), null, "");
        assertNotNull(linker.incompatible(bothSides, kurds));
        assertNotNull(linker.incompatible(kurds, bothSides));
    }

    @Test
    void aStrikeThatKilledNobodyIsNotOneThatKilledEighteen() {
        EventMention noDead = m(1, 10, "a", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D, D, "regime", List.of(MAARRA), 0, "أضرار مادية فقط");
        EventMention eighteen = m(2, 11, "b", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D, D, "regime", List.of(MAARRA_EDGE), 18, "قتل 18");
        assertNull(linker.link(eighteen, Map.of(7L, List.of(noDead))), "0 and 18 dead on one day in one town: two strikes");
        // must not fire: a report without a number, or one that says it updates the toll
        EventMention unknown = m(3, 12, "c", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D, D, "regime", List.of(MAARRA_EDGE), null, "سقوط قتلى");
        assertNotNull(linker.link(unknown, Map.of(7L, List.of(noDead))));
        EventMention update = m(4, 13, "d", EventType.EXPLOSIONS_REMOTE_VIOLENCE, D, D, "regime", List.of(MAARRA_EDGE), 3,
                "وارتفع عدد قتلى الغارة إلى 3 بعد وفاة جرحى");
        assertNotNull(linker.link(update, Map.of(7L, List.of(noDead))));
    }

    @Test
    void everyMentionOfTheIncidentMustBeNearToo() {
        EventPlace zabadani = place("الزبداني", 33.7247, 36.1003, 2);
        EventPlace damascus = place("دمشق", 33.5130, 36.2920, 8);
        EventPlace arbin = place("عربين", 33.5410, 36.3610, 2); // 7 km from Damascus's centre, 33 km from al-Zabadani
        EventMention atZabadani = strike(1, 10, List.of(zabadani), D);
        EventMention zabadaniNearDamascus = strike(2, 11, List.of(zabadani, damascus), D);
        EventMention onArbin = strike(3, 12, List.of(arbin), D);
        assertNotNull(linker.link(onArbin, Map.of(7L, List.of(zabadaniNearDamascus))), "alone, Damascus's radius holds Arbin");
        assertNull(linker.link(onArbin, Map.of(7L, List.of(atZabadani, zabadaniNearDamascus))), "but the incident is al-Zabadani's");
    }

    @Test
    void onATieTheIncidentMoreReportsAgreeOnWins() {
        EventMention fresh = strike(4, 13, List.of(MAARRA), D);
        IncidentLinker.Link l = linker.link(fresh, Map.of(7L, List.of(strike(1, 10, List.of(MAARRA), D)),
                8L, List.of(strike(2, 11, List.of(MAARRA), D), strike(3, 12, List.of(MAARRA_EDGE), D))));
        assertEquals(8L, l.incident(), "equal scores; 7 is older, 8 is told by two reports");
        // must not fire: with as many reports each, the older wins
        assertEquals(7L, linker.link(fresh, Map.of(7L, List.of(strike(1, 10, List.of(MAARRA), D)), 8L, List.of(strike(2, 11, List.of(MAARRA), D))))
                .incident());
    }

    @Test
    void aCountrysideIsNoEvidenceButACityIs() {
        // "ريف إدلب الجنوبي" as a 20 km region around its centre; Maarat al-Numan and Kafranbel both lie in it
        EventPlace southernCountryside = place("ريف إدلب الجنوبي", 35.63, 36.62, 20);
        EventMention inTheCountryside = strike(1, 10, List.of(southernCountryside), D);
        assertNull(linker.link(strike(2, 11, List.of(KAFRANBEL), D), Map.of(7L, List.of(inTheCountryside))),
                "a strike on one village and one somewhere in its countryside are not shown to be one");
        // must not fire: a city's radius (Aleppo, 13 km) is still a place two outlets name for one strike
        EventPlace aleppo = place("حلب", 36.2021, 37.1343, 13);
        EventPlace oldCity = place("حلب القديمة", 36.1990, 37.1610, 3);
        assertNotNull(linker.link(strike(2, 11, List.of(oldCity), D), Map.of(7L, List.of(strike(1, 10, List.of(aleppo), D)))));
    }

    @Test
    void aSentenceOfFarApartFrontsIsNeverLinked() {
        EventPlace hasakah = place("الحسكة", 36.5024, 40.7477, 8);
        EventPlace kobani = place("عين العرب", 36.8910, 38.3536, 3);
        EventPlace aleppo = place("حلب", 36.2021, 37.1343, 13);
        EventMention atHasakah = m(1, 10, "a", EventType.BATTLES, D, D, "isis", List.of(hasakah), null, "");
        EventMention threeFronts = m(2, 11, "b", EventType.BATTLES, D, D, "isis", List.of(aleppo, hasakah, kobani), null, "");
        assertNull(linker.link(threeFronts, Map.of(7L, List.of(atHasakah))), "Aleppo, al-Hasakah and Ain al-Arab: three fronts");
        assertNull(linker.link(atHasakah, Map.of(7L, List.of(threeFronts))), "nor does anything join it");
        // must not fire: one strike on two villages 11 km apart is one incident
        EventMention twoVillages = strike(3, 11, List.of(MAARRA, KAFRANBEL), D);
        assertNotNull(linker.link(twoVillages, Map.of(7L, List.of(strike(1, 10, List.of(MAARRA), D)))));
    }

    @Test
    void theBestScoredIncidentWins() {
        EventMention near = strike(1, 10, List.of(MAARRA), D);
        EventMention other = m(2, 12, "c", EventType.BATTLES, D, D, "regime", List.of(MAARRA_EDGE), null, "");
        EventMention fresh = strike(3, 11, List.of(MAARRA), D);
        assertEquals(8L, linker.link(fresh, Map.of(7L, List.of(other), 8L, List.of(near))).incident(), "same place and type beats edge and compatible type");
    }
}
