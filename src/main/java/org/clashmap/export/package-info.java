/**
 * Writers for map images and GIS data (GeoJSON, GeoPackage, KML, ACLED-style CSV); every export goes
 * to a temporary file moved into place ({@link org.clashmap.export.AtomicFileWriter}). Data exports
 * are driven by {@link org.clashmap.export.EventExporter}: stored events pass an
 * {@link org.clashmap.store.EventFilter}, become one {@link org.clashmap.export.EventPoint} per
 * (event, place) and carry the attributes of {@link org.clashmap.export.EventProperties}.
 * See docs/decisions/008-export-formats.md. No JavaFX here.
 */
package org.clashmap.export;
