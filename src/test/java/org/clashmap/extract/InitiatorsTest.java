package org.clashmap.extract;

import org.clashmap.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who struck: a place's holder named after a word of holding is the side struck, never the initiator; a weapon only
 * one side used names the initiator when the text names none (implied_initiators.tsv). Sentences written for this
 * test, real gazetteer, a report of 10 August 2016.
 */
class InitiatorsTest {
    private static final Extractor EXTRACTOR = new RuleBasedExtractor(Gazetteers.load());

    private static Event only(String text) {
        List<Event> es = EXTRACTOR.extract(new Report(text, LocalDate.parse("2016-08-10"), TimePrecision.DAY, "t.txt", "")).events();
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    /** The one event of the sentence has these actors 1 and 2 (null: none). */
    private static void assertSides(String sentence, String actor1, String actor2) {
        Event e = only(sentence);
        assertEquals(actor1, role(e, ActorRole.ACTOR1), e.actors().toString());
        assertEquals(actor2, role(e, ActorRole.ACTOR2), e.actors().toString());
    }

    private static String role(Event e, ActorRole role) {
        return e.actors().stream().filter(a -> a.role() == role).map(EventActor::actorId).findFirst().orElse(null);
    }

    @Test
    void kurdishForcesByTheirOtherNamesTakeWhatTheyTake() {
        for (String s : List.of("سيطرت القوات الكردية على قرية المبروكة بعد معارك مع داعش.",
                "سيطر المقاتلون الأكراد على قرية المبروكة بعد معارك مع داعش.",
                "سيطرت وحدات الحماية الكردية على قرية المبروكة بعد معارك مع داعش.")) {
            Event e = only(s);
            assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subType(), s);
            assertSides(s, "sdf", "isis");
        }
    }

    @Test
    void theVictimsSideAloneDidNotPlantTheBomb() {
        // a bomb or an assassination whose only armed side is the one whose dead are counted: it was struck
        assertSides("قتل ستة عناصر من قوات النظام بتفجير عبوة ناسفة استهدفت سيارتهم قرب بلدة خربة غزالة.", null, "regime");
        assertSides("اغتال مسلحون مجهولون قياديا في جبهة النصرة في بلدة الحراك.", null, "hts");
        // must not fire: a side named beside the dead's did it
        assertSides("قتل ستة عناصر من قوات النظام بتفجير عبوة ناسفة زرعها تنظيم داعش قرب بلدة خربة غزالة.", "isis", "regime");
    }

    @Test
    void theSideFoughtWithTookNothing() {
        // "التنظيم" unnamed before is nobody known; the regime, fought "with", did not regain the town
        Event e = only("سيطر التنظيم على مدينة القريتين بعد معارك مع قوات النظام.");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, e.subType());
        // the side driven "out of it" took nothing either: no front line gained for ISIS at Sarrin
        Extraction x = EXTRACTOR.extract(new Report("عاد مئات النازحين إلى بلدة صرين بعد طرد تنظيم داعش منها.",
                LocalDate.parse("2016-08-10"), TimePrecision.DAY, "t.txt", ""));
        assertTrue(x.claims().stream().noneMatch(c -> c.gained() && c.actorId().equals("isis")), x.claims()::toString);
        // must not fire: the subject of the verb drove the other out
        assertSides("طردت فصائل المعارضة تنظيم داعش من بلدة صرين بعد معارك عنيفة.", "opposition", "isis");
        // must not fire: a taker named before the opponent keeps the capture
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                only("سيطرت قوات النظام على مدينة القريتين بعد معارك مع تنظيم داعش.").subType());
    }

    @Test
    void theActorAfterAnEventWordWithLamDidIt() {
        // the dead's side named first; "هجوم لتنظيم داعش": the attack of ISIS
        assertSides("قتل 7 عناصر من قوات النظام، في هجوم لتنظيم داعش على نقطة عسكرية في محيط مدينة تدمر.", "isis", "regime");
        // must not fire: without ل the genitive may be the object ("استهداف قوات النظام": targeting them), and the
        // first named stays actor 1
        Event object = only("قتل 3 عناصر من تنظيم داعش في استهداف قوات النظام لمواقعهم في محيط مدينة تدمر.");
        assertEquals("isis", role(object, ActorRole.ACTOR1), object.actors().toString());
    }

    @Test
    void anActorNamedInAChargeDoesNotTakeTheTown() {
        // "بتهمة التخابر مع النظام": the regime is what the abducted were charged with, not who took the town
        List<Event> es = EXTRACTOR.extract(new Report("خطف تنظيم داعش 170 مدنيا بتهمة التخابر مع النظام داخل مدينة القريتين، "
                + "التي سيطر عليها بالكامل بعد اشتباكات عنيفة ضد قوات النظام.", LocalDate.parse("2016-08-10"), TimePrecision.DAY,
                "t.txt", "")).events();
        assertTrue(es.stream().anyMatch(e -> e.subType() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.subType() == SubEventType.GOVERNMENT_REGAINS_TERRITORY), es.toString());
        // must not fire: the regime named as the taker
        Event regains = only("استعادت قوات النظام السيطرة على مدينة القريتين بعد اشتباكات مع تنظيم داعش.");
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, regains.subType());
    }

    @Test
    void aVehicleOrConvoyOfASideIsWhatWasStruck() {
        assertSides("انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقوات سوريا الديمقراطية قرب مدينة الشدادي، ما أدى إلى مقتل عنصرين.",
                null, "sdf");
        // a faction's own name after its generic word: "فصائل درع الفرات" is the SNA, not the opposition beside it
        assertSides("سيطرت فصائل درع الفرات على قرية تل جيجان شرق مدينة أعزاز بعد اشتباكات مع قوات سوريا الديمقراطية.", "sna", "sdf");
    }

    @Test
    void theOwnerOfWhatWasStruckIsNoInitiatorWhereverNamed() {
        // the owner named first: actor 1 is the one who struck, whatever the order of the sentence
        assertSides("استهدف سلاح المدفعية تحركات لإرهابيي داعش في محيط مدينة تدمر.", null, "isis");
        assertSides("استهدفت قوات النظام بالمدفعية مواقع لتنظيم داعش في مدينة تدمر.", "regime", "isis");
        // a shorter name inside the owner's ("الأسد" in "قوات الأسد") is the owner too, not the taker of the town
        List<Event> es = EXTRACTOR.extract(new Report("شن تنظيم داعش هجوما على حواجز تابعة لقوات الأسد في محيط مدينة "
                + "تدمر وتمكن من السيطرة على بلدة القريتين.", LocalDate.parse("2016-08-10"), TimePrecision.DAY, "t.txt", "")).events();
        assertEquals(2, es.size(), es.toString());
        for (Event e : es) assertEquals("isis", role(e, ActorRole.ACTOR1), e.toString());
        // must not fire: posts the fire came from ("من مواقع") belong to the side that fired
        Event from = only("قتل ثلاثة مدنيين في قصف مدفعي من مواقع قوات النظام على مدينة تدمر.");
        assertEquals("regime", role(from, ActorRole.ACTOR1), from.actors().toString());
    }

    @Test
    void theHolderOfThePlaceStruckIsNoInitiator() {
        Event e = only("شنت طائرات حربية غارات على مدينة الرقة التي يسيطر عليها تنظيم داعش.");
        assertNull(role(e, ActorRole.ACTOR1), e.actors().toString());
        assertEquals("isis", role(e, ActorRole.ACTOR2));
        Event under = only("شنت طائرات حربية غارات على بلدة كفرنبل الخاضعة لسيطرة فصائل المعارضة.");
        assertNull(role(under, ActorRole.ACTOR1), under.actors().toString());
        assertEquals("opposition", role(under, ActorRole.ACTOR2));
    }

    @Test
    void aNamedInitiatorStaysBeforeTheHolder() {
        Event e = only("قصفت الطائرات الروسية بلدة كفرنبل التي يسيطر عليها عناصر جبهة النصرة.");
        assertEquals("russia", role(e, ActorRole.ACTOR1));
        assertEquals("hts", role(e, ActorRole.ACTOR2));
    }

    @Test
    void aSidesPlanesNamedWithoutTheArticleAreStillItsPlanes() {
        // "طائرات حربية روسية": the adjective of nationality is indefinite after an indefinite noun
        Event e = only("شنت طائرات حربية روسية غارات على مدينة سراقب ما أدى إلى مقتل ثلاثة مدنيين.");
        assertEquals("russia", role(e, ActorRole.ACTOR1), e.actors().toString());
        assertEquals(3, e.fatalities());
        // must not fire: a weapon made in Russia names no Russian hand
        Event made = only("قصفت قوات النظام مدينة سراقب بصواريخ روسية الصنع.");
        assertEquals("regime", role(made, ActorRole.ACTOR1), made.actors().toString());
        assertEquals(false, made.actors().stream().anyMatch(a -> a.actorId().equals("russia")), made.actors().toString());
    }

    @Test
    void officialMediaNameTheArmyByItsUnitsAndItsAirForce() {
        Event units = only("أحكمت وحدات الجيش سيطرتها على بلدة مورك بعد معارك مع الإرهابيين.");
        assertEquals("regime", role(units, ActorRole.ACTOR1), units.actors().toString());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, units.subType());
        Event air = only("نفذ سلاح الجو ضربات مكثفة على مقرات تنظيم داعش في محيط مدينة السخنة.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, air.subType());
        // must not fire: another country's army stays its own
        Event turkish = only("قصف الجيش التركي مواقع لوحدات حماية الشعب في محيط مدينة عفرين.");
        assertEquals("turkey", role(turkish, ActorRole.ACTOR1), turkish.actors().toString());
    }

    @Test
    void aFactionIsNoAirStrikesInitiator() {
        // only states fly over Syria: a faction named with a raid is its target or another clause's
        List<Event> both = EXTRACTOR.extract(new Report("شن الطيران الحربي غارات على مدينة بنش، بينما قتل عنصران من فيلق الشام "
                + "خلال اشتباكات في تل حمكي.", LocalDate.parse("2016-08-10"), TimePrecision.DAY, "t.txt", "")).events();
        Event e = both.stream().filter(x -> x.subType() == SubEventType.AIR_DRONE_STRIKE).findFirst().orElseThrow();
        assertNull(role(e, ActorRole.ACTOR1), e.actors().toString());
        Event target = only("شنت طائرات حربية غارات على مقرات لجبهة النصرة في مدينة سراقب.");
        assertNull(role(target, ActorRole.ACTOR1), target.actors().toString());
        assertEquals("hts", role(target, ActorRole.ACTOR2));
        // must not fire: a state named after the faction is still the initiator, and a faction's ground attack is its own
        Event state = only("قصفت طائرات النظام مقرات جبهة النصرة في مدينة سراقب.");
        assertEquals("regime", role(state, ActorRole.ACTOR1), state.actors().toString());
        Event ground = only("هاجمت جبهة النصرة حاجزا لقوات النظام قرب مدينة سراقب.");
        assertEquals("hts", role(ground, ActorRole.ACTOR1), ground.actors().toString());
    }

    @Test
    void mustNotFire_anActorFarAfterTheWordOfHoldingIsAnActor() {
        // the holder is the regime; ISIS, named as the attacker in the main clause, stays actor 1
        Event e = only("هاجم تنظيم داعش بلدة القريتين التي يسيطر عليها النظام.");
        assertEquals("isis", role(e, ActorRole.ACTOR1));
        assertEquals("regime", role(e, ActorRole.ACTOR2));
    }

    @Test
    void barrelBombsAndHelicoptersNameTheGovernmentWhenNoOneIsNamed() {
        Event e = only("ألقى الطيران المروحي براميل متفجرة على قرية قصر البريج التي يسيطر عليها تنظيم داعش، ما أدى إلى مقتل 12 شخصا.");
        assertEquals("regime", role(e, ActorRole.ACTOR1), e.actors().toString());
        assertEquals("isis", role(e, ActorRole.ACTOR2));
        assertEquals(12, e.fatalities());
    }

    @Test
    void mustNotFire_aNamedInitiatorWinsOverTheWeapon() {
        Event e = only("قصفت المروحيات الروسية بلدة كفرنبل.");
        assertEquals("russia", role(e, ActorRole.ACTOR1), e.actors().toString());
        Event plain = only("شنت طائرات حربية غارات على بلدة كفرنبل.");
        assertNull(role(plain, ActorRole.ACTOR1), "an unnamed jet could be Russian or Syrian: no implied initiator");
    }

    @Test
    void aBorderNamedByTheCountryAcrossItIsNoSide() {
        assertSides("سيطرت فصائل المعارضة على قرية خربة الجوز على الشريط الحدودي مع تركيا.", "opposition", null);
        // must not fire: Turkey's own guns
        assertSides("قصفت المدفعية التركية مواقع لوحدات حماية الشعب قرب بلدة تل رفعت.", "turkey", "sdf");
    }
}
