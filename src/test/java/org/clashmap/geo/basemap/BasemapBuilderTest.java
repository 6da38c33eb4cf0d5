package org.clashmap.geo.basemap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

public class BasemapBuilderTest {
    @Test
    void committedDataIsWhatTheSourcesProduce(@TempDir Path out) throws Exception {
        Path shared = TestData.sharedData();
        assumeTrue(Files.isDirectory(shared.resolve("basemap")), "shared source data not present: " + shared);
        new BasemapBuilder(shared, TestData.repo().resolve("basemap").resolve(WaterSupplement.FILE)).build(out);
        Path committed = TestData.repo().resolve("src/main/resources/basemap");
        for (String f : List.of(BasemapBuilder.VECTOR_FILE, BasemapBuilder.PLACES_FILE)) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " is stale: run `clashmap basemap build`");
        }
    }

    /** The admin areas and the sub-district cells made from them are what `basemap build` makes from the shared data. */
    @Test
    void committedAdminAreasAndCellsAreWhatTheSourcesProduce(@TempDir Path out) throws Exception {
        Path shared = TestData.sharedData();
        assumeTrue(Files.isDirectory(shared.resolve("basemap")), "shared source data not present: " + shared);
        new AdminAreasBuilder(shared).build(out);
        Path committed = TestData.repo().resolve("src/main/resources/basemap");
        for (String f : List.of(AdminAreasBuilder.FILE, AdminAreasBuilder.CELLS_FILE)) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " is stale: run `clashmap basemap build`");
        }
    }

    @Test
    void committedDataStaysSmallAndHasEveryLayer() throws Exception {
        Path committed = TestData.repo().resolve("src/main/resources/basemap");
        long size = Files.size(committed.resolve(BasemapBuilder.VECTOR_FILE)) + Files.size(committed.resolve(BasemapBuilder.PLACES_FILE));
        assertTrue(size < 3_000_000, "basemap data " + size + " bytes");
        BasemapData d = TestData.renderer().data();
        for (String layer : List.of("land", "sea", "syria", "lakes", "rivers", "governorates", "syria_border")) {
            for (int band = 0; band < BasemapBuilder.BAND_MAX_ZOOM.length; band++) {
                assertTrue(!d.query(layer, band, d.extent()).isEmpty(), layer + " band " + band);
            }
        }
        assertTrue(!d.query("districts", 2, d.extent()).isEmpty());
    }

    /**
     * Issue 19 item 4: the Orontes through Rastan, Hama and Jisr al-Shughur and the Khabur at al-Hasakah, which the
     * shared 10 m rivers lack, are drawn at working zoom (band 2, zooms 9-10) from Natural Earth's Europe supplement.
     */
    @Test
    void theOrontesAndTheKhaburAreDrawnAtWorkingZoom() {
        BasemapData d = TestData.renderer().data();
        double[][] towns = {{34.92, 36.73}, {35.13, 36.75}, {35.81, 36.32}, {36.50, 40.75}}; // Rastan, Hama, Jisr al-Shughur, al-Hasakah
        for (double[] t : towns) {
            double x = org.clashmap.geo.WebMercator.worldX(t[1]), y = org.clashmap.geo.WebMercator.worldY(t[0]);
            double km3 = org.clashmap.geo.WebMercator.worldX(t[1] + 0.03) - x;
            org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope(x - km3, x + km3, y - km3, y + km3);
            double nearest = Double.MAX_VALUE;
            for (BasemapData.Shape s : d.query("rivers", 2, box)) {
                for (double[] path : s.paths()) {
                    for (int i = 0; i + 3 < path.length; i += 2) {
                        nearest = Math.min(nearest, org.locationtech.jts.algorithm.Distance.pointToSegment(
                                new org.locationtech.jts.geom.Coordinate(x, y),
                                new org.locationtech.jts.geom.Coordinate(path[i], path[i + 1]),
                                new org.locationtech.jts.geom.Coordinate(path[i + 2], path[i + 3])));
                    }
                }
            }
            assertTrue(nearest <= km3, "a river within about 3 km of " + t[0] + "," + t[1]);
        }
    }

    @Test
    void formatRoundTripsNegativeAndLargeDeltas() throws Exception {
        List<BasemapFormat.Layer> layers = List.of(new BasemapFormat.Layer("x", 2, BasemapFormat.Kind.LINE, List.of(
                new BasemapFormat.Feature(7, List.of(new int[]{-18_000_000, 8_500_000, 18_000_000, -8_500_000}, new int[]{1, 2, 3, 4, 5, 6})))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BasemapFormat.write(layers, bytes);
        BasemapFormat.Layer back = BasemapFormat.read(new ByteArrayInputStream(bytes.toByteArray())).get(0);
        assertEquals("x", back.name());
        assertEquals(2, back.band());
        assertEquals(7, back.features().get(0).attr());
        assertArrayEquals(new int[]{-18_000_000, 8_500_000, 18_000_000, -8_500_000}, back.features().get(0).paths().get(0));
        assertArrayEquals(new int[]{1, 2, 3, 4, 5, 6}, back.features().get(0).paths().get(1));
    }
}
