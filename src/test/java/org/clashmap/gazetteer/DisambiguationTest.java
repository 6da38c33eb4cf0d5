package org.clashmap.gazetteer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisambiguationTest {
    static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteers.load();
    }

    @Test
    void taybahNearSukhnahVersusTaybahInDaraa() {
        List<Candidate> nearSukhnah = g.lookup("الطيبة", Context.of("اشتباكات على محاور قرية الطيبة والكوم شمالي مدينة السخنة"));
        assertEquals("ocha:C2896", nearSukhnah.get(0).place().id());
        List<Candidate> inDaraa = g.lookup("الطيبة", Context.of("قصف مدفعي على بلدة الطيبة بريف درعا الشرقي"));
        assertEquals("ocha:C5992", inDaraa.get(0).place().id());
        assertTrue(inDaraa.get(0).score() > 0.5);
    }

    @Test
    void theGhoutaAloneIsDamascussButTheVillageInItsCountrysideStays() {
        assertEquals("cur:ghouta_east", g.lookup("الغوطة", Context.of("قصف الطيران الحربي مدن وبلدات الغوطة بريف دمشق بعشرات الغارات")).get(0).place().id());
        assertEquals("ocha:C2316", g.lookup("حمورية", Context.of("استهدف القصف المشفى الميداني في مدينة حمورية")).get(0).place().id());
        // must not fire: the village of that name, told by its countryside
        assertEquals("ocha:C5728", g.lookup("الغوطة", Context.of("سيطر التنظيم على قرية الغوطة في ريف الرقة")).get(0).place().id());
    }

    @Test
    void countrysideQuarterPicksTheHomonymOnThatSide() {
        // Two villages called أم جامع in Homs governorate, west and east of the city.
        assertEquals("ocha:C2798", g.lookup("أم جامع", Context.of("قصف على قرية أم جامع بريف حمص الغربي")).get(0).place().id());
        assertEquals("ocha:C2919", g.lookup("أم جامع", Context.of("قصف على قرية أم جامع بريف حمص الشرقي")).get(0).place().id());
    }

    @Test
    void resolvedNearbyPlacesCount() {
        Place sukhnah = g.byId("ocha:C2893");
        List<Candidate> cs = g.lookup("الطيبة", new Context("", List.of(sukhnah)));
        assertEquals("ocha:C2896", cs.get(0).place().id());
    }

    @Test
    void sheikhSaadInDaraaNotTartus() {
        List<Candidate> cs = g.lookup("الشيخ سعد", Context.of("السيطرة على بلدة الشيخ سعد في ريف درعا الغربي"));
        assertEquals("SY12", cs.get(0).place().admin1());
    }

    @Test
    void withoutContextAmbiguityStaysVisible() {
        List<Candidate> cs = g.lookup("الطيبة", Context.NONE);
        assertTrue(cs.size() > 3, "every Taybah is a candidate");
        assertTrue(cs.get(0).score() < 0.6, "no context, no confidence: " + cs.get(0).score());
        double sum = cs.stream().mapToDouble(Candidate::score).sum();
        assertEquals(1.0, sum, 1e-6);
    }

    @Test
    void triggerWordPicksTheKind() {
        List<Candidate> cs = g.lookup("حميمة", Context.of("معارك في منطقة حميمة قرب المحطة الثانية"));
        assertEquals("cur:humaymah", cs.get(0).place().id());
        List<Candidate> village = g.lookup("حميمة", Context.of("قصف على قرية حميمة في ريف حمص الشمالي"));
        assertEquals(PlaceKind.VILLAGE, village.get(0).place().kind());
    }

    @Test
    void sourahThePictureIsNotAPlace() {
        assertTrue(g.resolve("نشر الناشط الصورة على موقعه أمس").isEmpty());
        List<Location> town = g.resolve("غارات على أطراف بلدة الصورة بريف درعا الشرقي");
        assertTrue(town.stream().anyMatch(l -> l.anchor().id().equals("ocha:C6115")));
    }

    @Test
    void mahattaWithoutContextIsTheStationOfAnyTown() {
        assertTrue(g.resolve("وصل القطار إلى المحطة في الموعد").isEmpty());
    }

    @Test
    void qadamTheFootNeedsContext() {
        assertTrue(g.resolve("أصيب بجروح في القدم").isEmpty());
        assertTrue(g.resolve("اشتباكات في حي القدم جنوب دمشق").stream().anyMatch(l -> l.anchor().id().equals("cur:qadam")));
    }

    @Test
    void everydayWordsThatAreAlsoVillageNamesStayWords() {
        List<Location> ls = g.resolve("قال السيد محمد إن السعر ارتفع في السوق وإن الحدث أثار الشكر، ونشرت الخريطة والصور بجروح.");
        assertTrue(ls.isEmpty(), "taken for places: " + ls.stream().map(Location::surface).toList());
    }

    @Test
    void nawaAsAVerbIsNotATown() {
        assertTrue(g.resolve("قال إنه نوى السفر").isEmpty());
    }
}
