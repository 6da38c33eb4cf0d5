package org.clashmap.geo.basemap;

import org.clashmap.geo.WebMercator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class CachedTileSourceTest {
    /** Paints each tile in a colour derived from its key and coordinates, and counts renders. */
    private static final class CountingSource implements TileSource {
        final AtomicInteger renders = new AtomicInteger();
        volatile String key = "k1";

        @Override
        public BufferedImage tile(int zoom, long x, long y) {
            renders.incrementAndGet();
            BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.setColor(new Color((int) (zoom * 10 + x * 3 + y + key.hashCode()) & 0xFFFFFF));
            g.fillRect(0, 0, 256, 256);
            g.dispose();
            return img;
        }

        @Override
        public String cacheKey() {
            return key;
        }
    }

    @Test
    void secondRequestComesFromTheCacheAndSurvivesANewInstance(@TempDir Path dir) throws Exception {
        CountingSource src = new CountingSource();
        CachedTileSource cached = new CachedTileSource(src, dir);
        BufferedImage first = cached.tile(5, 19, 12);
        BufferedImage second = cached.tile(5, 19, 12);
        assertEquals(1, src.renders.get());
        assertEquals(first.getRGB(10, 10), second.getRGB(10, 10));
        assertTrue(Files.exists(dir.resolve("tiles-k1.mbtiles")));

        CachedTileSource reopened = new CachedTileSource(src, dir);
        assertEquals(first.getRGB(10, 10), reopened.tile(5, 19, 12).getRGB(10, 10));
        assertEquals(1, src.renders.get(), "served from the file written by the first instance");
    }

    @Test
    void aNewKeyNeverSeesStaleTiles(@TempDir Path dir) throws Exception {
        CountingSource src = new CountingSource();
        CachedTileSource cached = new CachedTileSource(src, dir);
        int before = cached.tile(4, 9, 6).getRGB(0, 0);
        src.key = "k2"; // e.g. switched to English or new data
        int after = cached.tile(4, 9, 6).getRGB(0, 0);
        assertEquals(2, src.renders.get());
        assertTrue(before != after);
        assertTrue(Files.exists(dir.resolve("tiles-k2.mbtiles")));
    }

    @Test
    void corruptCacheFallsBackToRenderingWithOneWarning(@TempDir Path dir) throws Exception {
        CountingSource src = new CountingSource();
        Files.write(dir.resolve("tiles-k1.mbtiles"), "garbage, not SQLite".repeat(200).getBytes());
        CachedTileSource cached = new CachedTileSource(src, dir);
        for (int i = 0; i < 5; i++) assertEquals(256, cached.tile(3, i, 2).getWidth());
        assertEquals(5, src.renders.get());
        assertTrue(cached.hasWarned());
    }

    @Test
    void unusableCacheDirectoryFallsBackToRendering(@TempDir Path dir) throws Exception {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "a plain file where the cache directory should be");
        CountingSource src = new CountingSource();
        CachedTileSource cached = new CachedTileSource(src, notADir.resolve("clashmap"));
        assertEquals(256, cached.tile(2, 1, 1).getHeight());
        assertEquals(256, cached.tile(2, 1, 1).getHeight());
        assertEquals(2, src.renders.get(), "no cache, so every request renders");
        assertTrue(cached.hasWarned());
    }

    @Test
    void realRendererThroughTheCache(@TempDir Path dir) throws Exception {
        OfflineTileRenderer r = new OfflineTileRenderer(TestData.renderer().data());
        CachedTileSource cached = new CachedTileSource(r, dir);
        long x = WebMercator.tileX(36.29, 8), y = WebMercator.tileY(33.51, 8);
        BufferedImage direct = r.tile(8, x, y);
        cached.tile(8, x, y);
        BufferedImage fromCache = cached.tile(8, x, y);
        assertEquals(0, diffCount(direct, fromCache), "PNG round trip is lossless");
        assertFalse(cached.hasWarned());
        assertTrue(cached.cacheFile().getFileName().toString().startsWith("tiles-offline-"));
    }

    private static int diffCount(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < 256; y++) for (int x = 0; x < 256; x++) if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) n++;
        return n;
    }
}
