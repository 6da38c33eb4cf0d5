/**
 * Incidents for the map as primitive columns ({@link org.clashmap.geo.index.IncidentSet}, one row per
 * event and place), with the indexes that keep scrubbing and panning fast: by time
 * ({@link org.clashmap.geo.index.TimeIndex}, the histogram) and by place
 * ({@link org.clashmap.geo.index.IncidentIndex}). No JavaFX, no SQL.
 */
package org.clashmap.geo.index;
