package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dead of the other side or of another group told after "مقابل" or after و with an approximator ("وما لا يقل عن 11
 * من …", "وأكثر من عشرة …") are a second count of the same incident, added as "و11 من …" is (second_counts.tsv).
 * Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class SecondCountsTest {
    private static Integer dead(String text) {
        List<Event> es = RealGazetteer.events(text, "2016-05-10");
        assertEquals(1, es.size(), text + " " + es);
        return es.get(0).fatalities();
    }

    @Test
    void theOtherSidesDeadAfterAgainstAreAdded() {
        assertEquals(14, dead("قتل 5 من مقاتلي الفصائل مقابل 9 من قوات النظام في اشتباكات على أطراف بلدة مورك."));
    }

    @Test
    void aSecondCountWithAnApproximatorIsAdded() {
        assertEquals(27, dead("قتل 20 عنصرا من تنظيم الدولة، وما لا يقل عن 7 من وحدات حماية الشعب، في معارك قرية تل تمر."));
        assertEquals(16, dead("قتل ستة من عناصر الفصيل ونحو عشرة من قوات النظام في اشتباكات بمحيط بلدة كفرنبودة."));
    }

    @Test
    void mustNotFire_theWoundedThingsOrPeopleOfAnotherKind() {
        // the wounded, raids and displaced families are no second count of the dead
        assertEquals(12, dead("قتل 12 مدنيا في غارات على مدينة دوما، وأصيب أكثر من 40 آخرين."));
        assertEquals(5, dead("قتل 5 أشخاص في قصف على مدينة دوما، ونحو 20 غارة استهدفت أطرافها."));
        assertEquals(9, dead("قتل 9 مقاتلين من الفصائل في اشتباكات بلدة مورك، ونزح أكثر من 300 عائلة."));
    }

    @Test
    void menASideLostAreItsDead() {
        // losses in men (casualties.tsv, decision 067): each side's added
        assertEquals(11, dead("خسرت قوات النظام 8 عناصر فيما خسرت الفصائل 3 مقاتلين في معارك على أطراف بلدة مورك."));
        assertEquals(15, dead("خسر تنظيم الدولة 15 من عناصره في هجوم على قرية تل تمر."));
        assertEquals(10, dead("اشتبكت الفصائل مع قوات النظام في حي جوبر، وخسر الطرفان عشرات المقاتلين."));
    }

    @Test
    void mustNotFire_placesPositionsAndThingsLost() {
        // a side losing places, positions, vehicles or a share of a town lost no men
        assertEquals(null, dead("خسر التنظيم 3 قرى بعد معارك مع وحدات حماية الشعب قرب بلدة عين عيسى."));
        assertEquals(null, dead("خسرت الفصائل 4 مواقع في اشتباكات على أطراف بلدة كفرنبودة."));
        assertEquals(null, dead("خسرت قوات النظام 5 دبابات في هجوم على بلدة كفرنبودة."));
        assertEquals(null, dead("خسر التنظيم نحو 40 بالمئة من مساحة مدينة الرقة في المعارك."));
        assertEquals(null, dead("خسر النظام مواقعه في تلة العيس بعد اشتباكات عنيفة."));
    }
}
