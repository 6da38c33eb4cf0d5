package org.clashmap.gazetteer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spelling tolerance (issue 16): only for unknown names, never for short words, always below an exact match. */
class GazetteerTolerantNamesTest {
    static SyriaGazetteer g;
    static TolerantNames t;

    @BeforeAll
    static void load() {
        g = (SyriaGazetteer) Gazetteers.load();
        t = g.tolerant();
    }

    private static boolean has(List<TolerantNames.Match> ms, String id, TolerantNames.Edit edit) {
        return ms.stream().anyMatch(m -> g.places.get(m.place()).id().equals(id) && m.edit() == edit);
    }

    @Test
    void finalLetterInterchange() {
        // و written for ة (فورة, a village of Sahl al-Ghab), و for ا (داريا).
        assertTrue(has(t.candidates(NameIndex.key("فورو")), "ocha:C3172", TolerantNames.Edit.FINAL_LETTER));
        assertTrue(has(t.candidates(NameIndex.key("داريو")), "ocha:C2498", TolerantNames.Edit.FINAL_LETTER));
    }

    @Test
    void hamzaLeftOut() {
        assertTrue(has(t.candidates(NameIndex.key("اللوا 80")), "cur:brigade80", TolerantNames.Edit.HAMZA));
    }

    @Test
    void droppedAndDoubledLetters() {
        assertTrue(has(t.candidates(NameIndex.key("تلبسة")), "ocha:C2882", TolerantNames.Edit.DROPPED_LETTER));
        assertTrue(has(t.candidates(NameIndex.key("جراابلس")), "ocha:C2227", TolerantNames.Edit.DOUBLED_LETTER));
    }

    @Test
    void numbersAreNeverEdited() {
        // الفوج 4 is not الفوج 46, اللواء 880 is not اللواء 80.
        assertFalse(has(t.candidates(NameIndex.key("الفوج 4")), "cur:regiment46", TolerantNames.Edit.DROPPED_LETTER));
        assertTrue(t.candidates(NameIndex.key("اللواء 880")).stream().noneMatch(m -> g.places.get(m.place()).id().equals("cur:brigade80")));
    }

    @Test
    void exactNamesGetNoVariants() {
        assertTrue(t.isExactName(NameIndex.key("فورة")));
        assertTrue(t.candidates(NameIndex.key("فورة")).isEmpty());
        assertTrue(t.candidates(NameIndex.key("حلب")).isEmpty());
        assertTrue(t.candidates(NameIndex.key("تلبيسة")).isEmpty());
    }

    @Test
    void shortWordsNeverMatchTolerantly() {
        // Three letters: no variant of any kind.
        assertTrue(t.candidates(NameIndex.key("حلو")).isEmpty());
        assertTrue(t.candidates(NameIndex.key("نوو")).isEmpty());
        // Four letters: no dropped or doubled letter (حمص is 3, حمصص 4; ادلب/ادب).
        for (TolerantNames.Match m : t.candidates(NameIndex.key("حمصص"))) {
            assertFalse(m.edit() == TolerantNames.Edit.DOUBLED_LETTER || m.edit() == TolerantNames.Edit.DROPPED_LETTER, m.toString());
        }
        // The article does not count: القوات (4 letters) is not القنوات.
        assertTrue(t.candidates(NameIndex.key("القوات")).isEmpty());
        for (String w : List.of("دلب", "ادلبب", "ربلس")) {
            for (TolerantNames.Match m : t.candidates(NameIndex.key(w))) {
                assertFalse(m.edit() == TolerantNames.Edit.DOUBLED_LETTER || m.edit() == TolerantNames.Edit.DROPPED_LETTER, w + " " + m);
            }
        }
    }

    @Test
    void lookupFallsBackToTolerantWithLowerScore() {
        List<Candidate> tolerant = g.lookup("فورو", Context.of("قصف مدفعي استهدف قرية فورو وأطراف قلعة المضيق"));
        assertFalse(tolerant.isEmpty());
        assertEquals("ocha:C3172", tolerant.get(0).place().id());
        assertTrue(tolerant.get(0).score() <= TolerantNames.Edit.FINAL_LETTER.weight);

        List<Candidate> exact = g.lookup("فورة", Context.of("قصف مدفعي استهدف قرية فورة وأطراف قلعة المضيق"));
        assertEquals("ocha:C3172", exact.get(0).place().id());
        assertTrue(exact.get(0).score() > tolerant.get(0).score());
    }

    @Test
    void lookupWithFeatureWordAndContext() {
        List<Candidate> cs = g.lookup("مدينة داريو", Context.of("غارات على مدينة داريو في الغوطة الغربية"));
        assertFalse(cs.isEmpty());
        assertEquals("ocha:C2498", cs.get(0).place().id());
        assertTrue(cs.get(0).score() < 1);
    }

    @Test
    void unknownShortWordsStayUnknown() {
        assertTrue(g.lookup("حلو", Context.NONE).isEmpty());
    }

    @Test
    void scanHookOnlyAfterAFeatureWordOfTheRightKind() {
        assertTrue(t.afterFeatureWord("قرية", "فورو").stream().anyMatch(m -> g.places.get(m.place()).id().equals("ocha:C3172")));
        assertTrue(t.afterFeatureWord("وقرية", "فورو").stream().anyMatch(m -> g.places.get(m.place()).id().equals("ocha:C3172")));
        assertTrue(t.afterFeatureWord("قال", "فورو").isEmpty());
        assertTrue(t.afterFeatureWord("مطار", "فورو").isEmpty());
        assertTrue(t.afterFeatureWord("القرية", "فورو").isEmpty());
        assertTrue(t.afterFeatureWord("قرية", "فورة").isEmpty());
    }
}
