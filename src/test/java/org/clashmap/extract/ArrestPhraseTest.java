package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Decision 071: the arrest told in its set phrase "ألقى القبض على" is an arrest, as "اعتقل" is; the grip of a power and
 * a warrant are none. Sentences written for this test, real gazetteer, a report of 10 August 2015.
 */
class ArrestPhraseTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2015-08-10");
    }

    @Test
    void theSetPhraseOfArrestIsAnArrest() {
        for (String s : List.of("ألقت قوات الأمن القبض على ثلاثة مطلوبين في بلدة جرمانا.",
                "أعلنت وزارة الداخلية القبض على خلية في حي الوعر بحمص.",
                "قالت الوحدات الكردية إنها ألقت القبض على عنصر من داعش في مدينة القامشلي.")) {
            List<Event> es = events(s);
            assertEquals(1, es.size(), s + " " + es);
            assertEquals(SubEventType.ARRESTS, es.get(0).subType(), s);
        }
    }

    @Test
    void mustNotFire_aGripOrAWarrantIsNoArrest() {
        assertEquals(List.of(), events("لا تزال مدينة جبلة في قبضة النظام."));
        assertEquals(List.of(), events("صدرت مذكرة القبض بحق قائد فصيل من مدينة جبلة."));
    }
}
