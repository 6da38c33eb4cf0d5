package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tolls told each before its place in one clause ("قتل ثلاثة في دوما واثنان في حرستا"), and a toll told for a place
 * listed earlier, go to their places; a toll for several places together stays on one. Sentences written for this
 * test, real gazetteer, a report of 10 May 2016.
 */
class CountsBeforeTheirPlacesTest {
    /** Each place's share of the one event's dead, as every export writes it. */
    static Map<String, Integer> deadByPlace(String text) {
        List<Event> es = RealGazetteer.events(text, "2016-05-10");
        assertEquals(1, es.size(), es.toString());
        Event e = es.get(0);
        List<FatalityShares.Share> shares = FatalityShares.of(e);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < shares.size(); i++) out.put(e.places().get(i).nameAr(), shares.get(i).count());
        return out;
    }

    @Test
    void eachCountGoesToThePlaceRightAfterIt() {
        Map<String, Integer> d = deadByPlace("قتل ثلاثة أشخاص في دوما واثنان في حرستا جراء غارات جوية.");
        assertEquals(3, d.get("دوما"), d::toString);
        assertEquals(2, d.get("حرستا"), d::toString);
        // after a clause of their own, each behind its feature word
        d = deadByPlace("قتل خمسة أشخاص في مدينة دوما جراء غارات للطيران الحربي، كما قتل أربعة في بلدة سقبا وثلاثة في بلدة حمورية.");
        assertEquals(5, d.get("دوما"), d::toString);
        assertEquals(4, d.get("سقبا"), d::toString);
        assertEquals(3, d.get("حمورة"), d::toString);
    }

    @Test
    void aTollForAPlaceListedBeforeGoesToIt() {
        Map<String, Integer> d = deadByPlace("قصفت قوات النظام مدينة بصرى الشام وبلدات الجيزة والمسيفرة، ما أسفر عن مقتل ثلاثة مدنيين في المسيفرة.");
        assertEquals(3, d.get("المسيفرة"), d::toString);
        assertEquals(null, d.get("بصرى الشام"), "no 0 of the rest on another place: " + d);
    }

    @Test
    void mustNotFire_aTollOfSeveralPlacesTogetherOrOfAnotherIncident() {
        // "on the two towns": one toll, on one place, the other has none (the rows add up to the toll)
        Map<String, Integer> d = deadByPlace("قتل 7 مدنيين في قصف على بلدتي كفرنبل وحاس.");
        assertEquals(7, d.values().stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum(), d::toString);
        assertEquals(1, d.values().stream().filter(java.util.Objects::nonNull).count(), d::toString);
        // the place the shells came from gets none of their dead
        d = deadByPlace("سقطت ثلاث قذائف صاروخية على حي الزهراء في مدينة حمص، أطلقها مسلحون من حي الوعر، ما أدى إلى مقتل مواطنين اثنين.");
        assertEquals(Map.of("الزهراء", 2), d);
    }

    @Test
    void anOperationLaunchedInAPlaceIsThere() {
        // "أطلقتها ... في": where the operation was launched, not where fire came from
        Map<String, Integer> d = deadByPlace("اندلعت اشتباكات خلال عملية تمشيط أطلقتها قوات النظام في بلدة مورك.");
        assertEquals(List.of("مورك"), List.copyOf(d.keySet()));
    }
}
