package org.clashmap.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.clashmap.geo.basemap.TileSource;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gluon Maps' tile hook (registered in META-INF/services; Gluon takes the first one found, once
 * per JVM). Tiles are rendered off the FX thread by the configured {@link TileSource}; a failing
 * tile is logged once, not once per tile, so a broken source cannot flood the log.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static final Logger LOG = Logger.getLogger(OfflineTileRetriever.class.getName());
    private static volatile TileSource source;
    private static final AtomicBoolean warned = new AtomicBoolean();
    private static final ExecutorService RENDERERS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
                Thread t = new Thread(r, "tile-renderer");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });

    /** Sets where tiles come from; until then (and on failure) tiles stay as placeholders. */
    public static void use(TileSource tiles) {
        source = tiles;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        TileSource s = source;
        if (s == null) return CompletableFuture.completedFuture(null);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SwingFXUtils.toFXImage(s.tile(zoom, x, y), null);
            } catch (Exception e) {
                if (warned.compareAndSet(false, true)) LOG.log(Level.WARNING, "tile " + zoom + "/" + x + "/" + y + " failed: " + e);
                return null;
            }
        }, RENDERERS);
    }
}
