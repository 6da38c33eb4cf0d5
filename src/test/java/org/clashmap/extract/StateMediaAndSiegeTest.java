package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * State media tell the army's attacks by their outcome, and a siege broken is a battle while a siege laid is not
 * (triggers.tsv). Sentences written for this test in the style of those reports, none taken from any report.
 */
class StateMediaAndSiegeTest {
    private static final String PUB = "2016-08-10";

    private static Event battle(String sentence) {
        Event e = Fixture.only(sentence, PUB);
        assertEquals(SubEventType.ARMED_CLASH, e.subType(), sentence);
        return e;
    }

    @Test
    void theArmysAttackToldByItsOutcomeIsAClash() {
        for (String s : List.of("أوقعت وحدات من الجيش قتلى في صفوف الإرهابيين في محيط السخنة.",
                "دمرت وحدات من الجيش أوكارا للإرهابيين في محيط السخنة.",
                "تم القضاء على عدد من الإرهابيين في محيط السخنة.")) {
            Event e = battle(s);
            assertTrue(e.actors().isEmpty() || e.actors().stream().noneMatch(a -> a.actorId().equals("civilians")), s);
        }
        assertEquals("regime", battle("أوقعت وحدات من الجيش قتلى في صفوف الإرهابيين في محيط السخنة.").actors().get(0).actorId());
    }

    @Test
    void aSiegeBrokenIsABattleWithoutAChangeOfHands() {
        Extraction x = Fixture.extract("كسرت فصائل المعارضة الحصار عن مدينة تدمر.", PUB, TimePrecision.DAY);
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals(SubEventType.ARMED_CLASH, x.events().get(0).subType());
        assertTrue(x.claims().stream().noneMatch(ControlClaim::gained), x.claims()::toString);
    }

    @Test
    void bringingDownAnAircraftIsAClashButDroppingBarrelsIsNot() {
        Event downed = battle("تمكنت فصائل المعارضة من إسقاط طائرة حربية تابعة للنظام في محيط مدينة تدمر.");
        assertEquals("opposition", downed.actors().get(0).actorId());
        // أسقط also drops barrel bombs: the strike stays a strike
        Event barrels = Fixture.only("ألقى الطيران المروحي براميل متفجرة أسقطها على مدينة تدمر.", PUB);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, barrels.subType());
    }

    @Test
    void anAircraftBroughtDownWithTheSubjectBetweenIsAClash() {
        // the subject stands between the verb and the aircraft: the aircraft words alone made this an air strike
        Event downed = battle("أسقطت فصائل المعارضة طائرة حربية تابعة لقوات النظام فوق مدينة تدمر.");
        assertEquals("opposition", downed.actors().get(0).actorId());
        battle("أسقط مقاتلو المعارضة مروحية للنظام قرب مدينة تدمر.");
        // a reconnaissance plane, no warplane word: the verb alone brings the sentence in
        battle("أسقطت فصائل المعارضة طائرة استطلاع قرب مدينة تدمر.");
        // the aircraft right after the verb, with nothing dropped after it, is its object
        battle("أسقطت الفصائل طائرة حربية في محيط مدينة تدمر.");
    }

    @Test
    void mustNotFire_anAircraftDroppingItsLoadIsAStrike() {
        // right after the verb and followed by what it dropped, the aircraft is the verb's subject
        assertEquals(SubEventType.AIR_DRONE_STRIKE,
                Fixture.only("أسقطت طائرة مروحية تابعة لقوات النظام أربعة براميل متفجرة على مدينة تدمر.", PUB).subType());
        // plural aircraft are left to the air words: "the helicopters dropped barrels"
        assertEquals(SubEventType.AIR_DRONE_STRIKE,
                Fixture.only("أسقطت المروحيات براميل متفجرة على مدينة تدمر.", PUB).subType());
        // "fell" is not "brought down": a crash on a town is the air strike told by its outcome
        assertEquals(SubEventType.AIR_DRONE_STRIKE,
                Fixture.only("سقطت طائرة حربية على سوق في مدينة تدمر.", PUB).subType());
        // the verb with no aircraft after it: no event of its own
        assertEquals(0, Fixture.events("أسقطت المحكمة التهم عن المعتقلين في تدمر.", PUB).size());
    }

    @Test
    void mustNotFire_aSiegeLaidAnExpectationOrADeathWord() {
        // a siege laid for months is a state of things
        assertEquals(0, Fixture.events("تفرض قوات النظام حصارا خانقا على مدينة تدمر منذ أشهر.", PUB).size());
        // a siege lifted by an agreement: no fighting
        assertEquals(0, Fixture.events("توصل الطرفان إلى اتفاق يقضي برفع الحصار عن مدينة تدمر.", PUB).size());
        // توقع is also "expectation": no row, and an expectation is no incident
        assertEquals(0, Fixture.events("يتوقع مراقبون أن تشهد مدينة تدمر معارك عنيفة.", PUB).size());
        // قضى alone stays a death word: the shelling is the incident, with its dead
        Event shelling = Fixture.only("وقضى ثلاثة أشخاص في قصف على مدينة تدمر.", PUB);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, shelling.subType());
        assertEquals(3, shelling.fatalities());
    }
    /** Decision 072: state media's "aggression" is the strike it names; the bare noun and the village stay what they were. */
    @Test
    void anAggressionInStateMediaIsAStrike() {
        Event air = Fixture.only("تصدت وسائط الدفاع الجوي لعدوان جوي إسرائيلي على محيط السخنة فجر اليوم.", PUB);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, air.subType());
        assertEquals("israel", air.actors().get(0).actorId());
        Event israeli = Fixture.only("استهدف العدوان الإسرائيلي فجر اليوم مواقع في محيط السخنة.", PUB);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, israeli.subType());
        assertEquals("israel", israeli.actors().get(0).actorId());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, Fixture.only("تعرضت مواقع في محيط السخنة لعدوان إسرائيلي فجر اليوم.", PUB).subType());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, Fixture.only("أحبطت دفاعاتنا عدوانا صاروخيا على محيط السخنة.", PUB).subType());
    }

    @Test
    void mustNotFire_aCondemnationOrTheBareNounIsNoStrike() {
        assertTrue(Fixture.extract("أدانت وزارة الخارجية العدوان الإسرائيلي على محيط السخنة.", PUB, TimePrecision.DAY).events().isEmpty());
        assertTrue(Fixture.extract("تحدث المصدر عن العدوان على محيط السخنة.", PUB, TimePrecision.DAY).events().isEmpty());
    }
}
