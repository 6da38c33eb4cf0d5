package org.clashmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The data formats {@code clashmap export} writes. */
public enum ExportFormat {
    GEOJSON(".geojson"), GPKG(".gpkg"), KML(".kml"), CSV(".csv");

    /** Usual file extension, dot included. */
    public final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** Accepts the option values geojson, json, gpkg, geopackage, kml, csv (any case). */
    public static ExportFormat parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "geojson", "json" -> GEOJSON;
            case "gpkg", "geopackage" -> GPKG;
            case "kml" -> KML;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("unknown format '" + s + "' (use geojson, gpkg, kml or csv)");
        };
    }

    /** The temporary file keeps the extension: the GeoPackage library refuses other names. */
    String tempSuffix() {
        return this == GPKG ? extension : "";
    }

    FeatureWriter open(Path file, ExportOptions options) throws IOException {
        return switch (this) {
            case GEOJSON -> new GeoJsonExporter(file);
            case GPKG -> new GeoPackageExporter(file, options.geoPackageLayers());
            case KML -> new KmlExporter(file);
            case CSV -> new AcledCsvExporter(file, options);
        };
    }
}
