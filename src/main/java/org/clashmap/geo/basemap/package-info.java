/**
 * The offline basemap (docs/decisions/003-offline-basemap.md): vector data built from open data
 * ({@link org.clashmap.geo.basemap.BasemapBuilder}, {@link org.clashmap.geo.basemap.BasemapData}),
 * the Java2D tile renderer with its label layout and style, tile sources and their MBTiles cache,
 * the country outline, the overview inset and the attribution line; the administrative areas a point
 * lies in ({@link org.clashmap.geo.basemap.AdminAreaIndex}, with approximate sub-district cells). No JavaFX, no SQL (the cache's
 * table is {@link org.clashmap.store.MbTilesCache}'s).
 */
package org.clashmap.geo.basemap;
