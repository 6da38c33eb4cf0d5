package org.clashmap.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

public class WebMercatorTest {
    @Test
    void lonLatRoundTripsThroughGlobalPixels() {
        for (int z : new int[]{0, 7, 14}) {
            double px = WebMercator.pixelX(36.29128, z), py = WebMercator.pixelY(33.5102, z);
            assertEquals(36.29128, WebMercator.lonOfPixel(px, z), 1e-9);
            assertEquals(33.5102, WebMercator.latOfPixel(py, z), 1e-9);
        }
    }

    @Test
    void originIsNorthWestAndEquatorIsMiddle() {
        assertEquals(0, WebMercator.pixelX(-180, 3), 1e-9);
        assertEquals(0, WebMercator.pixelY(WebMercator.MAX_LAT, 3), 1e-6);
        assertEquals(1024, WebMercator.pixelY(0, 3), 1e-9);
        assertEquals(0, WebMercator.tileY(89.9, 5));
        assertEquals(31, WebMercator.tileY(-89.9, 5));
    }

    @Test
    void damascusTileAtZoom10() {
        assertEquals(615, WebMercator.tileX(36.29128, 10));
        assertEquals(410, WebMercator.tileY(33.5102, 10));
        double[] b = WebMercator.tileBoundsDeg(10, 615, 410);
        // west < lon < east, south < lat < north
        assertEquals(true, b[0] < 36.29128 && 36.29128 < b[2] && b[1] < 33.5102 && 33.5102 < b[3]);
        assertArrayEquals(new double[]{-180, -85.0511287798, 180, 85.0511287798}, WebMercator.tileBoundsDeg(0, 0, 0), 1e-9);
    }

    @Test
    void metresPerPixelFollowsTheStandardScale() {
        assertEquals(156543.034, WebMercator.metresPerPixel(0, 0), 1e-3);
        assertEquals(156543.034 / 1024 * Math.cos(Math.toRadians(33.5)), WebMercator.metresPerPixel(33.5, 10), 1e-3);
    }
}
