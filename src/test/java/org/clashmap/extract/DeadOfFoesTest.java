package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A toll told alone that counts the dead of two sides fighting each other ("وقتل ستة عناصر من التنظيم وأربعة من قوات
 * النظام") belongs to the last battle told, as one "من الطرفين" does, not to an air strike told after the battle. The dead
 * of one side, or of allies, go to the incident just told. Sentences written for this test, real gazetteer, a report of
 * 10 May 2016.
 */
class DeadOfFoesTest {
    private static final String BATTLE_THEN_STRIKE = "دارت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في حي الصناعة بمدينة دير الزور، "
            + "ترافقت مع قصف جوي على حي الحويقة. ";

    private static Event ofType(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(es.toString()));
    }

    @Test
    void theDeadOfBothSidesFellInTheBattle() {
        List<Event> es = RealGazetteer.events(BATTLE_THEN_STRIKE + "وقتل ستة عناصر من التنظيم وأربعة من قوات النظام.", "2016-05-10");
        assertEquals(10, ofType(es, EventType.BATTLES).fatalities(), es::toString);
        assertEquals(null, ofType(es, EventType.EXPLOSIONS_REMOTE_VIOLENCE).fatalities(), es::toString);
    }

    @Test
    void mustNotFire_theDeadOfOneSideGoToTheIncidentJustTold() {
        List<Event> es = RealGazetteer.events(BATTLE_THEN_STRIKE + "وقتل ستة عناصر من التنظيم.", "2016-05-10");
        assertEquals(6, ofType(es, EventType.EXPLOSIONS_REMOTE_VIOLENCE).fatalities(), es::toString);
    }
}
