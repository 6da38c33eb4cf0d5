package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A capture or withdrawal "without fighting" is a non-violent transfer of territory (a strategic development), not a
 * battle. Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class PeacefulTransfersTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    @Test
    void aWithdrawalWithoutFightingIsAHandover() {
        List<Event> es = events("انسحبت قوات النظام من بلدة خان شيخون دون قتال.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER, es.get(0).subType());
        assertEquals(EventType.STRATEGIC_DEVELOPMENTS, es.get(0).type());
        List<Event> taken = events("سيطرت فصائل المعارضة على بلدة مورك دون مقاومة من قوات النظام.");
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER, taken.get(0).subType());
    }

    @Test
    void mustNotFire_aCaptureOrWithdrawalAfterFightingStaysABattle() {
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                events("سيطرت فصائل المعارضة على بلدة مورك بعد معارك عنيفة مع قوات النظام.").get(0).subType());
        assertEquals(EventType.BATTLES, events("انسحبت قوات النظام من بلدة مورك بعد اشتباكات عنيفة.").get(0).type());
        // a bare withdrawal changes control only, as before
        assertTrue(events("انسحبت قوات النظام من بلدة مورك.").isEmpty());
    }
    @Test
    void aWithdrawalUnderAnAgreementIsAHandover() {
        for (String s : List.of("انسحب مقاتلو المعارضة من بلدة مورك بموجب اتفاق مع قوات النظام.",
                "انسحبت فصائل المعارضة من بلدة مورك اليوم وفقا لاتفاق التسوية.",
                "انسحبت قوات النظام من بلدة مورك تنفيذا للاتفاق.")) {
            List<Event> es = events(s);
            assertEquals(1, es.size(), s + es);
            assertEquals(SubEventType.NON_VIOLENT_TRANSFER, es.get(0).subType(), s);
        }
    }

    @Test
    void mustNotFire_anAgreementTalkedAboutOrScheduledIsNoHandover() {
        assertTrue(events("ينص الاتفاق على انسحاب مقاتلي المعارضة من بلدة مورك.").isEmpty());
        assertTrue(events("ومن المقرر أن يبدأ انسحاب مقاتلي المعارضة من بلدة مورك بموجب الاتفاق.").isEmpty());
        assertTrue(events("ناقش الطرفان انسحاب المقاتلين من بلدة مورك وفق الاتفاق.").isEmpty());
    }
}
