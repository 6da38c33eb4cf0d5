/** Exports from the window: the map image as seen and the shown events as GIS data, run off the FX thread. */
package org.clashmap.ui.export;
