package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places that only say where the incident's place is (a landmark "قرب" it, a town a distance "عن" it, a town whose
 * countryside is meant) are not incident points; and a later sentence joins an incident only when its place lies
 * inside the incident's. Sentences written for this test, real gazetteer.
 */
class LandmarksTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-03-10");
    }

    private static List<String> placeNames(Event e) {
        return e.places().stream().map(EventPlace::nameAr).toList();
    }

    @Test
    void aPlaceNearThePlaceBeforeItIsItsLandmark() {
        Event e = events("قتل 6 عناصر من التنظيم في غارات للتحالف على معسكر الكرين قرب مدينة الطبقة.").get(0);
        assertEquals(List.of("الكرين"), placeNames(e));
    }

    @Test
    void twoPlacesJoinedByAndAreBothKept() {
        // must not fire: "و" between the two makes a list, not a landmark
        Event e = events("شنت طائرات التحالف غارات على معسكر الكرين وقرب مدينة الرقة.").get(0);
        assertEquals(2, e.places().size(), () -> placeNames(e).toString());
    }

    @Test
    void aTownADistanceAwayIsAReference() {
        Event e = events("شن تنظيم داعش هجوما واسعا على بلدة القريتين (20 كم عن صدد) صباح أمس.").get(0);
        assertEquals(List.of("القريتين"), placeNames(e));
    }

    @Test
    void aTownsCountrysideBesideAVillageIsDropped() {
        Event e = events("قتل 5 عناصر من التنظيم في الريف الغربي لمدينة الرقة، في غارات على معسكر الكرين.").get(0);
        assertEquals(List.of("الكرين"), placeNames(e));
    }

    @Test
    void aTownsCountrysideAloneIsWideAndLiesInItsDirection() {
        Event e = events("قصفت قوات النظام مناطق في الريف الشمالي لمدينة حماة بالمدفعية.").get(0);
        EventPlace p = e.places().get(0);
        assertEquals("north countryside", p.relation());
        assertTrue(p.precisionKm() >= 15, "wide: " + p.precisionKm());
        assertTrue(p.lat() > 35.2, "north of Hama (35.13): " + p.lat());
    }

    @Test
    void theTownItselfIsNoCountryside() {
        // must not fire: no ريف before the town
        EventPlace p = events("قصفت قوات النظام مدينة حماة بالمدفعية.").get(0).places().get(0);
        assertEquals(null, p.relation());
    }

    @Test
    void aVillageFarFromTheIncidentsTownIsAnIncidentOfItsOwn() {
        // Manbij and Andan are both in Aleppo governorate but 70 km apart: two incidents, the toll stays at Manbij
        List<Event> es = events("قتل 12 شخصا في غارات على مدينة منبج بريف حلب الشرقي. "
                + "كما شنت الطائرات غارات على بلدة عندان في ريف حلب الشمالي.");
        assertEquals(2, es.size(), es::toString);
        assertEquals(List.of("منبج"), placeNames(es.get(0)));
        assertEquals(12, es.get(0).fatalities());
    }

    @Test
    void aVillageInsideTheIncidentsRegionJoinsIt() {
        List<Event> es = events("قتل 9 أشخاص في غارات على ريف إدلب الجنوبي. واستهدفت الغارات سوقا شعبيا في بلدة كفرنبل.");
        assertEquals(1, es.size(), es::toString);
        assertEquals(List.of("كفر نبل"), placeNames(es.get(0)));
        assertEquals(9, es.get(0).fatalities());
    }

    @Test
    void aTownsCountrysideDoesNotSwallowAVillageFarAway() {
        // al-Bab's countryside and Kafr Dael (west of Aleppo, 50 km away) are two places of the event
        Event e = events("قصف الطيران بلدة كفر داعل غرب حلب وقرى في ريف مدينة الباب.").get(0);
        assertTrue(placeNames(e).contains("الباب"), () -> placeNames(e).toString());
        assertTrue(placeNames(e).contains("كفر داعل"), () -> placeNames(e).toString());
    }

    @Test
    void aGovernorateCapitalsCountrysideIsTheGovernorates() {
        // "الريف الشمالي الشرقي لمدينة حلب" is Aleppo governorate's north-east, 80 km out to Sarrin
        Event e = events("سيطرت وحدات حماية الشعب على بلدة صرين في الريف الشمالي الشرقي لمدينة حلب بعد اشتباكات مع التنظيم.").get(0);
        assertEquals(List.of("صرين"), placeNames(e));
    }

    @Test
    void whereDisplacedPeopleWentIsNoIncidentPlace() {
        Event e = events("قصفت قوات النظام مدينة القريتين، ما أدى إلى نزوح مئات العائلات باتجاه بلدتي صدد وفيروزة.").get(0);
        assertEquals(List.of("القريتين"), placeNames(e));
    }

    @Test
    void aRoadsEndIsNoIncidentPlaceButTheTollAfterItCounts() {
        Event e = events("استهدفت الغارات الطرق المؤدية إلى مدينة تدمر، ما أدى إلى مقتل 5 عناصر من التنظيم قرب مدينة السخنة.").get(0);
        assertEquals(List.of("السخنة"), placeNames(e));
        assertEquals(5, e.fatalities());
    }

    @Test
    void aPrisonerExchangeIsNoIncident() {
        assertEquals(List.of(), events("وأجرى النظام مقايضات في حلب ونبل والزهراء مقابل الإفراج عن جثث قتلاه."));
    }
}
