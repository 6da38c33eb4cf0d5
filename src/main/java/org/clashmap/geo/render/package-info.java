/**
 * The one painter (docs/decisions/002-one-painter-two-surfaces.md): incidents, their symbols and
 * clusters ({@link org.clashmap.geo.render.SymbolPlan}), the raster fast path, control areas, front
 * lines and their palette, all drawn on a {@link org.clashmap.geo.render.Surface}. The window gives
 * it a JavaFX surface, image exports {@link org.clashmap.geo.render.Java2DSurface}: an exported
 * figure is what the analyst saw. No JavaFX here.
 */
package org.clashmap.geo.render;
