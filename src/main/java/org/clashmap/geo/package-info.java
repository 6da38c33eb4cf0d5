/**
 * What the window and the exporters share: the offline basemap (vector data and the Java2D tile renderer, MBTiles cache), Web Mercator maths, and later the incident painter, time index and control model. No JavaFX.
 */
package org.clashmap.geo;
