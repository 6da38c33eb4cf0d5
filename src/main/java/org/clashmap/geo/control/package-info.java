/**
 * Who holds what (docs/decisions/012-front-lines.md, 015-incremental-voronoi.md): control claims
 * per place and day ({@link org.clashmap.geo.control.ControlModel}), territories as an incremental
 * local Voronoi, front lines, contested zones and imported control layers, all behind
 * {@link org.clashmap.geo.control.ControlMap}. Takes stored rows as input
 * ({@link org.clashmap.geo.control.ControlSources}) but opens no store: {@code org.clashmap.app.ControlMaps}
 * reads them. No JavaFX, no SQL.
 */
package org.clashmap.geo.control;
