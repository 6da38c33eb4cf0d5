/**
 * The map pane: basemap tiles (offline renderer and cache, {@link org.clashmap.ui.map.AppServices}),
 * the incident and control layers drawn by the shared {@code geo.render} painter on a JavaFX
 * {@link org.clashmap.ui.map.FxSurface}, the area (choropleth) and density layers of View → Areas and
 * View → Density surface, the viewport layer, scale bar and legend; and
 * {@link org.clashmap.ui.map.OffscreenIncidentRenderer}, the same incident layer off screen for
 * {@code clashmap bench map}.
 */
package org.clashmap.ui.map;
