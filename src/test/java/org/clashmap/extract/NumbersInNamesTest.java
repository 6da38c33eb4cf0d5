package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A number that is part of a place's or an outlet's name is no toll: "حي المزة 86", "شبكة دير الزور 24", "حي الأربعين".
 * A count written after a place with what it counts still is ("قتل في مدينة حلب 12 مدنيا"). Sentences written for
 * this test, real gazetteer, a report of 10 May 2016.
 */
class NumbersInNamesTest {
    private static Event only(String text) {
        List<Event> es = RealGazetteer.events(text, "2016-05-10");
        assertEquals(1, es.size(), text + " " + es);
        return es.get(0);
    }

    @Test
    void aNamesFigureIsNoToll() {
        assertEquals(0, only("سقطت قذيفتا هاون على حي المزة 86 بدمشق ما أدى إلى إصابة مدنيين.").fatalities());
        assertEquals(4, only("استشهد 4 مواطنين جراء سقوط قذائف على حي المزة 86 بدمشق.").fatalities());
        assertEquals(6, only("أفادت شبكة دير الزور 24 بمقتل 6 مدنيين في غارة على مدينة البوكمال.").fatalities());
        assertNull(only("أفاد موقع دير الزور 24 بسقوط قذائف على حي الجورة.").fatalities());
    }

    @Test
    void mustNotFire_aCountAfterAPlaceWithWhatItCounts() {
        assertEquals(12, only("قتل في مدينة حلب 12 مدنيا بغارات روسية.").fatalities());
        assertEquals(24, only("وفي دير الزور 24 قتيلا جراء غارات روسية على المدينة.").fatalities());
        assertEquals(5, only("قتل في مدينة دوما 5 بينهم طفلان بغارات روسية.").fatalities());
    }
}
