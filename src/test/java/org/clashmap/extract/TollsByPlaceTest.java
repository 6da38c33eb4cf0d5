package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A toll belongs to the place the text gives it for (issue 15, item 3), on sentences written for this test and the
 * real gazetteer. The rows of an event always add up to its toll (FatalityShares).
 */
class TollsByPlaceTest {
    private static List<Event> events(String text) {
        return RealGazetteer.events(text, "2016-03-10");
    }

    private static Map<String, Integer> own(Event e) {
        return e.places().stream().filter(p -> p.fatalities() != null)
                .collect(Collectors.toMap(EventPlace::nameAr, EventPlace::fatalities));
    }

    private static int rowsSum(Event e) {
        return FatalityShares.of(e).stream().mapToInt(s -> s.count() == null ? 0 : s.count()).sum();
    }

    @Test
    void eachClauseGivesItsPlaceItsToll() {
        Event e = events("قتل 12 مدنياً أمس في غارات جوية على بلدة كفرنبل، و4 قتلى في بلدة سراقب، و3 قتلى في مدينة أريحا.").get(0);
        assertEquals(Map.of("كفر نبل", 12, "سراقب", 4, "أريحا", 3), own(e));
        assertEquals(19, e.fatalities());
        assertEquals(19, rowsSum(e));
    }

    @Test
    void aBareNumberOpeningTheNextClauseContinuesTheListOfTheDead() {
        // "، و4 في B": the word for the dead is told once, in the first clause; the sentence's toll is the sum
        Event e = events("قتل 12 مدنياً في قصف على بلدة كفرنبل، و4 في بلدة سراقب.").get(0);
        assertEquals(Map.of("كفر نبل", 12, "سراقب", 4), own(e));
        assertEquals(16, e.fatalities());
        Event others = events("قتل 20 عنصرا من قوات النظام في اشتباكات في بلدة كفرنبل، وستة آخرون في بلدة سراقب.").get(0);
        assertEquals(26, others.fatalities());
        assertEquals(26, rowsSum(others));
    }

    @Test
    void aNumberWithOnlyInAfterItIsTheDeadOfAnotherPlaceCommaOrNot() {
        // decision 063: "و3 في B" without a comma, "، وثلاثة في B" in words, "و2 آخرون في B": the list goes on
        Event bare = events("قتل 9 مدنيين في غارات على مدينة سراقب و3 في بلدة سرمين.").get(0);
        assertEquals(Map.of("سراقب", 9, "سرمين", 3), own(bare));
        assertEquals(12, bare.fatalities());
        Event words = events("قتل 6 أشخاص في قصف على مدينة حرستا، وثلاثة في بلدة مسرابا.").get(0);
        assertEquals(Map.of("حرستا", 6, "مسرابا", 3), own(words));
        assertEquals(9, words.fatalities());
        assertEquals(7, events("قتل 5 مدنيين في قصف على مدينة تلبيسة و2 آخرون في مدينة الرستن.").get(0).fatalities());
    }

    @Test
    void mustNotFire_partsOfATotalWoundedInAStateOrTwoPlacesBeforeTheSecondFigure() {
        // the parts after a colon break the total down, they add nothing
        assertEquals(11, events("قتل 11 شخصا: 5 في مدينة سراقب و4 في بلدة سرمين وشخصان في بلدة النيرب.").get(0).fatalities());
        // three of the wounded are in a critical state: no dead
        assertEquals(0, events("أصيب 10 أشخاص في قصف على مدينة تلبيسة، وثلاثة في حالة حرجة.").get(0).fatalities());
        // two places share the first figure: the rest is not given to one of them
        Event two = events("قتل 10 أشخاص في غارات على بلدتي كفرنبل وحاس و4 في مدينة معرة النعمان.").get(0);
        assertEquals(14, two.fatalities());
        assertEquals(Map.of("معرة النعمان", 4), own(two));
    }

    @Test
    void aNumberOpeningTheNextClauseThatCountsThingsOrPointsBackIsNoDead() {
        // must not fire: raids are things; "والاثنتان الأخريان" points back at the car bombs; "وأحد" describes the man
        assertEquals(12, events("قتل 12 مدنياً في قصف على بلدة كفرنبل، و4 غارات على بلدة سراقب.").get(0).fatalities());
        assertEquals(18, events("قتل 18 عنصراً جراء تفجير ثلاث عربات مفخخة، إحداها قرب بلدة كفرنبل، والاثنتان الأخريان "
                + "استهدفتا حواجز في بلدة سراقب.").get(0).fatalities());
        assertEquals(1, events("أسفر الهجوم على بلدة كفرنبل عن مقتل القيادي علي كنعان، وأحد أهم قادة قوات النظام.").get(0).fatalities());
        // but "one of his companions" is one more
        assertEquals(2, events("أسفر الهجوم على بلدة كفرنبل عن مقتل القيادي علي كنعان وأحد مرافقيه.").get(0).fatalities());
    }

    @Test
    void aTollForSeveralPlacesTogetherIsCarriedOnce() {
        Event e = events("قتل 12 مدنياً أمس في غارات جوية على بلدتي كفرنبل وسراقب.").get(0);
        assertTrue(own(e).isEmpty(), "no place's own count: " + own(e));
        assertEquals(12, e.fatalities());
        assertEquals(12, rowsSum(e), "the toll is on one row, not repeated");
        assertEquals(12, FatalityShares.of(e).get(0).count());
        assertNull(FatalityShares.of(e).get(1).count());
    }

    @Test
    void theVillageCarriesATollToldWithItsProvince() {
        // the province is dropped beside the village; the toll goes to the most specific place
        Event e = events("قتل 7 مدنيين أمس في قصف مدفعي استهدف قرية بداما في ريف إدلب الغربي.").get(0);
        assertEquals("بداما", e.places().get(0).nameAr());
        assertEquals(7, FatalityShares.of(e).get(0).count());
    }

    @Test
    void anOutcomeClauseBelongsToThePlaceBeforeIt() {
        // "..., مما أدى إلى مقتل شخصين": the outcome of the strike on the second village, not the first
        Event e = events("قصفت المدفعية بلدة سراقب، كما استهدف الطيران قرية بداما، مما أدى إلى مقتل شخصين.").get(0);
        assertEquals(Map.of("بداما", 2), own(e));
        Event none = events("قصفت المدفعية بلدة سراقب، كما استهدف الطيران قرية بداما، دون وقوع إصابات.").get(0);
        assertEquals(Map.of("بداما", 0), own(none));
    }

    @Test
    void aClauseThatIsNoOutcomeStaysApart() {
        // must not fire: "بينما" opens a report of its own, not the outcome of the strike before it
        Event e = events("قصفت المدفعية بلدة سراقب، كما استهدف الطيران قرية بداما، بينما قتل شخصان.").get(0);
        assertTrue(own(e).isEmpty(), () -> own(e).toString());
    }

    @Test
    void theNextSentencesKillingsAtTheIncidentsPlacesAreItsDeadByPlace() {
        List<Event> es = events("قتل أكثر من 120 شخصا في تفجيرات انتحارية ضربت مدينتي جبلة وطرطوس أمس. وقتل في جبلة وحدها 73 شخصا، في حين قتل 48 في طرطوس.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Map.of("جبلة", 73, "طرطوس", 48), own(es.get(0)));
        assertEquals(es.get(0).fatalities(), rowsSum(es.get(0)));
    }

    @Test
    void mustNotFire_killingsElsewhereOrAFigureOfBarrels() {
        // a killing at another place is an incident of its own
        assertEquals(2, events("قتل أكثر من 120 شخصا في تفجيرات انتحارية ضربت مدينة جبلة أمس. وقتل ثلاثة في مدينة حمص.").size());
        // the barrels counted are no dead
        assertEquals(2, events("ألقت المروحيات 12 برميلا متفجرا على مدينة داريا، وقتل فيها شخصان.").get(0).fatalities());
    }

    @Test
    void aPlaceAddedLaterWithoutATollOfItsOwnDoesNotTakeTheToll() {
        Event e = events("شن الطيران الحربي الروسي صباح اليوم غارات عدة على مدينة سراقب. وأسفرت الغارات عن مقتل ستة مدنيين. "
                + "وقال ناشطون إن الطائرات استهدفت أيضا بلدة آفس القريبة.").get(0);
        assertEquals("سراقب", e.places().get(0).nameAr());
        assertEquals(List.of(6), FatalityShares.of(e).stream().map(FatalityShares.Share::count).filter(java.util.Objects::nonNull).toList());
    }
}
