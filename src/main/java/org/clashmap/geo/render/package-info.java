/**
 * The one painter (docs/decisions/002-one-painter-two-surfaces.md): incidents, their symbols and
 * clusters ({@link org.clashmap.geo.render.SymbolPlan}), the raster fast path, control areas, front
 * lines and their palette, administrative areas filled by class ({@link org.clashmap.geo.render.AreaPainter}),
 * all drawn on a {@link org.clashmap.geo.render.Surface}; and the density surface
 * ({@link org.clashmap.geo.render.DensitySurface}), a raster both sides stretch over the map. The window gives
 * it a JavaFX surface, image exports {@link org.clashmap.geo.render.Java2DSurface}: an exported
 * figure is what the analyst saw. No JavaFX here.
 */
package org.clashmap.geo.render;
