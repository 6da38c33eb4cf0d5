package org.clashmap.gazetteer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A name tied by its words to another place ("بريف حماة", "قرب مدينة إدلب", among the towns of its sentence) is
 * the place of that name there, or a namesake the gazetteer does not hold; never the listed place far away.
 * Sentences written for this test.
 */
class NamesakesTest {
    static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteers.load();
    }

    private static List<Location> resolve(String text) {
        return g.resolve(text);
    }

    private static boolean has(String text, String surface) {
        return resolve(text).stream().anyMatch(l -> l.surface().contains(surface));
    }

    private static String idOf(String text, String surface) {
        return resolve(text).stream().filter(l -> l.surface().contains(surface)).findFirst().orElseThrow().anchor().id();
    }

    @Test
    void aCountrysideNamedAfterTheNameRulesOutTheOnlyCandidateElsewhere() {
        // al-Hrak is a town of Daraa: "بريف حلب" says this one is another, which the gazetteer lacks
        String text = "سقطت قذائف على بلدة الحراك بريف حلب الشمالي وأصيب ثلاثة مدنيين.";
        assertFalse(has(text, "الحراك"));
        assertTrue(has(text, "ريف حلب"), "the countryside still places the event");
        // the same with the governorate itself after في
        assertFalse(has("قصفت الطائرات بلدة الحراك في محافظة إدلب.", "الحراك"));
    }

    @Test
    void aCountrysideThatAgreesKeepsThePlace() {
        // must not fire: al-Hrak in Daraa's countryside is al-Hrak
        assertEquals("ocha:C6116", idOf("سقطت قذائف على بلدة الحراك بريف درعا الشرقي.", "الحراك"));
        // nor when the governorate is the next item of a list (al-Hrak is no town of Aleppo, yet stays)
        assertEquals("ocha:C6116", idOf("قصفت الطائرات مدينتي الحراك وحلب بالبراميل.", "الحراك"));
        assertEquals("ocha:C6116", idOf("دارت معارك في الحراك، في حلب وإدلب قصف متواصل.", "الحراك"));
        // nor for a name with nothing after it
        assertEquals("ocha:C6116", idOf("سقطت قذائف على بلدة الحراك وأصيب ثلاثة مدنيين.", "الحراك"));
    }

    @Test
    void aCountrysideChoosesAmongNamesakes() {
        // Douma the town near Damascus is the usual reading; "بريف حماة" names the village of Hama
        assertEquals("ocha:C3076", idOf("قصفت الطائرات قرية دوما بريف حماة الشمالي.", "دوما"));
        assertEquals("ocha:C2338", idOf("قصفت الطائرات مدينة دوما بريف دمشق.", "دوما"));
        // two villages named al-Ziyadiyeh, one in Latakia and one in Tartus
        assertEquals("ocha:C5260", idOf("سقطت قذيفة على قرية الزيادية بريف طرطوس.", "الزيادية"));
        assertEquals("ocha:C3599", idOf("سقطت قذيفة على قرية الزيادية بريف اللاذقية.", "الزيادية"));
    }

    @Test
    void nearAPlaceFarFromEveryCandidateIsANamesake() {
        // Tall Antar is a hill of Daraa, 280 km from Idlib
        assertFalse(has("سيطرت الفصائل على تل عنتر بالقرب من مدينة إدلب.", "تل عنتر"));
        // must not fire: near Kafr Shams, where it lies
        assertTrue(has("سيطرت الفصائل على تل عنتر بالقرب من قرية كفر شمس.", "تل عنتر"));
        assertTrue(has("قصفت المدفعية تل عنتر المطل على بلدة كفر شمس.", "تل عنتر"));
    }

    @Test
    void theCityOfIdlibIsTheCityNotItsDistrict() {
        // Open-Syria lists "مدينة إدلب" among the district's names; the builder leaves such a name to the town
        Location l = resolve("شنت الطائرات غارات على الأحياء السكنية في مدينة إدلب.").get(0);
        assertEquals(PlaceKind.CITY, l.anchor().kind(), l.toString());
        // the district is still found by its own name
        assertTrue(g.lookup("منطقة إدلب", Context.NONE).stream().anyMatch(c -> c.place().kind() == PlaceKind.DISTRICT));
    }

    @Test
    void aSmallHeightFarFromEveryTownOfItsSentenceIsANamesake() {
        // the listed Tall Kurdi is by Douma; among the heights around Mahin it is another hill
        String text = "سيطرت قوات النظام على تلال في محيط بلدة مهين بينها تل كردي بعد معارك عنيفة.";
        assertFalse(has(text, "تل كردي"));
        assertTrue(has(text, "مهين"));
        // must not fire: with Douma in the sentence, or alone
        assertTrue(has("قصفت الفصائل مواقع في تل كردي قرب مدينة دوما.", "تل كردي"));
        assertTrue(has("قصفت الفصائل مواقع قوات النظام في تل كردي.", "تل كردي"));
        // nor for a town: towns far apart are named in one sentence all the time
        assertTrue(has("شن الطيران غارات على مدينة الحراك ومدينة مهين.", "الحراك"));
    }

    @Test
    void aPluralOfPlacesBeforeOneNameNamesTheAreaTheyLieIn() {
        // "the towns of the Ghouta" are the Damascus Ghouta, not the hamlet of that name in al-Raqqa
        assertEquals("cur:ghouta_east", idOf("قتل خمسة مدنيين في غارات على مدن وبلدات الغوطة اليوم.", "الغوطة"));
        // "the villages of Tell Abyad" are around the town, not its district
        assertEquals("ocha:C5792", idOf("قصفت قوات النظام قرى تل أبيض.", "تل أبيض"));
        // must not fire: a list after the plural names the towns themselves, and the singular names the hamlet
        assertEquals("ocha:C5728", idOf("قصفت الطائرات قرية الغوطة في ريف الرقة.", "الغوطة"));
        assertTrue(has("قصفت قوات النظام بلدات نوى وجاسم في ريف درعا.", "نوى"));
        assertTrue(has("قصفت قوات النظام بلدات نوى وجاسم في ريف درعا.", "جاسم"));
    }

    @Test
    void aVerbOpeningAClauseAfterACommaIsNoPlaceOfTheList() {
        // decision 068: "، وتبنى" (claimed) is not the village التبني, "، ودمر" (destroyed) not Dummar in Damascus
        assertFalse(has("قتل 5 أشخاص بانفجار سيارة مفخخة في مدينة القامشلي، وتبنى تنظيم داعش التفجير.", "تبنى"));
        assertFalse(has("استهدف الجيش الحر رتلا عسكريا قرب بلدة أورم الجوز، ودمر دبابتين.", "دمر"));
        // must not fire: a list with commas, a list item with a preposition, a clitic or a time after it, Dummar named
        assertTrue(has("قصفت الطائرات بلدات سراقب، وأريحا، وسرمين.", "أريحا"));
        assertTrue(has("قصف الطيران بلدتي مورك، والتمانعة بالبراميل المتفجرة.", "التمانعة"));
        assertTrue(has("قصف الطيران مدينة تل رفعت، ومارع صباح اليوم.", "مارع"));
        assertTrue(has("سقطت قذيفة على حي المزة، وحي دمر دون إصابات.", "دمر"));
    }

    @Test
    void mustNotFire_theWordForExceptIsNoVillage() {
        // إلا، with the article the index peels, reads as the village الالا of Hama
        assertFalse(has("قتل ثلاثة عناصر في هجوم على حاجز قرب بلدة مورك، إلا أن النظام نفى ذلك.", "إلا"));
        assertEquals("ocha:C3072", idOf("قصفت قوات النظام قرية الالا في ريف حماة.", "الالا"));
        // the second half of a person's name ("زين العابدين") is not the village عابدين
        assertFalse(has("قصفت قوات النظام المتمركزة في جبل زين العابدين بلدة كفرزيتا.", "العابدين"));
        assertEquals("ocha:C3990", idOf("قصفت قوات النظام قرية عابدين في ريف إدلب الجنوبي.", "عابدين"));
    }
    private static String admin1Of(String text, String surface) {
        return resolve(text).stream().filter(l -> l.surface().contains(surface)).findFirst().orElseThrow().anchor().admin1();
    }

    @Test
    void aDirectionFromATownChoosesTheNamesakeAroundIt() {
        // decision 062: "east of al-Tabqa" is the Mansoura of al-Raqqa, not the one by Aleppo (180 km)
        assertEquals("SY11", admin1Of("قصفت الطائرات قرية المنصورة شرق مدينة الطبقة.", "المنصورة"));
        // a direction from a governorate's name: in it (the only المعامل is a hamlet of Afrin, 350 km north)
        String text = "دارت اشتباكات في منطقة المعامل جنوب دمشق.";
        assertFalse(has(text, "المعامل"));
        assertTrue(has(text, "دمشق"), "the town the direction starts from still places the event");
    }

    @Test
    void mustNotFire_aDirectionFromATownKeepsTheFarPlacesItDescribes() {
        // al-Qaryatayn lies 85 km south-east of Homs; Uqayribat 55 km east of Hama, in its governorate
        assertEquals("ocha:C2663", idOf("سيطر التنظيم على مدينة القريتين جنوب شرق مدينة حمص.", "القريتين"));
        assertEquals("ocha:C3315", idOf("قصفت قوات النظام بلدة عقيربات شرق حماة.", "عقيربات"));
        assertEquals("ocha:C2227", idOf("سيطرت الفصائل على مدينة جرابلس شمال شرق مدينة حلب.", "جرابلس"));
        assertEquals("ocha:C5997", idOf("سقطت قذائف على بلدة النعيمة شرق مدينة درعا.", "النعيمة"));
    }

    @Test
    void aSettlementWordBeforeTheNameDoesNotHideItsNamesakes() {
        // "قرية المنصورة" is a listed name of the Mansoura by Aleppo only: it must not hide the village of Hama
        assertEquals("ocha:C3160", idOf("قتل مدني في قرية المنصورة بريف حماة الغربي.", "المنصورة"));
        assertEquals("ocha:C3867", idOf("سقطت قذائف على بلدة النيرب شرق مدينة إدلب.", "النيرب"));
        // must not fire: alone, the listed Mansoura is still a candidate, and the Aleppo Nayrab by Aleppo
        assertTrue(resolve("قتل مدني في قرية المنصورة.").stream().anyMatch(l -> l.surface().contains("المنصورة")));
        assertEquals("cur:nayrab_aleppo", idOf("سقطت قذائف على بلدة النيرب قرب مطار حلب الدولي.", "النيرب"));
    }

    @Test
    void aWordWithTheArticleAfterAOneWordNameStillLetsTheAnchorTieIt() {
        // al-Hader of Aleppo is not the village "الحاضر الكبيرة" of Hama, which the gazetteer lacks
        String text = "قتل مدنيان في قصف على قرية الحاضر الكبيرة بريف حماة.";
        assertFalse(has(text, "الحاضر"));
        assertTrue(has(text, "ريف حماة"));
        // an adjective between: the besieged town of Aleppo's countryside is no town of Daraa
        assertFalse(has("سقطت قذائف على بلدة الحراك المحاصرة بريف حلب.", "الحراك"));
        assertEquals("ocha:C6116", idOf("سقطت قذائف على بلدة الحراك المحاصرة بريف درعا.", "الحراك"));
        // must not fire: a word without the article may lead away ("باتجاه": towards)
        assertEquals("ocha:C6116", idOf("نزح أهالي بلدة الحراك باتجاه ريف دمشق.", "الحراك"));
        // nor a name listed whole (Jdeidet Artouz)
        assertEquals("ocha:C2457", idOf("قصفت المدفعية بلدة جديدة عرطوز بريف دمشق.", "جديدة عرطوز"));
    }

    @Test
    void theGolanIsNoHamletOfAinAlArab() {
        assertFalse(has("أصيب جندي بقذيفة سقطت في الجولان المحتل.", "الجولان"));
        assertFalse(has("قصفت المدفعية الإسرائيلية مواقع في الجولان.", "الجولان"));
        // must not fire: the hamlet with its feature word and its district
        assertEquals("ocha:C2070", idOf("قصفت الطائرات قرية جولان بريف عين العرب.", "جولان"));
    }
}
