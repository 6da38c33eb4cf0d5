package org.clashmap.geo;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The seed reports of April 2018: ISIS holds Humaymah (حميمة, "معظم قطاع منطقة حميمية") and fights the
 * regime around al-Sukhnah and T3. The extractor turns the fighting into battles, but "مواقع للنظام في
 * محيط السخنة" (regime positions around al-Sukhnah) is a statement of position, not a capture, so no
 * regime control claim comes out; an analyst's edit supplies it, which is what {@code control set} is for.
 */
class ControlFromSeedsTest {
    private static final LocalDate APRIL_25 = LocalDate.of(2018, 4, 25);
    @TempDir
    static Path tmp;
    private static Database db;

    @BeforeAll
    static void ingest() {
        db = Database.open(tmp.resolve("seeds.db"));
        new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
    }

    private static ControlSnapshot.Dot dot(ControlSnapshot s, String place) {
        return s.dots().stream().filter(d -> d.placeKey().equals(place)).findFirst().orElse(null);
    }

    @Test
    void isisHoldsHumaymahAndTheBattlesThereMakeItContestedWithTheRegime() {
        ControlSnapshot s = ControlSources.load(db, ControlOptions.DEFAULTS).at(APRIL_25);
        ControlSnapshot.Dot h = dot(s, "cur:humaymah");
        assertNotNull(h, "Humaymah has a control claim in the seeds");
        assertEquals("isis", h.controller());
        assertTrue(h.contested(), "battles at Humaymah 15-25 April");
        assertEquals("regime", h.contender());
        assertFalse(s.zones().isEmpty(), "two battles at Humaymah make a contested zone");
    }

    @Test
    void theSeedsGiveNoRegimeClaimAtSukhnahOrT3SoThereIsNoLineUntilAnAnalystAddsOne() {
        ControlMap derived = ControlSources.load(db, ControlOptions.DEFAULTS.withFrontDistanceKm(60));
        ControlSnapshot s = derived.at(APRIL_25);
        assertNull(dot(s, "ocha:C2893"), "no claim at al-Sukhnah from the extractor");
        assertNull(dot(s, "cur:t3"), "no claim at T3 from the extractor");
        assertTrue(s.lines().isEmpty(), "one side alone makes no front");
    }

    @Test
    void withTheAnalystsRegimeClaimAtT3TheFrontRunsBetweenHumaymahAndT3() {
        Path copy = tmp.resolve("edited.db");
        try (Database edited = Database.open(copy)) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(edited)).ingestBuiltInSeeds(IngestProgress.NONE);
            var t3 = Gazetteers.load().byId("cur:t3");
            new ControlStore(edited).setController(t3.id(), t3.nameAr(), t3.nameEn(), t3.lat(), t3.lon(), "regime", LocalDate.of(2018, 4, 1));
            // Humaymah and T3 are ~97 km apart across the desert: a 60 km reach lets them face each other
            ControlSnapshot s = ControlSources.load(edited, ControlOptions.DEFAULTS.withFrontDistanceKm(60)).at(LocalDate.of(2018, 4, 20));
            assertEquals("regime", dot(s, "cur:t3").controller());
            List<FrontLine> lines = s.lines();
            assertEquals(1, lines.size(), "one ISIS | regime front: " + lines);
            FrontLine l = lines.get(0);
            assertEquals(java.util.Set.of("isis", "regime"), java.util.Set.of(l.sideA(), l.sideB()));
            assertTrue(l.tentative(), "two claims only");
            double midLon = l.lonLat()[l.points() / 2 * 2];
            assertTrue(midLon > 38.73 && midLon < 39.79, "between T3 and Humaymah: " + midLon);
            // with the default 30 km reach nothing is drawn across that desert
            assertTrue(ControlSources.load(edited, ControlOptions.DEFAULTS).at(LocalDate.of(2018, 4, 20)).lines().isEmpty());
        }
    }
}
