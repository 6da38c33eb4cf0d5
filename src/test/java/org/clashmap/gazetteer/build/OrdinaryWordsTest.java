package org.clashmap.gazetteer.build;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed list of place names that are also Arabic words is what the builder makes from places.tsv and the
 * Hunspell dictionary (Debian's hunspell-ar, which .ci/run installs; skipped where it is absent).
 */
class OrdinaryWordsTest {
    private static final Path AFF = Path.of("/usr/share/hunspell/ar.aff"), DIC = Path.of("/usr/share/hunspell/ar.dic");

    @Test
    void committedListIsTheBuildersOutput() throws Exception {
        Assumptions.assumeTrue(Files.exists(AFF) && Files.exists(DIC), "hunspell-ar is not installed: rebuild check skipped");
        String built = OrdinaryWords.build(Path.of("gazetteer/places.tsv"), AFF, DIC);
        String committed = Files.readString(Path.of("src/main/resources/gazetteer/ordinary_names.txt"), StandardCharsets.UTF_8);
        assertEquals(committed, built, "run: clashmap gazetteer ordinary-words");
        // ordinary words the list must hold, and a name that is no word
        assertTrue(built.contains("\nالمقبرة\n") && built.contains("\nالثورة\n"));
        assertTrue(!built.contains("\nالزبداني\n"));
    }
}
