package org.clashmap.geo.basemap;

import org.clashmap.store.MbTilesCache;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Wraps a tile source with an MBTiles cache on disk. One file per {@link TileSource#cacheKey()}
 * (data version, style, language), so tiles drawn from older data or in the other language are
 * never served. The cache is an optimisation only: if a file is corrupt or unwritable, tiles
 * are rendered directly and one warning is logged, not one per tile.
 */
public final class CachedTileSource implements TileSource {
    private static final Logger LOG = Logger.getLogger(CachedTileSource.class.getName());
    /** Marks a key whose cache could not be used. */
    private static final Object BROKEN = new Object();

    private final TileSource delegate;
    private final Path dir;
    private final Map<String, Object> caches = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();

    public CachedTileSource(TileSource delegate, Path cacheDir) {
        this.delegate = delegate;
        this.dir = cacheDir;
    }

    /** A cache in the user cache directory: $XDG_CACHE_HOME/clashmap or ~/.cache/clashmap. */
    public static CachedTileSource inUserCache(TileSource delegate) {
        return new CachedTileSource(delegate, defaultCacheDir());
    }

    public static Path defaultCacheDir() {
        return org.clashmap.store.UserCache.root();
    }

    /** The cache file used for the delegate's current key. */
    public Path cacheFile() {
        return dir.resolve("tiles-" + delegate.cacheKey() + ".mbtiles");
    }

    @Override
    public String cacheKey() {
        return delegate.cacheKey();
    }

    @Override
    public int minZoom() {
        return delegate.minZoom();
    }

    @Override
    public int maxZoom() {
        return delegate.maxZoom();
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y) throws IOException {
        String key = delegate.cacheKey();
        MbTilesCache cache = cache(key);
        if (cache != null) {
            try {
                byte[] png = cache.get(zoom, x, y);
                if (png != null) {
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
                    if (img != null) return img;
                }
            } catch (IOException | RuntimeException e) {
                disable(key, e);
                cache = null;
            }
        }
        BufferedImage img = delegate.tile(zoom, x, y);
        if (cache != null) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
                ImageIO.write(img, "png", out);
                cache.put(zoom, x, y, out.toByteArray());
            } catch (IOException | RuntimeException e) {
                disable(key, e);
            }
        }
        return img;
    }

    private MbTilesCache cache(String key) {
        Object c = caches.computeIfAbsent(key, k -> {
            try {
                return new MbTilesCache(dir.resolve("tiles-" + k + ".mbtiles"),
                        MbTilesCache.pngMetadata("ClashMap offline basemap", delegate.minZoom(), delegate.maxZoom(),
                                new double[]{-180, -85.0511, 180, 85.0511}, k));
            } catch (IOException | RuntimeException e) {
                warnOnce(e);
                return BROKEN;
            }
        });
        return c instanceof MbTilesCache m ? m : null;
    }

    private void disable(String key, Exception e) {
        Object old = caches.put(key, BROKEN);
        if (old instanceof MbTilesCache m) {
            try {
                m.close();
            } catch (IOException ignored) {
                // already failing; rendering continues without the cache
            }
        }
        warnOnce(e);
    }

    private void warnOnce(Exception e) {
        if (warned.compareAndSet(false, true)) {
            LOG.warning("tile cache disabled, rendering without it: " + e.getMessage());
        }
    }

    /** True once a cache problem has been reported (for tests and diagnostics). */
    public boolean hasWarned() {
        return warned.get();
    }
}
