package org.clashmap.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An R*Tree written by {@link RTreeBulkLoad} holds what SQLite's own {@code INSERT} stores for the same
 * entries (every coordinate rounded the same way), finds the same rows for any window, passes SQLite's
 * {@code rtreecheck}, and stays a working index when rows are added and removed afterwards through SQL.
 */
class RTreeBulkLoadTest {
    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = db.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE packed USING rtree(id, minx, maxx, miny, maxy)");
            st.execute("CREATE VIRTUAL TABLE inserted USING rtree(id, minx, maxx, miny, maxy)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    /** 0 and 1 entries, a root that is a leaf, one cell over a full node (51 at SQLite's default node size), and trees of two and three levels. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 50, 51, 52, 2_700, 40_000})
    void holdsWhatInsertWouldAndFindsTheSameRows(int n) throws SQLException {
        Random r = new Random(n);
        RTreeBulkLoad.Boxes boxes = new RTreeBulkLoad.Boxes();
        try (PreparedStatement in = db.prepareStatement("INSERT INTO inserted VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                // points and boxes either side of 0, fids not in order, some coordinates exact floats, most not
                double x = r.nextInt(5) == 0 ? (float) (r.nextDouble() * 100) : (r.nextDouble() - 0.3) * 360;
                double y = (r.nextDouble() - 0.5) * 180;
                double w = r.nextBoolean() ? 0 : r.nextDouble() * 3, h = r.nextBoolean() ? 0 : r.nextDouble();
                long id = 7L * i + r.nextInt(7);
                boxes.add(id, x, x + w, y, y + h);
                in.setLong(1, id);
                in.setDouble(2, x);
                in.setDouble(3, x + w);
                in.setDouble(4, y);
                in.setDouble(5, y + h);
                in.executeUpdate();
            }
        }
        db.setAutoCommit(false);
        RTreeBulkLoad.write(db, "packed", boxes);
        db.commit();
        db.setAutoCommit(true);

        assertEquals(rows("SELECT * FROM inserted ORDER BY id"), rows("SELECT * FROM packed ORDER BY id"), "the same entries, the same floats");
        assertEquals(List.of("ok|"), rows("SELECT rtreecheck('packed')"));
        Random q = new Random(1);
        for (int i = 0; i < 50; i++) {
            double x = (q.nextDouble() - 0.3) * 360, y = (q.nextDouble() - 0.5) * 180, s = q.nextDouble() * 40;
            String where = String.format(java.util.Locale.ROOT, " WHERE maxx >= %s AND minx <= %s AND maxy >= %s AND miny <= %s ORDER BY id",
                    x, x + s, y, y + s);
            assertEquals(rows("SELECT id FROM inserted" + where), rows("SELECT id FROM packed" + where), "window " + where);
        }

        // later edits (QGIS's, through the GeoPackage's triggers) go through SQLite's own code on the packed tree
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM packed WHERE id % 3 = 0");
            st.execute("DELETE FROM inserted WHERE id % 3 = 0");
            st.execute("INSERT INTO packed SELECT id + 1000000, minx + 1, maxx + 1, miny, maxy FROM inserted");
            st.execute("INSERT INTO inserted SELECT id + 1000000, minx + 1, maxx + 1, miny, maxy FROM inserted WHERE id < 1000000");
        }
        assertEquals(List.of("ok|"), rows("SELECT rtreecheck('packed')"));
        assertEquals(rows("SELECT * FROM inserted ORDER BY id"), rows("SELECT * FROM packed ORDER BY id"));
    }

    @org.junit.jupiter.api.Test
    void roundsOutwardsAsSqliteDoes() {
        for (double d : new double[]{0.1, -0.1, 36.2, -36.2, 1e-30, -1e-30, 3.0, 16777217.0, -16777217.0}) {
            assertTrue(RTreeBulkLoad.down(d) <= d && RTreeBulkLoad.up(d) >= d, "outwards: " + d);
            // SQLite scales by one mantissa unit and rounds again: up to two floats away (0.1 goes down to 0.09999998659)
            assertTrue(Math.nextUp(Math.nextUp(RTreeBulkLoad.down(d))) >= d && Math.nextDown(Math.nextDown(RTreeBulkLoad.up(d))) <= d, "near: " + d);
        }
        assertEquals(3.0f, RTreeBulkLoad.down(3.0));
        assertEquals(3.0f, RTreeBulkLoad.up(3.0));
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= cols; c++) row.append(rs.getString(c)).append('|');
                out.add(row.toString());
            }
        }
        return out;
    }
}
