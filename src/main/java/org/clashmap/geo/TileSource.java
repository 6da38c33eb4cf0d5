package org.clashmap.geo;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Anything that gives 256-px XYZ Web Mercator tiles (y = 0 at the north). */
public interface TileSource {
    BufferedImage tile(int zoom, long x, long y) throws IOException;
}
