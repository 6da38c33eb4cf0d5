/**
 * Writers for map images and GIS data (GeoJSON, GeoPackage, KML, CSV); every export goes to a temporary file moved into place.
 */
package org.clashmap.export;
