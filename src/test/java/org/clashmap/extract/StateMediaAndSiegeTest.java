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
}
