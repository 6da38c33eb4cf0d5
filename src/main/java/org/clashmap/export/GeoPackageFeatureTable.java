package org.clashmap.export;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.Geometry;
import mil.nga.sf.GeometryType;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A GeoPackage layer written row by row: its columns in order, the rows with their geometry, then an
 * R-tree index and the extent when it has rows. The control layers and the area counts are ones.
 */
abstract class GeoPackageFeatureTable implements GeoPackageLayer {
    private double minX = 180, minY = 90, maxX = -180, maxY = -90;

    abstract GeometryType type();

    abstract Map<String, GeoPackageDataType> columns();

    abstract void rows(RowSink sink) throws IOException;

    interface RowSink {
        void row(Geometry g, Object... values) throws IOException;
    }

    @Override
    public void writeTo(GeoPackage gpkg, SpatialReferenceSystem wgs84) throws IOException {
        List<FeatureColumn> cols = columns().entrySet().stream().map(e -> FeatureColumn.createColumn(e.getKey(), e.getValue())).toList();
        FeatureDao dao = GeoPackageTables.createFeatureTable(gpkg, wgs84, tableName(), type(), cols);
        List<String> names = List.copyOf(columns().keySet());
        RTreeBulkLoad.Boxes boxes = new RTreeBulkLoad.Boxes();
        rows((g, values) -> {
            FeatureRow row = dao.newRow();
            GeoPackageGeometryData data = GeoPackageGeometryData.createAndBuildEnvelope(wgs84.getSrsId(), g);
            row.setGeometry(data);
            for (int i = 0; i < values.length; i++) row.setValue(names.get(i), values[i] instanceof Integer n ? Long.valueOf(n) : values[i]);
            long fid = dao.create(row);
            var env = data.getEnvelope();
            if (env == null) return; // an empty geometry: not indexed (as NGA's index load skips it), no extent
            boxes.add(fid, env.getMinX(), env.getMaxX(), env.getMinY(), env.getMaxY());
            minX = Math.min(minX, env.getMinX());
            minY = Math.min(minY, env.getMinY());
            maxX = Math.max(maxX, env.getMaxX());
            maxY = Math.max(maxY, env.getMaxY());
        });
        if (dao.count() > 0) {
            GeoPackageTables.index(gpkg, tableName(), boxes);
            GeoPackageTables.setExtent(gpkg, tableName(), new BoundingBox(minX, minY, maxX, maxY));
        }
    }

    /** Column names and types, in the order given. */
    static Map<String, GeoPackageDataType> ordered(Object... kv) {
        Map<String, GeoPackageDataType> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (GeoPackageDataType) kv[i + 1]);
        return m;
    }
}
