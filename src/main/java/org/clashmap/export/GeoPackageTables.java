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

    /** Spatial index (GeoPackage RTree extension), filled from the rows already written. */
    public static void index(GeoPackage gpkg, FeatureDao dao) {
        new RTreeIndexExtension(gpkg).create(dao.getTable());
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
