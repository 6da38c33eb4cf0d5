package org.clashmap.store;

import java.time.LocalDate;

/** One polygon of an imported control layer; {@code geometryJson} is GeoJSON, interpreted by the geo package. */
public record StoredLayerZone(long id, long layerId, String controller, LocalDate validFrom, LocalDate validTo, String geometryJson) {
}
