package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An execution kills its victims (its number is the toll); what they were accused of names no party ("بتهمة
 * التعامل مع التحالف"). Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class ExecutionsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    private static List<String> actors(Event e) {
        return e.actors().stream().map(EventActor::actorId).toList();
    }

    @Test
    void theExecutedAreTheToll() {
        List<Event> es = events("أعدم تنظيم داعش يوم الأحد خمسة رجال رميا بالرصاص في ساحة مدينة الميادين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
        assertEquals(4, events("أقدم التنظيم على إعدام 4 أشخاص في مدينة الباب بريف حلب.").get(0).fatalities());
    }

    /** Decision 072: a person noun stays the verb's object past a long subject and the manner of the killing. */
    @Test
    void theExecutedPastALongSubjectOrTheManner() {
        assertEquals(2, events("أعدمت هيئة تحرير الشام شخصين في مدينة إدلب.").get(0).fatalities());
        assertEquals(2, events("أعدم تنظيم داعش رميا بالرصاص شابين في مدينة الميادين.").get(0).fatalities());
        assertEquals(2, events("أعدم التنظيم ذبحا رجلين في مدينة الميادين.").get(0).fatalities());
        assertEquals(4, events("أعدم التنظيم رميا بالرصاص 4 مدنيين في مدينة الميادين.").get(0).fatalities());
    }

    @Test
    void mustNotFire_noKillingOrTheKillerAfterTheMeans() {
        // an arrest past a long subject kills nobody; the man after "برصاص" fired it
        assertEquals(null, events("اعتقلت هيئة تحرير الشام شخصين في مدينة إدلب.").stream().findFirst().map(Event::fatalities).orElse(null));
        assertEquals(1, events("قتل شاب برصاص قناص في مدينة الميادين.").get(0).fatalities());
    }

    @Test
    void mustNotFire_aThreatToExecuteKillsNobody() {
        assertTrue(events("هدد تنظيم داعش بإعدام 20 أسيرا في مدينة الرقة.").isEmpty());
    }

    @Test
    void theChargeNamesNoParty() {
        List<Event> es = events("أعدم تنظيم داعش خمسة رجال في مدينة الميادين بتهمة التعامل مع التحالف.");
        assertEquals(List.of("isis"), actors(es.get(0)).subList(0, 1));
        assertFalse(actors(es.get(0)).contains("coalition"), es.toString());
        // and the place after the charge still counts: it is where they died
        List<Event> after = events("أعدم تنظيم داعش خمسة رجال بتهمة التعامل مع التحالف في مدينة الميادين.");
        assertEquals("الميادين", after.get(0).places().get(0).nameAr());
        assertEquals(5, after.get(0).fatalities());
        // (known limit: in this order the coalition is still listed as a side, decision 026 amendment)
    }

    @Test
    void mustNotFire_theCoalitionStrikingIsAParty() {
        List<Event> es = events("قصفت طائرات التحالف مواقع تنظيم داعش في مدينة الرقة.");
        assertEquals("coalition", actors(es.get(0)).get(0));
    }
}
