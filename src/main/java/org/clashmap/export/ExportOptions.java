package org.clashmap.export;

import java.util.List;

/**
 * Knobs of an export that are not the filter.
 *
 * @param csvBom         start CSV with a UTF-8 byte-order mark so Excel reads the Arabic (see decision 008)
 * @param actorNames     readable actor names for the CSV
 * @param adminAreas     admin1..3 names for the CSV
 * @param geoPackageLayers extra GeoPackage tables written after {@code events} (control, front lines, zones)
 */
public record ExportOptions(boolean csvBom, AcledActorNames actorNames, AdminAreas adminAreas, List<GeoPackageLayer> geoPackageLayers) {
    public ExportOptions {
        geoPackageLayers = List.copyOf(geoPackageLayers);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(true, AcledActorNames.defaults(), AdminAreas.OCHA, List.of());
    }

    public ExportOptions withCsvBom(boolean bom) {
        return new ExportOptions(bom, actorNames, adminAreas, geoPackageLayers);
    }

    public ExportOptions withGeoPackageLayers(List<GeoPackageLayer> layers) {
        return new ExportOptions(csvBom, actorNames, adminAreas, layers);
    }
}
