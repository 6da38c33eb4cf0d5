package org.clashmap.export;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Fills a new, empty SQLite R*Tree of two dimensions ({@code CREATE VIRTUAL TABLE t USING rtree(id, minx,
 * maxx, miny, maxy)}, the GeoPackage spatial index) by packing the tree in memory and writing its nodes into
 * the table's shadow tables ({@code t_node}, {@code t_rowid}, {@code t_parent}) directly, as GDAL does
 * since 3.8 (OSGeo/gdal#8596, {@code sqlite_rtree_bulk_load}; GDAL 3.6, the benchmark's peer, fills one in a
 * second database on a thread of its own and copies its shadow tables over).
 * <p>
 * Why: filling it through {@code INSERT INTO t} runs SQLite's R*Tree insertion for every entry (choose a
 * leaf, split, reinsert, rewrite each node up to the root): 0.6 s of CPU on the export's critical thread for
 * 100,000 points, a fifth of the whole export (issue 24, decision 049). Packed here, the same entries take
 * about one write per 51 of them.
 * <p>
 * The entries are those {@code INSERT} would store: each coordinate rounded to a 32-bit float outwards
 * exactly as SQLite's {@code rtreeValueDown} / {@code rtreeValueUp} round it, so every query through the
 * index finds the same rows; only the tree's shape differs (nodes packed full by Sort-Tile-Recursive,
 * Leutenegger et al. 1997). The node format is SQLite's (rtree.c, "the format of the node"): a big-endian
 * 16-bit depth of the tree (root only, else 0), a 16-bit cell count, then each cell a 64-bit rowid or
 * child node number and the four coordinates as big-endian floats, zero-padded to the node size SQLite
 * chose when it created the table (the root node's length).
 */
final class RTreeBulkLoad {
    /** A cell: a 64-bit rowid or node number and four 32-bit coordinates. */
    private static final int CELL_BYTES = 8 + 4 * 4;
    private static final int HEADER_BYTES = 4;
    /** SQLite's limit on the depth of an R-tree it reads (RTREE_MAX_DEPTH). */
    private static final int MAX_DEPTH = 40;

    /** SQLite's rounding factors (RNDTOWARDS, RNDAWAY): one unit of a float's mantissa towards or away from zero. */
    private static final double TOWARDS = 1.0 - 1.0 / 8388608.0, AWAY = 1.0 + 1.0 / 8388608.0;

    /** The entries of an index, in the order added: an id and a box, kept as the floats SQLite would store. */
    static final class Boxes {
        private long[] ids = new long[1024];
        /** minx, maxx, miny, maxy of each entry. */
        private float[] box = new float[4 * 1024];
        private int size;

        void add(long id, double minX, double maxX, double minY, double maxY) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                box = Arrays.copyOf(box, 8 * size);
            }
            ids[size] = id;
            int k = 4 * size++;
            box[k] = down(minX);
            box[k + 1] = up(maxX);
            box[k + 2] = down(minY);
            box[k + 3] = up(maxY);
        }

        int size() {
            return size;
        }
    }

    private RTreeBulkLoad() {
    }

    /** SQLite's rtreeValueDown: the float nearest {@code d} that is not above it. */
    static float down(double d) {
        float f = (float) d;
        if (f > d) f = (float) (d * (d < 0 ? AWAY : TOWARDS));
        return f;
    }

    /** SQLite's rtreeValueUp: the float nearest {@code d} that is not below it. */
    static float up(double d) {
        float f = (float) d;
        if (f < d) f = (float) (d * (d < 0 ? TOWARDS : AWAY));
        return f;
    }

    /**
     * Writes {@code entries} into the R*Tree {@code rtree}, which must have been created just now (one empty root
     * node), inside the caller's transaction. Ids must be distinct, as the table's primary key makes them.
     */
    static void write(Connection c, String rtree, Boxes entries) throws SQLException {
        int n = entries.size;
        if (n == 0) return; // the empty root SQLite wrote is the whole tree
        int nodeBytes = rootLength(c, rtree);
        int fanout = (nodeBytes - HEADER_BYTES) / CELL_BYTES;
        if (fanout < 2) throw new SQLException(rtree + ": R-tree nodes of " + nodeBytes + " bytes hold fewer than two cells");
        Tree t = Tree.pack(entries, fanout);
        if (t.levels.length - 1 > MAX_DEPTH) throw new SQLException(rtree + ": R-tree deeper than SQLite reads");
        String q = "\"" + rtree.replace("\"", "\"\"");
        try (PreparedStatement root = c.prepareStatement("UPDATE " + q + "_node\" SET data = ? WHERE nodeno = 1");
             PreparedStatement node = c.prepareStatement("INSERT INTO " + q + "_node\"(nodeno, data) VALUES (?, ?)");
             PreparedStatement parent = c.prepareStatement("INSERT INTO " + q + "_parent\"(nodeno, parentnode) VALUES (?, ?)");
             PreparedStatement rowid = c.prepareStatement("INSERT INTO " + q + "_rowid\"(rowid, nodeno) VALUES (?, ?)")) {
            for (int l = t.levels.length - 1; l >= 0; l--) {
                Level level = t.levels[l];
                for (int k = 0; k < level.nodes(); k++) {
                    long nodeno = t.nodeNumber(l, k);
                    // a buffer per node: the driver keeps the array itself until the batch runs
                    ByteBuffer blob = ByteBuffer.allocate(nodeBytes); // big-endian, as SQLite writes its nodes
                    level.writeNode(k, l == t.levels.length - 1 ? l : 0, l == 0 ? entries.ids : null, t.firstNodeNumber(l - 1), blob);
                    if (nodeno == 1) {
                        root.setBytes(1, blob.array());
                        root.executeUpdate();
                        continue;
                    }
                    node.setLong(1, nodeno);
                    node.setBytes(2, blob.array());
                    node.addBatch();
                    parent.setLong(1, nodeno);
                    parent.setLong(2, t.nodeNumber(l + 1, t.levels[l + 1].nodeOf[k]));
                    parent.addBatch();
                }
                node.executeBatch();
                parent.executeBatch();
            }
            Level leaves = t.levels[0];
            long firstLeaf = t.firstNodeNumber(0);
            for (int i = 0; i < n; i++) {
                rowid.setLong(1, entries.ids[i]);
                rowid.setLong(2, firstLeaf + leaves.nodeOf[i]);
                rowid.addBatch();
                if ((i + 1) % 4096 == 0) rowid.executeBatch();
            }
            rowid.executeBatch();
        }
    }

    /** The node size SQLite chose for the table: the length of the root node it wrote on creating it. */
    private static int rootLength(Connection c, String rtree) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT length(data), (SELECT count(*) FROM \"" + rtree.replace("\"", "\"\"")
                     + "_node\") FROM \"" + rtree.replace("\"", "\"\"") + "_node\" WHERE nodeno = 1")) {
            if (!rs.next() || rs.getInt(2) != 1) throw new SQLException(rtree + " is not a new, empty R-tree");
            return rs.getInt(1);
        }
    }

    /** The packed tree: its levels from the leaves (0) to the root (one node). Nodes are numbered root first, level by level down. */
    private static final class Tree {
        final Level[] levels;

        private Tree(Level[] levels) {
            this.levels = levels;
        }

        static Tree pack(Boxes entries, int fanout) {
            java.util.List<Level> levels = new java.util.ArrayList<>();
            Level level = Level.pack(entries.box, entries.size, fanout);
            levels.add(level);
            while (level.nodes() > 1) {
                level = Level.pack(level.nodeBoxes, level.nodes(), fanout);
                levels.add(level);
            }
            return new Tree(levels.toArray(Level[]::new));
        }

        /** The number of the first node of level {@code l}: the root is 1, then each level's nodes after those above it. */
        long firstNodeNumber(int l) {
            long first = 1;
            for (int above = levels.length - 1; above > l; above--) first += levels[above].nodes();
            return first;
        }

        long nodeNumber(int l, int k) {
            return firstNodeNumber(l) + k;
        }
    }

    /**
     * One level: its items (the entries, or the nodes of the level below) grouped into nodes of at most
     * {@code fanout} items by Sort-Tile-Recursive: sorted by the x of their centres, cut into vertical slices
     * of whole nodes, each slice sorted by the y of the centres and cut into nodes.
     */
    private static final class Level {
        final float[] box;
        /** The items in node order: node k holds {@code order[k * fanout ..]}. */
        final int[] order;
        final int fanout;
        /** Each item's node. */
        final int[] nodeOf;
        /** Each node's box: the union of its items'. */
        final float[] nodeBoxes;

        private Level(float[] box, int[] order, int fanout, int nodes) {
            this.box = box;
            this.order = order;
            this.fanout = fanout;
            nodeOf = new int[order.length];
            nodeBoxes = new float[4 * nodes];
            for (int k = 0; k < nodes; k++) {
                float minX = Float.POSITIVE_INFINITY, maxX = Float.NEGATIVE_INFINITY, minY = Float.POSITIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY;
                for (int j = k * fanout, end = Math.min(order.length, j + fanout); j < end; j++) {
                    int i = order[j];
                    nodeOf[i] = k;
                    minX = Math.min(minX, box[4 * i]);
                    maxX = Math.max(maxX, box[4 * i + 1]);
                    minY = Math.min(minY, box[4 * i + 2]);
                    maxY = Math.max(maxY, box[4 * i + 3]);
                }
                nodeBoxes[4 * k] = minX;
                nodeBoxes[4 * k + 1] = maxX;
                nodeBoxes[4 * k + 2] = minY;
                nodeBoxes[4 * k + 3] = maxY;
            }
        }

        static Level pack(float[] box, int n, int fanout) {
            int nodes = (n + fanout - 1) / fanout;
            int slices = (int) Math.ceil(Math.sqrt(nodes));
            int perSlice = (int) Math.min(n, (long) ((nodes + slices - 1) / slices) * fanout);
            int[] order = byCentre(box, 0, n, null);
            for (int from = 0; from < n; from += perSlice) {
                int to = Math.min(n, from + perSlice);
                int[] slice = byCentre(box, 2, to - from, Arrays.copyOfRange(order, from, to));
                System.arraycopy(slice, 0, order, from, slice.length);
            }
            return new Level(box, order, fanout, nodes);
        }

        /**
         * {@code items} (all {@code n} items when null) sorted by the centre of axis {@code axis} (0 x, 2 y), ties by
         * item: the sort key is the centre's order-preserving bits above the item's index.
         */
        private static int[] byCentre(float[] box, int axis, int n, int[] items) {
            long[] keys = new long[n];
            for (int j = 0; j < n; j++) {
                int i = items == null ? j : items[j];
                int bits = Float.floatToIntBits((box[4 * i + axis] + box[4 * i + axis + 1]) / 2);
                // the float's bits made to sort as the floats do (negatives reversed), unsigned 32 bits
                long sortable = bits < 0 ? ~bits & 0xFFFF_FFFFL : (bits | 0x8000_0000L) & 0xFFFF_FFFFL;
                keys[j] = sortable << 31 | j;
            }
            Arrays.sort(keys);
            int[] out = new int[n];
            for (int j = 0; j < n; j++) {
                int pos = (int) (keys[j] & 0x7FFF_FFFFL);
                out[j] = items == null ? pos : items[pos];
            }
            return out;
        }

        int nodes() {
            return nodeBoxes.length / 4;
        }

        /**
         * Node {@code k} into {@code blob} (new, all zeros): its depth (written in the root only), its cell count, each cell's id
         * ({@code ids} of an entry at the leaves, else the number of a node of the level below) and box.
         */
        void writeNode(int k, int depth, long[] ids, long firstChild, ByteBuffer blob) {
            int from = k * fanout, to = Math.min(order.length, from + fanout);
            blob.putShort((short) depth);
            blob.putShort((short) (to - from));
            for (int j = from; j < to; j++) {
                int i = order[j];
                blob.putLong(ids != null ? ids[i] : firstChild + i);
                blob.putFloat(box[4 * i]);
                blob.putFloat(box[4 * i + 1]);
                blob.putFloat(box[4 * i + 2]);
                blob.putFloat(box[4 * i + 3]);
            }
        }
    }
}
