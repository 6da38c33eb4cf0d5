/**
 * Distances, bearings and offsets on the Earth ({@link org.clashmap.geodesy.Geodesy}): WGS84 geodesics
 * through GeographicLib, and one documented sphere for the quick forms. Below every other package;
 * depends on nothing of ClashMap's.
 */
package org.clashmap.geodesy;
