package org.clashmap.export;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.srs.SpatialReferenceSystem;

import java.io.IOException;

/**
 * A further table in an exported GeoPackage, beside {@code events}. This is the extension point for
 * the control-map work: control dots ({@code control_points}, POINT), front lines
 * ({@code front_lines}, LINESTRING) and zones ({@code control_zones}, MULTIPOLYGON) each become one
 * implementation, passed in through {@link ExportOptions#withGeoPackageLayers}. An implementation
 * creates its feature table (use {@link GeoPackageTables}), fills it and may add an R-tree index;
 * it runs inside the export's temporary file, so a failure here also leaves no partial file.
 */
public interface GeoPackageLayer {
    /** Table name: lower-case ASCII, unique within the package. */
    String tableName();

    void writeTo(GeoPackage gpkg, SpatialReferenceSystem wgs84) throws IOException;
}
