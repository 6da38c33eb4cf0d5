package org.clashmap.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MbTilesCacheTest {
    private static final byte[] PNG_A = {(byte) 0x89, 'P', 'N', 'G', 1};
    private static final byte[] PNG_B = {(byte) 0x89, 'P', 'N', 'G', 2};

    @Test
    void storesWithTmsRowsAndSurvivesReopening(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/tiles-test.mbtiles");
        try (MbTilesCache c = new MbTilesCache(file, MbTilesCache.pngMetadata("t", 0, 14, new double[]{35, 32, 43, 38}, "v1"))) {
            c.put(3, 5, 1, PNG_A);
            c.put(3, 5, 6, PNG_B);
            assertArrayEquals(PNG_A, c.get(3, 5, 1));
            assertNull(c.get(3, 5, 2));
        }
        // Another MBTiles reader sees TMS rows: XYZ row 1 at zoom 3 is TMS row 6.
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT tile_data FROM tiles WHERE zoom_level=3 AND tile_column=5 AND tile_row=6")) {
            rs.next();
            assertArrayEquals(PNG_A, rs.getBytes(1));
        }
        try (MbTilesCache c = new MbTilesCache(file, MbTilesCache.pngMetadata("other", 0, 1, new double[]{0, 0, 1, 1}, "v2"))) {
            assertArrayEquals(PNG_A, c.get(3, 5, 1));
            assertArrayEquals(PNG_B, c.get(3, 5, 6));
            assertEquals("png", c.metadata("format"));
            assertEquals("t", c.metadata("name"), "metadata of an existing file is kept");
            assertEquals("35.0,32.0,43.0,38.0", c.metadata("bounds"));
            c.put(3, 5, 1, PNG_B);
            assertArrayEquals(PNG_B, c.get(3, 5, 1), "put replaces");
        }
    }

    @Test
    void tmsFlipIsItsOwnInverse() {
        assertEquals(7, MbTilesCache.tmsRow(3, 0));
        assertEquals(0, MbTilesCache.tmsRow(0, 0));
        assertEquals(12345, MbTilesCache.tmsRow(14, MbTilesCache.tmsRow(14, 12345)));
    }

    @Test
    void corruptFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.mbtiles");
        Files.write(file, "this is not an sqlite database, just text that looks nothing like one".repeat(100).getBytes());
        assertThrows(IOException.class, () -> new MbTilesCache(file, MbTilesCache.pngMetadata("t", 0, 1, new double[]{0, 0, 1, 1}, "v")));
    }
}
