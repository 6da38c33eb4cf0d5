/**
 * What the window and the exporters share about the map, split by concern: the shared maths at this
 * level ({@link org.clashmap.geo.WebMercator}, {@link org.clashmap.geo.Viewport}, scale bar lengths,
 * coordinate text, GeoJSON geometry reading, the label {@link org.clashmap.geo.Language});
 * {@code geo.basemap} (the offline basemap: data, builder, tile renderer, labels, cache),
 * {@code geo.index} (incidents as columns with their time and spatial indexes),
 * {@code geo.control} (the control model, Voronoi territories, front lines, contested zones) and
 * {@code geo.render} (the one painter and its {@link org.clashmap.geo.render.Surface}: incidents,
 * symbols, control). The subpackages depend on this one and, in that order, on each other
 * (render may use basemap, index and control; control may use basemap); this level depends on none
 * of them. No JavaFX, no SQL: the window supplies a JavaFX surface, and {@code org.clashmap.app}
 * reads the stores.
 */
package org.clashmap.geo;
