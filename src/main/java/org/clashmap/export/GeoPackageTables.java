package org.clashmap.export;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.contents.ContentsDao;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** Small helpers shared by the GeoPackage tables: create a WGS 84 feature table, index it, set its extent. */
public final class GeoPackageTables {
    public static final String ID_COLUMN = "fid";
    public static final String GEOMETRY_COLUMN = "geom";

    private GeoPackageTables() {
    }

    public static SpatialReferenceSystem wgs84(GeoPackage gpkg) throws IOException {
        try {
            return gpkg.getSpatialReferenceSystemDao().getOrCreateFromEpsg(4326);
        } catch (SQLException e) {
            throw new IOException("GeoPackage: cannot add EPSG:4326: " + e.getMessage(), e);
        }
    }

    /** Creates a feature table in EPSG:4326 with an integer primary key {@value #ID_COLUMN} and geometry {@value #GEOMETRY_COLUMN}. */
    public static FeatureDao createFeatureTable(GeoPackage gpkg, SpatialReferenceSystem srs, String table,
                                                GeometryType type, List<FeatureColumn> columns) {
        GeometryColumns g = new GeometryColumns();
        g.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
        g.setGeometryType(type);
        g.setZ((byte) 0);
        g.setM((byte) 0);
        g.setSrs(srs);
        gpkg.createFeatureTable(FeatureTableMetadata.create(g, ID_COLUMN, columns));
        return gpkg.getFeatureDao(table);
    }

    public static FeatureColumn column(String name, EventProperties.Kind kind) {
        GeoPackageDataType t = switch (kind) {
            case TEXT -> GeoPackageDataType.TEXT;
            case DATE -> GeoPackageDataType.DATE;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.DOUBLE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
        };
        return FeatureColumn.createColumn(name, t);
    }

    /**
     * The version GDAL 3.6 and QGIS 3.22 read without "may only be partially supported": GeoPackage
     * 1.2 (user_version 10200, what GDAL 3.6 itself writes), which is all these files use (features,
     * the RTree extension). NGA's library stamps 1.4.
     */
    public static final int USER_VERSION = 10200;
    /** "GPKG" as a big-endian 32-bit integer, the application_id of every GeoPackage since 1.2. */
    public static final int APPLICATION_ID = 0x47504B47;

    /** Stamps the file as a GeoPackage 1.2 (see {@link #USER_VERSION}). */
    public static void stampVersion(GeoPackage gpkg) throws IOException {
        try (java.sql.Statement st = gpkg.getConnection().getConnection().createStatement()) {
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + USER_VERSION);
        } catch (SQLException e) {
            throw new IOException("GeoPackage: cannot set its version: " + e.getMessage(), e);
        }
    }

    /**
     * Point rows of a new feature table written as GDAL writes them: one prepared INSERT bound again
     * for every row and sent in batches inside the caller's transaction, the geometry written straight from
     * the coordinates ({@link #pointBlob}; not a row object and an SQL string per feature, as NGA's DAO does,
     * nor sqlite-jdbc's extra "last_insert_rowid()" query after each single INSERT); then, after the rows,
     * the spatial index packed from the coordinates kept as they went by ({@link RTreeBulkLoad}; not by
     * decoding every geometry again through SQL functions written in Java, as NGA's index load does).
     */
    public static final class BulkInsert implements AutoCloseable {
        private static final int BATCH = 2_000;
        private final GeoPackage gpkg;
        private final String table;
        private final java.sql.PreparedStatement ps;
        private final int srsId;
        private final int columns;
        private int pending;
        private long fid;
        private final RTreeBulkLoad.Boxes boxes = new RTreeBulkLoad.Boxes();

        /** {@code table} must be new and empty (fids are given here, 1, 2, ...). */
        public BulkInsert(GeoPackage gpkg, SpatialReferenceSystem srs, String table, List<String> columns) throws IOException {
            this.gpkg = gpkg;
            this.table = table;
            this.columns = columns.size();
            srsId = Math.toIntExact(srs.getSrsId());
            StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table).append("\"(\"").append(ID_COLUMN).append("\", \"")
                    .append(GEOMETRY_COLUMN).append('"');
            for (String c : columns) sql.append(", \"").append(c).append('"');
            sql.append(") VALUES (?, ?").append(", ?".repeat(columns.size())).append(')');
            try {
                ps = gpkg.getConnection().getConnection().prepareStatement(sql.toString());
            } catch (SQLException e) {
                throw new IOException("GeoPackage: cannot prepare the rows of " + table + ": " + e.getMessage(), e);
            }
        }

        /** One point feature; {@code values} in the order of the columns given (Integer, Long, Double, Boolean, String or null). */
        public void point(double lon, double lat, Object[] values) throws IOException {
            try {
                fid++;
                ps.setLong(1, fid);
                ps.setBytes(2, pointBlob(srsId, lon, lat));
                for (int i = 0; i < columns; i++) {
                    Object v = values[i];
                    int k = i + 3;
                    if (v == null) ps.setNull(k, java.sql.Types.NULL);
                    else if (v instanceof Integer n) ps.setLong(k, n);
                    else if (v instanceof Long n) ps.setLong(k, n);
                    else if (v instanceof Double d) ps.setDouble(k, d);
                    else if (v instanceof Boolean b) ps.setInt(k, b ? 1 : 0);
                    else ps.setString(k, v.toString());
                }
                ps.addBatch();
                if (++pending == BATCH) flush();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            boxes.add(fid, lon, lon, lat, lat);
        }

        /**
         * A point as the GeoPackage geometry blob NGA's {@code GeoPackageGeometryData} writes for it (the same 29
         * bytes): "GP", version 0, flags 0 (big-endian, no envelope), the srs id, then the point as big-endian WKB.
         * Written straight from the coordinates: NGA builds a point, a header object and two byte streams per row.
         * A new array each row: the driver keeps the array itself until its batch runs.
         */
        static byte[] pointBlob(int srsId, double x, double y) {
            return java.nio.ByteBuffer.allocate(29).put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0).putInt(srsId)
                    .put((byte) 0).putInt(1).putDouble(x).putDouble(y).array();
        }

        private void flush() throws SQLException {
            if (pending > 0) ps.executeBatch();
            pending = 0;
        }

        /**
         * Sends the last rows, then fills the table's RTree index from the points written (packed, not inserted
         * one by one: {@link RTreeBulkLoad}) and adds its triggers (which keep it in step with later edits in
         * QGIS) and its gpkg_extensions row, all in the caller's transaction.
         */
        public void finishWithIndex() throws IOException {
            try {
                flush();
                RTreeIndexExtension rtree = new RTreeIndexExtension(gpkg);
                rtree.createRTreeIndex(table, GEOMETRY_COLUMN);
                RTreeBulkLoad.write(gpkg.getConnection().getConnection(), rtreeName(table), boxes);
                rtree.createAllTriggers(table, GEOMETRY_COLUMN, ID_COLUMN);
                rtree.getOrCreate(table, GEOMETRY_COLUMN);
            } catch (SQLException | RuntimeException e) {
                throw new IOException("GeoPackage: cannot index " + table + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                ps.close();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    /** The RTree extension's table indexing {@code table}'s geometry. */
    static String rtreeName(String table) {
        return "rtree_" + table + "_" + GEOMETRY_COLUMN;
    }

    /**
     * Spatial index (GeoPackage RTree extension) of rows already written, from their boxes: as NGA's
     * {@code RTreeIndexExtension.create} makes it (extension row, table, entries, triggers), the entries
     * packed by {@link RTreeBulkLoad} rather than computed row by row through SQL functions written in Java.
     */
    static void index(GeoPackage gpkg, String table, RTreeBulkLoad.Boxes boxes) throws IOException {
        try {
            RTreeIndexExtension rtree = new RTreeIndexExtension(gpkg);
            rtree.getOrCreate(table, GEOMETRY_COLUMN);
            rtree.createRTreeIndex(table, GEOMETRY_COLUMN);
            RTreeBulkLoad.write(gpkg.getConnection().getConnection(), rtreeName(table), boxes);
            rtree.createAllTriggers(table, GEOMETRY_COLUMN, ID_COLUMN);
        } catch (SQLException | RuntimeException e) {
            throw new IOException("GeoPackage: cannot index " + table + ": " + e.getMessage(), e);
        }
    }

    /** Records the table's extent in gpkg_contents, which QGIS uses to zoom to the layer. */
    public static void setExtent(GeoPackage gpkg, String table, BoundingBox box) throws IOException {
        try {
            ContentsDao dao = gpkg.getContentsDao();
            Contents c = dao.queryForId(table);
            c.setMinX(box.getMinLongitude());
            c.setMinY(box.getMinLatitude());
            c.setMaxX(box.getMaxLongitude());
            c.setMaxY(box.getMaxLatitude());
            dao.update(c);
        } catch (SQLException e) {
            throw new IOException("GeoPackage: cannot record the extent of " + table + ": " + e.getMessage(), e);
        }
    }
}
