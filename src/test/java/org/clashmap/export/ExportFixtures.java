package org.clashmap.export;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;
import org.clashmap.testing.Seeds;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One database per test run, filled by the real extractor over the seed reports, and one renderer
 * (loading the basemap and the gazetteer is the slow part).
 */
final class ExportFixtures {
    private static Path db;
    private static List<StoredEvent> events;
    private static MapImageRenderer renderer;

    private ExportFixtures() {
    }

    static synchronized Path database() {
        if (db == null) {
            try {
                Path dir = Files.createTempDirectory("clashmap-export-test");
                dir.toFile().deleteOnExit();
                Path f = dir.resolve("seeds.db");
                try (Database d = Database.open(f)) {
                    Ingester ingester = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(d));
                    IngestSummary s = ingester.ingestFiles(Seeds.files(), IngestProgress.NONE, () -> false);
                    if (!s.problems().isEmpty() || s.events() == 0) throw new IllegalStateException("seed ingest failed: " + s);
                    events = new EventStore(d).allEvents();
                }
                db = f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return db;
    }

    static List<StoredEvent> events() {
        database();
        return events;
    }

    static synchronized MapImageRenderer renderer() {
        if (renderer == null) renderer = MapImageRenderer.fromClasspath();
        return renderer;
    }

    static int distinctColours(BufferedImage img, int x0, int y0, int w, int h) {
        Set<Integer> c = new HashSet<>();
        for (int y = y0; y < y0 + h; y++) for (int x = x0; x < x0 + w; x++) c.add(img.getRGB(x, y) & 0xFFFFFF);
        return c.size();
    }

    static int countRgb(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
        return n;
    }

    /** Pixels in a box within {@code tolerance} (per channel) of a colour. */
    static int near(BufferedImage img, java.awt.Rectangle box, int rgb, int tolerance) {
        int n = 0;
        for (int y = box.y; y < box.y + box.height && y < img.getHeight(); y++) {
            for (int x = box.x; x < box.x + box.width && x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= tolerance
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= tolerance
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= tolerance) n++;
            }
        }
        return n;
    }
}
