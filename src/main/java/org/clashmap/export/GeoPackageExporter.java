package org.clashmap.export;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Stored events as an OGC GeoPackage: a point table {@value #EVENTS} in EPSG:4326 with every
 * {@link EventProperties} attribute as a column and an R-tree spatial index, then any extra
 * {@link GeoPackageLayer}s (control points, front lines, zones once they exist).
 */
final class GeoPackageExporter implements FeatureWriter {
    static final String EVENTS = "events";

    private final GeoPackage gpkg;
    private final SpatialReferenceSystem srs;
    private final FeatureDao dao;
    private final List<GeoPackageLayer> extraLayers;
    private double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;

    GeoPackageExporter(Path file, List<GeoPackageLayer> extraLayers) throws IOException {
        this.extraLayers = extraLayers;
        try {
            GeoPackageManager.create(file.toFile());
            gpkg = GeoPackageManager.open(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException("cannot create GeoPackage " + file + ": " + e.getMessage(), e);
        }
        try {
            srs = GeoPackageTables.wgs84(gpkg);
            List<FeatureColumn> columns = EventProperties.ALL.stream().map(p -> GeoPackageTables.column(p.name(), p.kind())).toList();
            dao = GeoPackageTables.createFeatureTable(gpkg, srs, EVENTS, GeometryType.POINT, columns);
            // One transaction for all rows: an fsync per row would make large exports crawl.
            gpkg.beginTransaction();
        } catch (IOException | RuntimeException e) {
            gpkg.close();
            throw e;
        }
    }

    @Override
    public void write(EventPoint p) throws IOException {
        try {
            FeatureRow row = dao.newRow();
            row.setGeometry(GeoPackageGeometryData.createAndBuildEnvelope(srs.getSrsId(), new Point(p.lon(), p.lat())));
            for (EventProperties.Property prop : EventProperties.ALL) row.setValue(prop.name(), columnValue(prop.of(p)));
            dao.create(row);
        } catch (RuntimeException e) {
            throw new IOException("GeoPackage: cannot write event " + p.event().id() + ": " + e.getMessage(), e);
        }
        minX = Math.min(minX, p.lon());
        minY = Math.min(minY, p.lat());
        maxX = Math.max(maxX, p.lon());
        maxY = Math.max(maxY, p.lat());
    }

    /** Integers go in as Long: SQLite INTEGER is 64-bit and NGA checks the Java type per column. */
    private static Object columnValue(Object v) {
        return v instanceof Integer i ? Long.valueOf(i) : v;
    }

    @Override
    public void finish() throws IOException {
        try {
            gpkg.endTransaction(true);
            if (minX <= maxX) GeoPackageTables.setExtent(gpkg, EVENTS, new BoundingBox(minX, minY, maxX, maxY));
            GeoPackageTables.index(gpkg, dao);
            for (GeoPackageLayer layer : extraLayers) layer.writeTo(gpkg, srs);
        } catch (RuntimeException e) {
            throw new IOException("GeoPackage: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (gpkg.inTransaction()) gpkg.endTransaction(false);
        gpkg.close();
    }
}
