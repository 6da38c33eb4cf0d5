package org.clashmap.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tile cache in an SQLite file laid out as MBTiles 1.3: a {@code metadata} name/value table
 * and {@code tiles(zoom_level, tile_column, tile_row, tile_data)} with a unique index. MBTiles
 * rows count from the south (TMS), so XYZ rows are flipped on the way in and out; that keeps the
 * file readable by other MBTiles tools. One connection, calls serialised: SQLite writes are
 * serial anyway and tile reads are tiny.
 */
public final class MbTilesCache implements Closeable {
    private final Connection conn;
    private final PreparedStatement get;
    private final PreparedStatement put;

    /**
     * Opens or creates the file. {@code metadata} is written only when the file is new.
     *
     * @throws IOException if the file cannot be opened or is not an SQLite/MBTiles file
     */
    public MbTilesCache(Path file, Map<String, String> metadata) throws IOException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            conn = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = conn.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("CREATE TABLE IF NOT EXISTS metadata (name TEXT NOT NULL, value TEXT)");
                st.execute("CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL,"
                        + " tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL)");
                st.execute("CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row)");
                st.execute("CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name)");
            }
            try (PreparedStatement ins = conn.prepareStatement("INSERT OR IGNORE INTO metadata(name, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    ins.setString(1, e.getKey());
                    ins.setString(2, e.getValue());
                    ins.executeUpdate();
                }
            }
            get = conn.prepareStatement("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            put = conn.prepareStatement("INSERT OR REPLACE INTO tiles(zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)");
        } catch (SQLException e) {
            throw new IOException("cannot open tile cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** Standard MBTiles metadata for a PNG raster cache. */
    public static Map<String, String> pngMetadata(String name, int minZoom, int maxZoom, double[] boundsWsen, String version) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("format", "png");
        m.put("type", "baselayer");
        m.put("version", version);
        m.put("minzoom", Integer.toString(minZoom));
        m.put("maxzoom", Integer.toString(maxZoom));
        m.put("bounds", boundsWsen[0] + "," + boundsWsen[1] + "," + boundsWsen[2] + "," + boundsWsen[3]);
        return m;
    }

    /** The PNG bytes of an XYZ tile, or null if not cached. */
    public synchronized byte[] get(int zoom, long x, long y) throws IOException {
        try {
            get.setInt(1, zoom);
            get.setLong(2, x);
            get.setLong(3, tmsRow(zoom, y));
            try (ResultSet rs = get.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("tile cache read failed: " + e.getMessage(), e);
        }
    }

    /** Stores the PNG bytes of an XYZ tile, replacing any previous copy. */
    public synchronized void put(int zoom, long x, long y, byte[] png) throws IOException {
        try {
            put.setInt(1, zoom);
            put.setLong(2, x);
            put.setLong(3, tmsRow(zoom, y));
            put.setBytes(4, png);
            put.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("tile cache write failed: " + e.getMessage(), e);
        }
    }

    /** A metadata value, or null. */
    public synchronized String metadata(String name) throws IOException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM metadata WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** XYZ row (0 = north) to TMS row (0 = south), and back: the map is its own inverse. */
    public static long tmsRow(int zoom, long y) {
        return (1L << zoom) - 1 - y;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
