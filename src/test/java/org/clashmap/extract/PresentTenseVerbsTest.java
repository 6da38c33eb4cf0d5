package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Leads and roundup lines tell the news in the present ("الطيران الروسي يستهدف بلدة X ويقتل 4 مدنيين"): the present of
 * killing, assassinating and executing (triggers.tsv, casualties.tsv) is read as the past is. Not a future, a negation,
 * nor another verb that starts alike (تقتلع). Sentences written for this test, real gazetteer, a
 * report of 10 May 2016.
 */
class PresentTenseVerbsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    private static Event only(String text) {
        return RealGazetteer.only(text, "2016-05-10");
    }

    @Test
    void thePresentOfKillingCountsItsDead() {
        assertEquals(6, only("طائرات النظام تستهدف مدينة تلبيسة وتقتل 6 مدنيين.").fatalities());
        assertEquals(3, only("قذائف هاون تسقط على حي الحمدانية وتقتل ثلاثة أشخاص.").fatalities());
        assertEquals(8, only("غارات على بلدة كفرنبل تقتل 8 مدنيين بينهم أطفال.").fatalities());
        assertEquals(2, only("داعش يفجر عبوة ناسفة في مدينة منبج ويقتل شخصين.").fatalities());
    }

    @Test
    void aKillingToldInThePresentIsAnIncident() {
        Event sniper = only("قناص من قوات النظام يقتل شابا في حي جوبر.");
        assertEquals(1, sniper.fatalities());
        Event murder = only("مسلحون مجهولون يغتالون رئيس مجلس محلي في بلدة نوى.");
        assertEquals(SubEventType.ATTACK, murder.subType());
        Event executed = only("التنظيم يعدم خمسة رجال في مدينة البوكمال.");
        assertEquals(SubEventType.ATTACK, executed.subType());
        assertEquals(5, executed.fatalities());
    }

    @Test
    void mustNotFire_aFutureANegationOrAnotherVerb() {
        for (String s : List.of("حذرت المنظمة من أن الحصار سيقتل المزيد من الأطفال في مضايا.",
                "تقتلع الرياح خيام النازحين في مخيمات أطمة.")) {
            assertEquals(List.of(), events(s), s);
        }
        // shells that killed nobody: the denied verb is no death of its own
        Event shells = only("سقطت قذائف على بلدة كفرنبل ولم يقتل أحد.");
        assertNull(shells.fatalities());
    }
}
