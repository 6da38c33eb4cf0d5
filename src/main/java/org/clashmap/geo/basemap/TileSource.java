package org.clashmap.geo.basemap;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** A source of 256-px XYZ Web Mercator tiles (y = 0 at the north edge). Implementations must be thread-safe. */
public interface TileSource {
    BufferedImage tile(int zoom, long x, long y) throws IOException;

    /**
     * Identifies what this source currently draws (data version, style, language), so a cache
     * never serves tiles drawn from other data or in another language. Must be filename-safe.
     */
    default String cacheKey() {
        return getClass().getSimpleName();
    }

    default int minZoom() {
        return 0;
    }

    default int maxZoom() {
        return 14;
    }
}
