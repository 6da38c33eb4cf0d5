package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An assassination told in the passive ("اغتيل القيادي … في بلدة X"، "اغتيلت ناشطة") is the assassination the active verb
 * tells (triggers.tsv, casualties.tsv): an attack, its dead counted like قتل's. Not a denial, nor one told as a funeral's
 * background. Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class AssassinationsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    private static Event only(String text) {
        return RealGazetteer.only(text, "2016-05-10");
    }

    @Test
    void thePassiveIsAnAssassination() {
        Event e = only("اغتيل مساء أمس القيادي في الفيلق الخامس في بلدة داعل برصاص مجهولين.");
        assertEquals(SubEventType.ATTACK, e.subType());
        assertEquals(1, e.fatalities());
        assertEquals(LocalDate.parse("2016-05-09"), e.date().from());
        assertEquals(SubEventType.ATTACK, only("اغتيلت طبيبة في مدينة سلقين على يد مسلحين ملثمين.").subType());
    }

    @Test
    void thePassiveCountsItsSubjects() {
        assertEquals(2, only("اغتيل عنصران من الأمن العسكري على أطراف مدينة طفس.").fatalities());
        assertEquals(4, only("اغتيل أربعة مقاتلين من فصائل التسوية في بلدة نوى.").fatalities());
    }

    @Test
    void mustNotFire_aDenialOrAFuneral() {
        for (String s : List.of("نفى الفصيل أن يكون قائده قد اغتيل في مدينة إدلب.",
                "شيع أهالي بلدة الحراك الشاب الذي اغتيل الشهر الماضي في مدينة درعا.")) {
            assertEquals(List.of(), events(s), s);
        }
    }
}
