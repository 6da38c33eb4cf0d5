package org.clashmap.geo.basemap;

import org.clashmap.geo.Language;
import org.clashmap.geo.WebMercator;

import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

public class OfflineTileRendererTest {
    private final OfflineTileRenderer r = TestData.renderer();

    @Test
    void damascusTileHasBoundariesAndLabelsUnlikeADesertTile() throws Exception {
        double[] dam = TestData.damascusLatLon();
        int z = 10;
        BufferedImage damascus = r.tile(z, WebMercator.tileX(dam[1], z), WebMercator.tileY(dam[0], z), Language.AR);
        // Open desert between Damascus and the Iraqi border: Syria's fill and nothing else.
        BufferedImage desert = r.tile(z, WebMercator.tileX(38.0, z), WebMercator.tileY(33.6, z), Language.AR);
        assertTrue(TestData.distinctColours(desert) <= 3, "desert tile should be plain");
        assertTrue(TestData.distinctColours(damascus) > 60, "anti-aliased borders and text give many colours");
        int background = desert.getRGB(128, 128);
        assertTrue(TestData.pixelsNot(damascus, background) > 2000, "borders, labels and dots cover the Damascus tile");
        assertFalse(r.labels().forTile(Language.AR, z, WebMercator.tileX(dam[1], z), WebMercator.tileY(dam[0], z)).isEmpty());
    }

    @Test
    void everyZoomRendersCornersBordersAndSea() throws Exception {
        double[][] points = {{33.5102, 36.29128}, {36.83, 36.9}, {36.65, 42.2}, {34.6, 35.2}, {32.3, 36.0}};
        for (int z = 0; z <= 14; z++) {
            long n = 1L << z;
            assertTile(r.tile(z, 0, 0));
            assertTile(r.tile(z, n - 1, n - 1));
            for (double[] p : points) assertTile(r.tile(z, WebMercator.tileX(p[1], z), WebMercator.tileY(p[0], z)));
        }
        BufferedImage corner = r.tile(14, 0, 0);
        assertEquals(1, TestData.distinctColours(corner), "a tile far from the data is plain");
        BufferedImage sea = r.tile(14, WebMercator.tileX(35.2, 14), WebMercator.tileY(34.6, 14));
        assertEquals(MapStyle.SEA.getRGB(), sea.getRGB(128, 128), "the Mediterranean off Tartus is sea");
        BufferedImage tile0 = r.tile(0, 0, 0);
        assertTrue(TestData.distinctColours(tile0) > 2, "Syria and the sea are visible on the world tile");
    }

    @Test
    void wrappedColumnsAndRowsOutsideTheWorldDoNotFail() throws Exception {
        int z = 6;
        long x = WebMercator.tileX(36.3, z), y = WebMercator.tileY(33.5, z);
        BufferedImage normal = r.tile(z, x, y, Language.AR);
        BufferedImage wrapped = r.tile(z, x + (1L << z), y, Language.AR);
        assertEquals(0, TestData.pixelsNot(diff(normal, wrapped), 0));
        assertEquals(1, TestData.distinctColours(r.tile(z, x, -1)));
        assertEquals(1, TestData.distinctColours(r.tile(z, x, 1L << z)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> r.tile(-1, 0, 0));
    }

    private static void assertTile(BufferedImage img) {
        assertEquals(256, img.getWidth());
        assertEquals(256, img.getHeight());
    }

    @Test
    void labelsOfATileNeverOverlap() {
        for (Language lang : Language.values()) {
            for (int z = 5; z <= 14; z++) {
                List<LabelLayout.Placed> all = r.labels().all(lang, z);
                assertNoOverlap(all, lang + " z" + z);
                double[] c = {33.5102, 36.29128};
                long x = WebMercator.tileX(c[1], z), y = WebMercator.tileY(c[0], z);
                List<LabelLayout.Placed> tile = r.labels().forTile(lang, z, x, y);
                Rectangle2D bounds = new Rectangle2D.Double(x * 256.0, y * 256.0, 256, 256);
                for (LabelLayout.Placed p : tile) assertTrue(p.box().intersects(bounds), "only labels touching the tile");
            }
        }
        assertTrue(r.labels().all(Language.AR, 12).size() > 300, "deep zooms offer many villages");
    }

    private static void assertNoOverlap(List<LabelLayout.Placed> labels, String where) {
        for (int i = 0; i < labels.size(); i++)
            for (int j = i + 1; j < labels.size(); j++)
                if (labels.get(i).box().intersects(labels.get(j).box()))
                    fail(where + ": " + labels.get(i).place().nameEn() + " overlaps " + labels.get(j).place().nameEn());
    }

    @Test
    void labelCrossingATileEdgeIsDrawnByBothTiles() {
        int z = 10;
        LabelLayout.Placed straddling = r.labels().all(Language.AR, z).stream()
                .filter(p -> Math.floor(p.box().getMinX() / 256) != Math.floor(p.box().getMaxX() / 256))
                .findFirst().orElseThrow();
        long y = (long) Math.floor(straddling.box().getCenterY() / 256);
        long left = (long) Math.floor(straddling.box().getMinX() / 256), right = left + 1;
        assertTrue(r.labels().forTile(Language.AR, z, left, y).contains(straddling));
        assertTrue(r.labels().forTile(Language.AR, z, right, y).contains(straddling));
    }

    @Test
    void zoom7ShowsDamascusAndAleppoInArabicAndEnglish() {
        List<String> ar = r.labels().all(Language.AR, 7).stream().map(p -> p.place().nameAr()).toList();
        assertTrue(ar.contains("دمشق"), ar.toString());
        assertTrue(ar.contains("حلب"), ar.toString());
        List<String> en = r.labels().all(Language.EN, 7).stream().map(p -> p.place().nameEn()).toList();
        assertTrue(en.contains("Damascus") && en.contains("Aleppo"), en.toString());
        assertTrue(ar.size() < 150, "zoom 7 shows towns, not villages: " + ar.size());
    }

    @Test
    void labelFontHasArabicGlyphs() {
        assertEquals(-1, new java.awt.Font(LabelFonts.FAMILY, java.awt.Font.PLAIN, 12).canDisplayUpTo("دمشق"));
    }

    @Test
    void languageChangesTilesAndCacheKey() throws Exception {
        OfflineTileRenderer own = new OfflineTileRenderer(r.data());
        double[] dam = TestData.damascusLatLon();
        long x = WebMercator.tileX(dam[1], 9), y = WebMercator.tileY(dam[0], 9);
        String arKey = own.cacheKey();
        BufferedImage ar = own.tile(9, x, y);
        own.setLanguage(Language.EN);
        BufferedImage en = own.tile(9, x, y);
        assertNotEquals(arKey, own.cacheKey());
        assertTrue(TestData.pixelsNot(diff(ar, en), 0) > 100, "English labels differ from Arabic");
    }

    private static BufferedImage diff(BufferedImage a, BufferedImage b) {
        BufferedImage d = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) for (int x = 0; x < 256; x++) d.setRGB(x, y, a.getRGB(x, y) ^ b.getRGB(x, y));
        return d;
    }

    @Test
    void concurrentRenderingGivesTheSamePixels() throws Exception {
        int z = 9;
        long x0 = WebMercator.tileX(36.0, z), y0 = WebMercator.tileY(34.0, z);
        List<long[]> tiles = new ArrayList<>();
        for (long dx = 0; dx < 4; dx++) for (long dy = 0; dy < 4; dy++) tiles.add(new long[]{x0 + dx, y0 + dy});
        List<BufferedImage> serial = new ArrayList<>();
        for (long[] t : tiles) serial.add(r.tile(z, t[0], t[1], Language.EN));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BufferedImage>> futures = new ArrayList<>();
            for (long[] t : tiles) futures.add(pool.submit(() -> r.tile(z, t[0], t[1], Language.EN)));
            for (int i = 0; i < tiles.size(); i++) assertEquals(0, TestData.pixelsNot(diff(serial.get(i), futures.get(i).get()), 0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void attributionNamesEverySource() {
        String all = String.join("\n", BasemapAttribution.lines());
        for (String s : List.of("OCHA Syria COD, 2015", "Open-Syria data-geography", "GeoNames", "Made with Natural Earth", "UCDP GED 19.1")) {
            assertTrue(all.contains(s), s);
        }
    }
}
