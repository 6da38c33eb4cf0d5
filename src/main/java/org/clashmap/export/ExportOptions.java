package org.clashmap.export;

import java.util.List;

/**
 * Knobs of an export that are not the filter.
 *
 * @param csvBom         start CSV with a UTF-8 byte-order mark so Excel reads the Arabic (see decision 008)
 * @param actorNames     readable actor names for the CSV
 * @param adminAreas     admin1..3 names for the CSV
 * @param geoPackageLayers extra GeoPackage tables written after {@code events} (control, front lines, zones), asked
 *                         for once the events are written (so they may be built from what streamed by)
 */
public record ExportOptions(boolean csvBom, AcledActorNames actorNames, AdminAreas adminAreas,
                            java.util.function.Supplier<List<GeoPackageLayer>> geoPackageLayers) {

    public static ExportOptions defaults() {
        return new ExportOptions(true, AcledActorNames.defaults(), AdminAreas.OCHA, List::of);
    }

    public ExportOptions withCsvBom(boolean bom) {
        return new ExportOptions(bom, actorNames, adminAreas, geoPackageLayers);
    }

    public ExportOptions withGeoPackageLayers(List<GeoPackageLayer> layers) {
        List<GeoPackageLayer> copy = List.copyOf(layers);
        return withGeoPackageLayers(() -> copy);
    }

    /** Layers built when the GeoPackage asks for them, after its events are written. */
    public ExportOptions withGeoPackageLayers(java.util.function.Supplier<List<GeoPackageLayer>> layers) {
        return new ExportOptions(csvBom, actorNames, adminAreas, layers);
    }
}
