package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fighting told by its verb (اشتبك، تشتبك، تصدت) is a clash as the noun اشتباكات is; "freed" (حرر، يحرر) is a capture.
 * Not a pledge to free, the noun (a battle's name, prisoners freed), nor the names of groups that carry the word (هيئة
 * تحرير الشام، جبهة تحرير سوريا). Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class FightingVerbsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    private static Event only(String text) {
        List<Event> es = events(text);
        assertEquals(1, es.size(), text + " " + es);
        return es.get(0);
    }

    @Test
    void theVerbsOfFightingAreClashes() {
        for (String s : List.of("اشتبك مقاتلو المعارضة مع قوات النظام في بلدة مورك.",
                "اشتبكت فصائل المعارضة مع قوات النظام على أطراف بلدة مورك منذ الصباح.",
                "تشتبك الفصائل مع قوات النظام في محيط بلدة مورك.",
                "تصدت الفصائل لمحاولة تقدم قوات النظام على بلدة مورك.")) {
            assertEquals(SubEventType.ARMED_CLASH, only(s).subType(), s);
        }
    }

    @Test
    void freedIsACapture() {
        Event kurds = only("حررت وحدات حماية الشعب قرية تل جمعة في ريف تل تمر من مرتزقة داعش.");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, kurds.subType());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, only("حررت قوات النظام قرية الطليسية في ريف حماة الشرقي.").subType());
    }

    @Test
    void mustNotFire_aPledgeAnAimOrAGroupsName() {
        assertEquals(List.of(), events("تعهد قائد الفصيل بتحرير مدينة حلب من قوات النظام."));
        assertEquals(List.of(), events("دعا المجلس إلى تحرير المعتقلين في سجون النظام."));
        // the noun names a battle ("معركة تحرير درعا") or prisoners freed: no capture
        for (Event e : events("أعلنت فصائل المعارضة بدء معركة لتحرير مدينة درعا.")) {
            assertEquals(SubEventType.ARMED_CLASH, e.subType(), e.toString());
        }
        for (Event e : events("تمكنت فصائل المعارضة في مدينة حلب من تحرير 25 امرأة وطفلا كانوا معتقلين لدى قوات النظام.")) {
            assertEquals(false, e.subType() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.toString());
        }
        assertEquals(SubEventType.AIR_DRONE_STRIKE, only("قصفت طائرات روسية مقرا لهيئة تحرير الشام في مدينة إدلب.").subType());
        Event front = only("قالت جبهة تحرير سوريا إن مقاتليها قتلوا 5 عناصر من قوات النظام في بلدة مورك.");
        assertEquals(SubEventType.ARMED_CLASH, front.subType());
        assertEquals(5, front.fatalities());
    }
}
