package org.clashmap.extract;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deaths the report then denies or does not confirm ("إلا أن التنظيم لم يؤكد الخبر"، "ونفت حسابات مقربة من التنظيم مقتله")
 * leave the incident with its dead unknown; a denial of something else (responsibility, the aircraft's identity, other
 * dead) leaves the toll alone. Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class UnconfirmedDeadTest {
    private static Event only(String text) {
        return RealGazetteer.only(text, "2016-05-10");
    }

    @Test
    void deathsNotConfirmedOrDeniedAreUnknown() {
        Event e = only("تحدثت مصادر محلية عن مقتل قيادي بارز في تنظيم داعش بغارة للتحالف على مدينة الميادين، إلا أن التنظيم لم يؤكد الخبر.");
        assertEquals(null, e.fatalities(), e.toString());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subType(), "the strike itself stands");
        e = only("قتل قيادي في تنظيم داعش بغارة للتحالف على مدينة الميادين. ونفت حسابات مقربة من التنظيم مقتله، وقالت إنه أصيب بجروح طفيفة.");
        assertEquals(null, e.fatalities(), e.toString());
    }

    @Test
    void mustNotFire_aDenialOfSomethingElse() {
        assertEquals(5, only("قتل 5 مدنيين في غارة روسية على مدينة بنش. ونفت وزارة الدفاع الروسية مسؤوليتها عن مقتلهم.").fatalities());
        assertEquals(5, only("قتل 5 مدنيين في غارة على مدينة بنش، ولم تؤكد المصادر هوية الطائرات.").fatalities());
        assertEquals(5, only("قتل 5 مدنيين في غارة على مدينة بنش. ونفى مصدر عسكري مقتل 20 جنديا في ريف حماة.").fatalities());
        assertEquals(5, only("قتل 5 مدنيين في غارة على مدينة بنش. وقال ناشطون إن الطائرات الروسية نفذت الغارة، وهو ما نفته موسكو.").fatalities());
    }
}
