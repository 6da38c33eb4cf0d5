package org.clashmap.ingest;

import org.clashmap.export.ExportFormat;
import org.clashmap.export.MapImageRequest;
import org.clashmap.extract.EventType;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.IncidentSet;
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
}
