package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A toll broken down by place ("بينهم 15 في مدينة حلب"، "12 منهم في كفرنبل"، ": 12 في كفرنبل و8 في حاس"، "بنش (6)") gives each
 * place its part; the rest goes to a place told with the total without a part, and when every place has its part the
 * rest of an area's total fell at places not named. Sentences written for this test, real gazetteer, a report of
 * 10 May 2016.
 */
class PartsOfATotalTest {
    private static Map<String, Integer> deadByPlace(String text) {
        return CountsBeforeTheirPlacesTest.deadByPlace(text);
    }

    @Test
    void aPlaceOfTheBreakdownGetsItsPartAndTheOtherPlaceTheRest() {
        assertEquals(Map.of("دوما", 20, "حرستا", 10), deadByPlace("قتل 30 شخصا في قصف على مدينتي دوما وحرستا، بينهم 20 في دوما."));
        assertEquals(Map.of("كفر نبل", 12, "حاس", 8), deadByPlace("قتل 20 شخصا في غارات على بلدتي كفرنبل وحاس، 12 منهم في كفرنبل."));
        assertEquals(Map.of("كفر نبل", 12, "حاس", 8), deadByPlace("قتل 20 شخصا في غارات على بلدتي كفرنبل وحاس، بينهم 12 قتيلا في كفرنبل."));
        // a quarter of the city told with the total: the city keeps the rest
        assertEquals(Map.of("حلب", 6, "حي الشعار", 4), deadByPlace("قتل 10 أشخاص في قصف على مدينة حلب، بينهم 4 في حي الشعار."));
    }

    @Test
    void aTotalOverAnAreaIsNotPutOnThePlacesOfItsBreakdown() {
        // the other 13 died elsewhere in the governorate: the city shows its 15, not 28
        assertEquals(Map.of("حلب", 15), deadByPlace("قتل 28 مدنيا في محافظة حلب اليوم، بينهم 15 في مدينة حلب."));
        assertEquals(Map.of("مورك", 6), deadByPlace(
                "قتل 15 عنصرا من قوات النظام في معارك مع الفصائل في ريف حماة الشمالي، بينهم 6 في بلدة مورك."));
        assertEquals(Map.of("بنش", 9, "تفتناز", 6), deadByPlace("قتل 15 مدنيا في ريف إدلب اليوم، بينهم 9 في مدينة بنش و6 في بلدة تفتناز."));
    }

    @Test
    void aBreakdownAfterAColon() {
        assertEquals(Map.of("كفر نبل", 12, "حاس", 8), deadByPlace("قتل 20 مدنيا في غارات على ريف إدلب: 12 في كفرنبل و8 في حاس."));
    }

    @Test
    void partsInBracketsAfterTheirPlaces() {
        assertEquals(Map.of("بنش", 6, "تفتناز", 4), deadByPlace("قتل 10 مدنيين في غارات على بنش (6) وتفتناز (4)."));
        // with the word of the dead in the brackets: parts, not 10 more dead
        assertEquals(Map.of("بنش", 6, "تفتناز", 4), deadByPlace("قتل 10 مدنيين في غارات على بنش (6 قتلى) وتفتناز (4 قتلى)."));
        // no total before them: the bracketed figures are the tolls themselves
        assertEquals(Map.of("بنش", 6, "تفتناز", 4), deadByPlace("قتل مدنيون في غارات على بنش (6 قتلى) وتفتناز (4 قتلى)."));
    }

    @Test
    void mustNotFire_aKindOfVictimOrAColonAfterThings() {
        // "5 children among them in Has": Has's adults are not told, so Has gets no part of its own
        Map<String, Integer> d = deadByPlace("قتل 12 مدنيا في غارات على بلدتي كفرنبل وحاس، بينهم 5 أطفال في حاس.");
        assertEquals(12, d.values().stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum(), d::toString);
        assertEquals(1, d.values().stream().filter(java.util.Objects::nonNull).count(), d::toString);
        // barrels broken down by town count no dead
        d = deadByPlace("ألقى الطيران المروحي 4 براميل متفجرة: 2 في داريا و2 في المعضمية.");
        assertEquals(java.util.Arrays.asList(null, null), new java.util.ArrayList<>(d.values()), d::toString);
        // counts of their own, each with its place, are not parts: they add up
        d = deadByPlace("قتل 8 مدنيين في قصف على مدينة دوما، و3 في حرستا.");
        assertEquals(Map.of("دوما", 8, "حرستا", 3), d);
        // brackets that hold no count of the dead
        assertEquals(Map.of("بنش", 5), deadByPlace("قتل 5 مدنيين في غارة على بنش (شمال إدلب)."));
        assertEquals(5, deadByPlace("قتل 5 عناصر من قوات النظام (بينهم ضابطان) في هجوم على بلدة مورك.").get("مورك"));
    }
}
