package org.clashmap.app;

import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.IngestSummary;

import org.clashmap.export.ExportFormat;
import org.clashmap.export.MapImageRequest;
import org.clashmap.extract.EventType;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.Language;
import org.clashmap.store.Database;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The window's seam to the pipeline, on the real seeds: first-run ingest, filtered exports. */
class DatabaseWorkspaceTest {
    @TempDir
    Path tmp;

    private Workspace open() {
        return new DatabaseWorkspace(Database.open(tmp.resolve("w.db")), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester");
    }

    @Test
    void firstRunIngestsTheSeedsOnceAndExportsOnlyWhatTheAnalystSees() throws Exception {
        try (Workspace w = open()) {
            assertTrue(w.isEmpty());
            IngestSummary s = w.ingestBuiltInSeeds(IngestProgress.NONE);
            assertEquals(5, s.added());
            assertFalse(w.isEmpty());
            assertEquals(0, w.ingestBuiltInSeeds(IngestProgress.NONE).added());
            List<StoredEvent> events = w.events();
            long battles = events.stream().filter(e -> e.type() == EventType.BATTLES).count();
            long battlePlaces = events.stream().filter(e -> e.type() == EventType.BATTLES).mapToLong(e -> e.places().size()).sum();
            Path out = tmp.resolve("battles.csv");
            var r = w.exportData(e -> e.type() == EventType.BATTLES, ExportFormat.CSV, out);
            assertEquals(battles, r.events());
            assertEquals(battlePlaces, r.features());
            assertEquals(battlePlaces + 1, Files.readAllLines(out).size(), "header + one row per event and place");
        }
    }

    @Test
    void theAlbuKamalAttackIsAlsoInUcdpButZardanaIsNotInTheExcerpt() throws Exception {
        try (Workspace w = open()) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
            Path excerpt = Path.of(System.getProperty("clashmap.repo", ".")).resolve("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv");
            try (Database db = Database.open(tmp.resolve("w.db"))) {
                new org.clashmap.datasets.Importer(new org.clashmap.store.DatasetStore(db), m -> { })
                        .importFile(org.clashmap.datasets.Format.UCDP, excerpt);
            }
            StoredEvent albuKamal = w.events().stream().filter(e -> "extracted".equals(e.origin()))
                    .filter(e -> e.places().stream().anyMatch(p -> "البوكمال".equals(p.nameAr()))).findFirst().orElseThrow();
            List<String> lines = w.alsoIn(albuKamal);
            assertFalse(lines.isEmpty(), "UCDP has Albu Kamal on 8-11 June 2018");
            assertTrue(lines.stream().allMatch(l -> l.startsWith("also in UCDP: 2018-06")), lines.toString());
            StoredEvent undated = w.events().stream().filter(e -> !e.date().isKnown()).findFirst().orElseThrow();
            assertTrue(w.alsoIn(undated).isEmpty(), "an undated event cannot be matched in time");
        }
    }

    @Test
    void aMapImageOfTheVisibleIncidentsIsWritten() throws Exception {
        try (Workspace w = open()) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
            IncidentSet set = IncidentSet.of(w.events());
            BitSet visible = new BitSet();
            visible.set(0, set.size);
            Path png = tmp.resolve("map.png");
            var result = w.exportMap(MapImageRequest.syria(1280, 720, Language.AR), set, visible, png);
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(1280, img.getWidth());
            assertEquals(720, img.getHeight());
            assertFalse(result.legendTypes().isEmpty());
            try (var files = Files.list(tmp)) {
                assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no temporary file left");
            }
        }
    }

    private static long frontLines(Path gpkg, String sides) throws Exception {
        try (mil.nga.geopackage.GeoPackage gp = mil.nga.geopackage.GeoPackageManager.open(gpkg.toFile())) {
            var rs = gp.getFeatureDao("front_lines").queryForAll();
            long n = 0;
            try {
                while (rs.moveToNext()) {
                    if (java.util.Set.of(String.valueOf(rs.getRow().getValue("sides")).split(" \\| ")).equals(java.util.Set.of(sides.split(" \\| ")))) n++;
                }
            } finally {
                rs.close();
            }
            return n;
        }
    }

    @Test
    void theControlOptionsSetOnTheWorkspaceReachTheControlMapAndTheExports() throws Exception {
        try (Workspace w = open()) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
            assertEquals(org.clashmap.geo.control.ControlOptions.DEFAULTS, w.controlOptions());
            // Two analyst edits ~79 km apart in the desert south of Palmyra, by sides nothing else in the seeds names.
            java.time.LocalDate june = java.time.LocalDate.of(2018, 6, 1);
            w.setController("test:west", "غرب", "West", 33.6, 37.6, "turkey", june);
            w.setController("test:east", "شرق", "East", 33.6, 38.45, "iran_militias", june);
            String sides = "Turkish armed forces | Iran-backed militias";

            Path narrow = tmp.resolve("narrow.gpkg");
            w.exportData(e -> true, ExportFormat.GPKG, narrow);
            assertEquals(0, frontLines(narrow, sides), "30 km reach: no line across ~79 km");

            w.setControlOptions(org.clashmap.geo.control.ControlOptions.DEFAULTS.withFrontDistanceKm(60));
            assertEquals(60, w.controlOptions().frontDistanceKm());
            Path wide = tmp.resolve("wide.gpkg");
            w.exportData(e -> true, ExportFormat.GPKG, wide);
            assertEquals(1, frontLines(wide, sides), "the GeoPackage export uses the analyst's 60 km reach");
            assertTrue(w.controlMap().at(june.plusDays(30)).lines().stream()
                    .anyMatch(l -> java.util.Set.of(l.sideA(), l.sideB()).equals(java.util.Set.of("turkey", "iran_militias"))));
        }
    }

    @Test
    void theWindowsControlEditComputesTheStoredControlLayersAgainInTheBackground() {
        Database db = Database.open(tmp.resolve("layers.db"));
        try (DatabaseWorkspace w = new DatabaseWorkspace(db, Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
            java.time.LocalDate june = java.time.LocalDate.of(2018, 6, 1);
            ControlLayers.store(db, java.util.List.of(ControlLayers.Ask.on(june.plusDays(30))), w.controlOptions(), "tester");
            org.clashmap.store.ControlStore control = new org.clashmap.store.ControlStore(db);
            int before = control.derivedCounts(june.plusDays(30))[0];

            w.setController("test:west", "غرب", "West", 33.6, 37.6, "turkey", june);
            w.awaitControlLayers();
            assertEquals(before + 1, control.derivedCounts(june.plusDays(30))[0], "the new claim's place is a dot of the stored day");
            assertEquals(w.controlMap().at(june.plusDays(30)).dots().size(), control.derivedCounts(june.plusDays(30))[0]);
        }
    }
}
