package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Decision 068: the feminine and plural past of executing ("أعدمت قوات النظام 5 مدنيين"، "أعدموا") and "felled him
 * dead" after a shooting ("أطلق مسلحون النار على شاب فأردوه قتيلا") are incidents with their dead (triggers.tsv); a
 * verdict told with the verb ("أدانتهما بالتعامل مع التحالف") names the accusation, not a party (cues.tsv). Not a
 * denial, nor shots in the air, nor a funeral. A body found killed ("جثة شاب مقتولا") is a killing too. Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class ExecutionsAndShootingsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    private static Event only(String text) {
        return RealGazetteer.only(text, "2016-05-10");
    }

    @Test
    void theFeminineAndPluralPastExecute() {
        Event e = only("أعدمت قوات النظام 5 مدنيين ميدانيا في بلدة كفردريان.");
        assertEquals(SubEventType.ATTACK, e.subType());
        assertEquals(5, e.fatalities());
        assertEquals(2, only("أعدموا شابين في مدينة سرمدا بتهمة السرقة.").fatalities());
    }

    @Test
    void aVerdictNamesNoParty() {
        Event e = only("أعدمت الهيئة 3 أشخاص أدانتهم بالتعامل مع التحالف في بلدة كفردريان.");
        assertEquals(3, e.fatalities());
        assertFalse(e.actors().stream().anyMatch(a -> a.actorId().equals("coalition")), e.actors().toString());
    }

    @Test
    void feltHimDeadIsAKilling() {
        Event e = only("أطلق مسلحون النار على شاب في بلدة خربة غزالة فأردوه قتيلا.");
        assertEquals(1, e.fatalities());
        assertEquals("خربة غزالة", e.places().get(0).nameAr());
        assertEquals(1, only("أطلق مجهولون النار على امرأة في بلدة جاسم فأردتها قتيلة.").fatalities());
    }

    @Test
    void aBodyFoundKilledIsAKilling() {
        // decision 068: the adjective tells the killing the finding reports; the body word counts the dead
        Event e = only("عثر الأهالي على جثة شاب مقتولا بطلق ناري في بلدة جاسم.");
        assertEquals(SubEventType.ATTACK, e.subType());
        assertEquals(1, e.fatalities());
        assertEquals(3, only("عثر رعاة أغنام على جثث ثلاثة عناصر مقطوعة الرؤوس في بادية آراك.").fatalities());
        // must not fire: a depot found, bodies handed over, a drowning
        for (String s : List.of("عثرت فرق الهندسة على مستودع أسلحة في بلدة جاسم.",
                "سلم الهلال الأحمر جثث خمسة عناصر إلى ذويهم في بلدة جاسم.",
                "عثر على جثة طفل غرق في نهر الفرات قرب بلدة الشحيل.")) {
            assertEquals(List.of(), events(s), s);
        }
    }

    @Test
    void mustNotFire_aDenialShotsInTheAirOrAFuneral() {
        for (String s : List.of("نفت الهيئة أن تكون قد أعدمت أحدا في مدينة سرمدا.",
                "أطلق مسلحون النار في الهواء في بلدة جاسم دون إصابات.",
                "شيع أهالي بلدة الحراك الشاب الذي أرداه قناص قتيلا الشهر الماضي في مدينة درعا.")) {
            assertEquals(List.of(), events(s), s);
        }
    }
}
