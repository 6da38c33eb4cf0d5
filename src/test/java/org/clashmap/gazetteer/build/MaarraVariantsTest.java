package org.clashmap.gazetteer.build;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OCHA's معر spellings get the news spelling معرة as a variant (OchaCommunities.maarraVariants). */
class MaarraVariantsTest {
    @Test
    void joinedApartOrWithTheTaMarbutaAsTa() {
        assertEquals(List.of("معرة شورين"), OchaCommunities.maarraVariants("معرشورين", "Maar Shurin"));
        assertEquals(List.of("معرة شمشه"), OchaCommunities.maarraVariants("معر شمشه", "Maar Shamsheh"));
        assertTrue(OchaCommunities.maarraVariants("معرتحرمة", "Maar Tahroma").contains("معرة حرمة"));
    }

    @Test
    void mustNotFire_oneWordNamesAndTheNewsSpellingAlready() {
        // Maarin is one word, not "the cave of -in"; Marata neither
        assertEquals(List.of(), OchaCommunities.maarraVariants("معرين", "Maarin"));
        assertEquals(List.of(), OchaCommunities.maarraVariants("معراتة", "Marata"));
        assertEquals(List.of(), OchaCommunities.maarraVariants("معرة النعمان", "Ma'arrat An Nu'man"));
    }
}
