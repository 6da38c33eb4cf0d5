package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlClaimsTest {
    private static final String PUB = "2016-03-21";

    @Test
    void governmentCaptureIsRegainAndGain() {
        var x = Fixture.extract("سيطرت قوات النظام أمس على مدينة القريتين.", PUB, TimePrecision.DAY);
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, x.events().get(0).subType());
        var c = x.claims().get(0);
        assertEquals("regime", c.actorId());
        assertTrue(c.gained());
        assertEquals("fx:qaryatayn", c.place().placeId());
        assertEquals(DateRange.day(LocalDate.parse("2016-03-20")), c.date());
    }

    @Test
    void nonStateCaptureUsesTheSubjectAfterTheVerb() {
        var x = Fixture.extract("استعاد مقاتلو تنظيم الدولة أربع نقاط في جبال محسة القريتين.", PUB, TimePrecision.DAY);
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, x.events().get(0).subType());
        assertEquals("isis", x.claims().get(0).actorId());
    }

    @Test
    void withdrawalIsALossWithoutAnEvent() {
        var x = Fixture.extract("انسحب تنظيم داعش من بلدة حويسيس.", PUB, TimePrecision.DAY);
        assertTrue(x.events().isEmpty());
        assertEquals(1, x.claims().size());
        assertFalse(x.claims().get(0).gained());
        assertEquals("isis", x.claims().get(0).actorId());
    }

    @Test
    void anAttemptChangesNoControl() {
        var x = Fixture.extract("حاولت قوات النظام استرجاع النقاط في قبة الكردي فوقعت في كمين للمقاومة.", PUB, TimePrecision.DAY);
        assertTrue(x.claims().isEmpty(), x.claims()::toString);
        assertEquals(SubEventType.ARMED_CLASH, x.events().get(0).subType());
    }

    @Test
    void holdingIsNotTaking() {
        var x = Fixture.extract("شنت فصائل المعارضة هجوما على بلدة سحم الجولان التي يسيطر عليها جيش خالد.", PUB, TimePrecision.DAY);
        assertTrue(x.claims().isEmpty(), x.claims()::toString);
        assertEquals(SubEventType.ARMED_CLASH, x.events().get(0).subType());
    }
}
