package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whose toll a killing is: the attack's when a word of attack tells how they died, even a weak one; not one more
 * dead for the shooter named after "برصاص"; and a next sentence that says nobody died is another strike. Sentences
 * written for this test, real gazetteer, a report of 1 March 2016.
 */
class AttackTollsTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-03-01");
    }

    @Test
    void aKillingCausedByTargetingIsTheStrikesToll() {
        List<Event> es = events("قتل خمسة مدنيين جراء استهداف الطيران المروحي بلدة كفر داعل ببرميلين متفجرين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, es.get(0).subType(), "barrel bombs are dropped from the air");
        assertEquals(5, es.get(0).fatalities());
        List<Event> rockets = events("قتل خمسة مدنيين جراء استهداف بلدة كفر داعل بالصواريخ.");
        assertEquals(1, rockets.size(), rockets.toString());
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, rockets.get(0).type());
    }

    @Test
    void mustNotFire_aKillingWithNoWordOfAttackStaysAClash() {
        List<Event> es = events("قتل شخصان في بلدة كفر داعل.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EventType.BATTLES, es.get(0).type());
        assertEquals(2, es.get(0).fatalities());
    }

    @Test
    void theShooterNamedAfterTheMeansIsNoVictim() {
        assertEquals(2, events("قتل شخصان برصاص قناص في بلدة كفر داعل.").get(0).fatalities());
        assertEquals(1, events("قتل شخص على يد مسلح مجهول في بلدة كفر داعل.").get(0).fatalities());
        // must not fire: a person joined by و before the means is one more dead
        assertEquals(2, events("قتل رجل وطفل برصاص قناص في بلدة كفر داعل.").get(0).fatalities());
    }

    @Test
    void aNextSentenceSayingNobodyDiedIsAnotherStrike() {
        List<Event> es = events("قتل خمسة مدنيين جراء غارات على بلدة كفر داعل في ريف حلب الغربي. "
                + "وشن الطيران غارات على بلدة كفر داعل اقتصرت أضرارها على الخسائر المادية.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(5, es.get(0).fatalities());
        assertEquals(0, es.get(1).fatalities());
        // must not fire: a next sentence adding to the toll is the same strike
        List<Event> same = events("قتل خمسة مدنيين جراء غارات على بلدة كفر داعل في ريف حلب الغربي. "
                + "وشن الطيران غارات على بلدة كفر داعل استهدفت السوق الشعبي.");
        assertEquals(1, same.size(), same.toString());
    }
}
