package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What only an incident leaves (triggers.tsv, decision 067): bodies under the rubble are the dead of the fire that
 * brought it down, a sniper's fire is an incident, and "one of the two" who died of wounds is one dead.
 * Sentences written for this test, real gazetteer, a report of 10 May 2016.
 */
class RubbleAndSnipersTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-05-10");
    }

    @Test
    void bodiesRecoveredFromTheRubbleAreTheDeadOfThatPlace() {
        List<Event> es = events("أعلن الدفاع المدني انتشال 17 جثة من تحت الأنقاض في حي الصالحين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(17, es.get(0).fatalities());
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, es.get(0).type());
        // a raid in the sentence decides the kind, and the rubble adds no incident of its own
        List<Event> raid = events("قتل 5 مدنيين في غارة على بلدة حيان، ولا يزال آخرون تحت الأنقاض.");
        assertEquals(1, raid.size(), raid.toString());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, raid.get(0).subType());
        // a shelling stays a shelling
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE,
                events("قتل ثلاثة مدنيين في قصف مدفعي على مدينة دوما، وانتشلت فرق الإنقاذ جثثهم من تحت الأنقاض.").get(0).subType());
    }

    @Test
    void aSnipersFireIsAnIncidentAndOneOfTheTwoDied() {
        List<Event> es = events("أصيب رجلان برصاص قناص في حي القابون، وتوفي أحدهما متأثرا بجراحه.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(1, es.get(0).fatalities());
        // wounded only: an incident with nobody killed
        assertEquals(0, events("أصيبت امرأة برصاص قناص في حي القابون.").get(0).fatalities());
    }

    @Test
    void mustNotFire_rubbleClearedSnipersDeployedOneOfThemSpeaking() {
        assertEquals(List.of(), events("تعمل فرق الدفاع المدني على إزالة الأنقاض في حي الصالحين."));
        assertEquals(List.of(), events("عاد الأهالي إلى منازلهم في بلدة حيان التي تحولت إلى أنقاض."));
        assertEquals(List.of(), events("انتشر القناصة على أسطح المباني في حي القابون."));
        assertEquals(List.of(), events("قال أحدهم إن الوضع في حي القابون صعب."));
    }
}
