/**
 * Writers for map images and GIS data (GeoJSON, GeoPackage, KML, ACLED-style CSV); every export goes
 * to a temporary file moved into place ({@link org.clashmap.export.AtomicFileWriter}). Data exports
 * are driven by {@link org.clashmap.export.EventExporter}: stored events pass an
 * {@link org.clashmap.store.EventFilter}, become one {@link org.clashmap.export.EventPoint} per
 * (event, place) and carry the attributes of {@link org.clashmap.export.EventProperties}.
 * See docs/decisions/008-export-formats.md. Figures count those rows by one rule,
 * {@link org.clashmap.export.IncidentTally}: charts, and the incidents or dead per area
 * ({@link org.clashmap.export.AreaCounts}, drawn as a {@link org.clashmap.export.Choropleth}, written
 * as the GeoPackage's area layers); map images and animations ({@link org.clashmap.export.MapAnimation})
 * are drawn by {@link org.clashmap.export.MapImageRenderer} (decisions 010, 028, 030). No JavaFX here.
 */
package org.clashmap.export;
