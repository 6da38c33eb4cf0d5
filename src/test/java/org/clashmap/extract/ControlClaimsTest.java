package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    // Presence: "positions of X at/around P" says X holds P then (a state, stored as a gain).

    private static final String APRIL_25 = "2018-04-25";

    private static String claims(Extraction x) {
        return x.claims().stream().map(c -> c.actorId() + (c.gained() ? "+" : "-") + c.place().placeId()).sorted().toList().toString();
    }

    @Test
    void positionsOfTheRegimeAroundATownSayTheRegimeHoldsItNotTheAttacker() {
        var x = Fixture.extract("شن تنظيم داعش أمس هجوما على مواقع للنظام في محيط السخنة.", APRIL_25, TimePrecision.DAY);
        assertEquals(1, x.events().size(), "the attack is still an event");
        assertEquals(SubEventType.ARMED_CLASH, x.events().get(0).subType());
        assertEquals("[regime+fx:sukhnah]", claims(x));
        assertEquals(DateRange.day(LocalDate.parse("2018-04-24")), x.claims().get(0).date(), "dated like the attack");
    }

    @Test
    void theOwnerMayFollowInTheConstructStateOrAfterALinkWord() {
        assertEquals("[opposition+fx:rastan]",
                claims(Fixture.extract("قصفت قوات النظام مواقع فصائل المعارضة قرب الرستن.", APRIL_25, TimePrecision.DAY)));
        assertEquals("[regime+fx:rastan]",
                claims(Fixture.extract("قصفت فصائل المعارضة حواجز عسكرية لقوات النظام شمال الرستن.", APRIL_25, TimePrecision.DAY)));
        assertEquals("[isis+fx:raqqa]",
                claims(Fixture.extract("قصف التحالف الدولي مقرات تابعة لتنظيم داعش في الرقة.", APRIL_25, TimePrecision.DAY)));
        assertEquals("[isis+fx:raqqa]",
                claims(Fixture.extract("قصف التحالف الدولي مقرات عسكرية تابعة لـ “تنظيم الدولة” في الرقة.", APRIL_25, TimePrecision.DAY)));
    }

    @Test
    void anActorAfterAnyOtherWordIsNotTheOwner() {
        // "نقاطاً كانت قوات النظام قد سيطرت عليها": the regime is the subject of the clause; ISIS retook the points
        var x = Fixture.extract("واستعاد مقاتلو تنظيم الدولة نقاطاً كانت قوات النظام قد سيطرت عليها يوم الجمعة في حويسيس.",
                "2016-03-21", TimePrecision.DAY);
        assertEquals("[isis+fx:huwaysis, regime+fx:huwaysis]", claims(x));
        assertTrue(Fixture.extract("قصف الطيران مواقع قال ناشطون إنها لقوات النظام في تدمر.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
    }

    @Test
    void onlyTheFirstOwnerOfThePostsGetsAClaimAcrossAppositionsAndParentheses() {
        var x = Fixture.extract("شن تنظيم داعش هجوما على مواقع للنظام، تتبع للفرقة الحادية عشر دبابات، وأخرى للميليشيات الشيعية"
                + " (لواء الرضا وحزب الله اللبناني) الواقعة شمال المحطة الثالثة.", APRIL_25, TimePrecision.DAY);
        assertEquals("[regime+fx:t3]", claims(x));
    }

    @Test
    void aHabitIsNoIncidentButStillSaysWhoHoldsThePositions() {
        var x = Fixture.extract("تنظيم داعش يهاجم في كل ليلة مواقع للنظام في محيط السخنة ومحيط تدمر.", APRIL_25, TimePrecision.DAY);
        assertTrue(x.events().isEmpty(), x.events()::toString);
        assertEquals("[regime+fx:palmyra, regime+fx:sukhnah]", claims(x));
    }

    @Test
    void noPresenceInsideAWarningAnAccusationOrAPurpose() {
        assertTrue(Fixture.extract("حذرت روسيا من هجوم على مواقع القوات الحكومية في درعا.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
        assertTrue(Fixture.extract("اتهمت المعارضة النظام بقصف مواقع للمعارضة في الرستن.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
    }

    @Test
    void takenPostsSayWhoTookThemNotWhoHeldThem() {
        var x = Fixture.extract("سيطر تنظيم داعش على خمسة حواجز لقوات النظام في حويسيس.", APRIL_25, TimePrecision.DAY);
        assertEquals("[isis+fx:huwaysis]", claims(x));
        var y = Fixture.extract("هاجم تنظيم داعش مواقع للنظام في حويسيس وسيطر عليها.", APRIL_25, TimePrecision.DAY);
        assertTrue(y.claims().stream().noneMatch(c -> c.actorId().equals("regime")), claims(y));
    }

    @Test
    void postsOnTheEdgeOfAPlaceFormerPostsAndPlacesNamedForSomethingElseGiveNoClaim() {
        assertTrue(Fixture.extract("استهدف تنظيم داعش مواقع لقوات النظام على أطراف مخيم اليرموك بقذائف الهاون.", APRIL_25,
                TimePrecision.DAY).claims().isEmpty());
        assertTrue(Fixture.extract("قصف الطيران الروسي مواقع النظام السابقة في تدمر.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
        assertTrue(Fixture.extract("قصفت قوات النظام مواقع للمعارضة وقتل 3 مدنيين في الرستن.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
        assertTrue(Fixture.extract("استهدفت الطائرات مواقع يتوارى ضمنها مقاتلو داعش في الرقة.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
    }

    @Test
    void civiliansHoldNothingAndCoarsePlacesAreNotHeld() {
        assertTrue(Fixture.extract("قصف طيران النظام تجمعات المدنيين في الرستن.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
        assertTrue(Fixture.extract("قصف الطيران الروسي مواقع للمعارضة في ريف حمص الشمالي.", APRIL_25, TimePrecision.DAY).claims().isEmpty());
    }

    @Test
    void anUndatedReportGivesAnUndatedPresenceClaim() {
        var x = Fixture.extract("شن تنظيم داعش هجوما على مواقع للنظام في محيط السخنة.", null, TimePrecision.UNKNOWN);
        assertEquals(1, x.claims().size());
        assertNull(x.claims().get(0).date().from());
    }
}
