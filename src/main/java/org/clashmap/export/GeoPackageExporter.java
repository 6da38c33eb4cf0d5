package org.clashmap.export;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Stored events as an OGC GeoPackage: a point table {@value #EVENTS} in EPSG:4326 with every
 * {@link EventProperties} attribute as a column and an R-tree spatial index, then any extra
 * {@link GeoPackageLayer}s (control points, front lines, zones once they exist), then the events
 * counted per governorate, district and sub-district ({@link AreaGeoPackageLayers}).
 */
final class GeoPackageExporter implements FeatureWriter {
    static final String EVENTS = "events";

    private final GeoPackage gpkg;
    private final SpatialReferenceSystem srs;
    private final FeatureDao dao;
    private GeoPackageTables.BulkInsert rows;
    private final Object[] values = new Object[EventProperties.ALL.size()];
    private final java.util.function.Supplier<List<GeoPackageLayer>> extraLayers;
    /** The rows written, counted per area as they go by ({@link AreaGeoPackageLayers}). */
    private final AreaGeoPackageLayers.Counter areas = new AreaGeoPackageLayers.Counter();
    private double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;

    GeoPackageExporter(Path file, java.util.function.Supplier<List<GeoPackageLayer>> extraLayers) throws IOException {
        this.extraLayers = extraLayers;
        gpkg = GeoPackageFile.create(file);
        try {
            // One transaction for the whole file, its metadata and every layer (one connection: GeoPackageFile).
            gpkg.beginTransaction();
            srs = GeoPackageTables.wgs84(gpkg);
            List<FeatureColumn> columns = EventProperties.ALL.stream().map(p -> GeoPackageTables.column(p.name(), p.kind())).toList();
            dao = GeoPackageTables.createFeatureTable(gpkg, srs, EVENTS, GeometryType.POINT, columns);
            GeoPackageTables.stampVersion(gpkg);
            rows = new GeoPackageTables.BulkInsert(gpkg, srs, EVENTS, EventProperties.ALL.stream().map(EventProperties.Property::name).toList());
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void write(EventPoint p) throws IOException {
        try {
            for (int i = 0; i < values.length; i++) values[i] = EventProperties.ALL.get(i).of(p);
            rows.point(p.lon(), p.lat(), values);
            areas.add(p);
        } catch (IOException | RuntimeException e) {
            throw new IOException("GeoPackage: cannot write event " + p.event().id() + ": " + e.getMessage(), e);
        }
        minX = Math.min(minX, p.lon());
        minY = Math.min(minY, p.lat());
        maxX = Math.max(maxX, p.lon());
        maxY = Math.max(maxY, p.lat());
    }

    @Override
    public void finish() throws IOException {
        try {
            rows.finishWithIndex(); // as GDAL: the spatial index after the rows
            rows.close();
            if (minX <= maxX) GeoPackageTables.setExtent(gpkg, EVENTS, new BoundingBox(minX, minY, maxX, maxY));
            for (GeoPackageLayer layer : extraLayers.get()) layer.writeTo(gpkg, srs);
            for (GeoPackageLayer layer : areas.layers()) layer.writeTo(gpkg, srs);
            gpkg.endTransaction(true);
        } catch (RuntimeException e) {
            throw new IOException("GeoPackage: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (rows != null) rows.close(); // again after finish(): closing a closed statement does nothing
        } catch (IOException ignored) {
            // the export has failed already; the file is being discarded
        }
        areas.close();
        if (gpkg.inTransaction()) gpkg.endTransaction(false);
        gpkg.close();
    }
}
