package org.clashmap.gazetteer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatcherTest {
    static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteers.load();
    }

    static List<String> surfaces(String text) {
        return g.find(text).stream().map(Mention::surface).toList();
    }

    static boolean hasPlace(Mention m, String id) {
        return m.candidates().stream().anyMatch(p -> p.id().equals(id));
    }

    @Test
    void longestMatchWins() {
        List<Mention> ms = g.find("اشتباكات في الشيخ مسكين أمس");
        assertEquals(1, ms.size());
        assertEquals("الشيخ مسكين", ms.get(0).surface());
    }

    @Test
    void spacedAndUnspacedSpellingsMeet() {
        Mention spaced = g.find("قصف على بصر الحرير").stream().filter(m -> m.surface().startsWith("بصر")).findFirst().orElseThrow();
        Mention joined = g.find("قصف على بصرالحرير").stream().filter(m -> m.surface().startsWith("بصر")).findFirst().orElseThrow();
        assertEquals("بصر الحرير", spaced.surface());
        assertTrue(hasPlace(spaced, "ocha:C6105") && hasPlace(joined, "ocha:C6105"));
    }

    @Test
    void aParticleAfterANameIsNotGluedToIt() {
        // "حلب إن" without its space spells حلبان, a village 60 km from Aleppo
        Mention aleppo = g.find("وقال مراسل الجزيرة في حلب إن الطائرات قصفت حي الشعار").get(0);
        assertEquals("حلب", aleppo.surface());
        assertTrue(hasPlace(aleppo, "ocha:C1007"), aleppo.candidates()::toString);
        assertEquals("حلب", g.find("وقال ناشطون في حلب أن القصف توقف").get(0).surface());
        // must not fire: the village itself, and a particle inside a longer name
        Mention halban = g.find("قصف على قرية حلبان أمس").stream()
                .filter(m -> m.surface().equals("حلبان")).findFirst().orElseThrow();
        assertTrue(hasPlace(halban, "ocha:C4002"), halban.candidates()::toString);
        Mention furqan = g.find("اشتباكات في الفرقان في حلب أمس").stream()
                .filter(m -> m.surface().startsWith("الفرقان")).findFirst().orElseThrow();
        assertEquals("الفرقان في حلب", furqan.surface());
    }

    @Test
    void aNameWithANeighbouringCountrysAdjectiveIsAbroad() {
        // "الرمادي العراقية": Ramadi in Iraq, not the village الرمادى in Deir ez-Zor
        assertTrue(g.resolve("قتل 10 أشخاص في تفجير في مدينة الرمادي العراقية.").stream()
                .noneMatch(l -> l.anchor().nameAr().startsWith("الرماد")));
        // a direction or في, then the country: "غرب العراق"
        assertTrue(g.resolve("قتل 10 أشخاص في تفجير في مدينة الرمادي غرب العراق.").stream()
                .noneMatch(l -> l.anchor().nameAr().startsWith("الرماد")));
        // must not fire: the same name without the adjective, and a Syrian town before another word
        assertTrue(g.resolve("قتل 10 أشخاص في تفجير في قرية الرمادى بريف دير الزور.").stream()
                .anyMatch(l -> l.anchor().nameAr().startsWith("الرماد")));
    }

    @Test
    void cliticsArePeeledAndLeftOutOfTheSpan() {
        assertEquals(List.of("السخنة"), surfaces("غارات بالسخنة"));
        // لل is the preposition ل and the article's lam: the span keeps the article's lam.
        Mention qaryatayn = g.find("الطريق المؤدي للقريتين").get(0);
        assertEquals("لقريتين", qaryatayn.surface());
        assertTrue(hasPlace(qaryatayn, "ocha:C2663"));
        assertEquals(List.of("نوى", "جاسم"), surfaces("نوى وجاسم"));
        String text = "معارك وبالقريتين";
        Mention m = g.find(text).get(0);
        assertEquals("القريتين", text.substring(m.start(), m.end()));
    }

    @Test
    void aRealFirstLetterIsNotTakenForAClitic() {
        Mention m = g.find("أطراف مدينة بصرى الشام").stream().filter(x -> x.surface().startsWith("بصرى")).findFirst().orElseThrow();
        assertEquals("بصرى الشام", m.surface());
        assertTrue(hasPlace(m, "ocha:C6002"));
    }

    @Test
    void bareBusraIsBusraNotSura() {
        // بصرى is a name (alias of بصرى الشام): its ب must not be peeled off as a preposition.
        Mention m = g.find("قصف على بصرى أمس").stream().filter(x -> x.surface().startsWith("بصرى")).findFirst().orElseThrow();
        assertEquals("بصرى", m.surface());
        assertTrue(hasPlace(m, "ocha:C6002"));
    }

    @Test
    void kurdishNamesFromAliases() {
        assertTrue(hasPlace(g.find("معارك في كوباني").get(0), "ocha:C1946"));
    }

    @Test
    void withAndWithoutTheArticle() {
        assertTrue(hasPlace(g.find("في سلمية").get(0), "ocha:C3244"));
        assertTrue(hasPlace(g.find("في السلمية").get(0), "ocha:C3244"));
    }

    @Test
    void wholeWordsOnly() {
        // درعاوي (an adjective) contains درعا but is not the town.
        assertTrue(g.find("شاب درعاوي").stream().noneMatch(m -> m.surface().equals("درعا")));
    }

    @Test
    void spansPointIntoTheOriginalDespiteDiacriticsAndBidiMarks() {
        String text = "قُتِلَ ثلاثة في \u200Fالسُّخْنَةِ أمس";
        Mention m = g.find(text).get(0);
        assertEquals("السُّخْنَةِ", m.surface());
        assertEquals(m.surface(), text.substring(m.start(), m.end()));
    }

    @Test
    void latinStationCodes() {
        assertTrue(hasPlace(g.find("هجوم قرب محطة T3").get(0), "cur:t3"));
    }
}
