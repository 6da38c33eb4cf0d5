package org.clashmap.ui.map;

import javafx.embed.swing.SwingFXUtils;
import com.gluonhq.maps.MapView;

import org.clashmap.geo.basemap.CachedTileSource;
import org.clashmap.geo.basemap.OfflineTileRenderer;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.awt.image.BufferedImage;

/** Wires the pipeline's services into the UI once per JVM (Gluon's tile hook is JVM-wide). */
public final class AppServices {
    private static boolean tilesReady;
    private static OfflineTileRenderer renderer;

    private AppServices() {
    }

    public static synchronized void initTiles() {
        if (tilesReady) return;
        tilesReady = true;
        MapView.setPlaceholderImageSupplier(() -> SwingFXUtils.toFXImage(placeholder(), null));
        try {
            renderer = OfflineTileRenderer.fromClasspath();
            // names are drawn over the incidents by PlaceNameLayer, laid out around the symbols
            OfflineTileRetriever.use(CachedTileSource.inUserCache(renderer.withoutNames()));
        } catch (IOException | RuntimeException e) {
            // The window still opens (placeholders instead of tiles) and says why.
            Logger.getLogger(AppServices.class.getName()).log(Level.WARNING, "offline basemap unavailable: " + e);
        }
    }

    /**
     * Syria's outline box on the basemap in normalised world coordinates (the OCHA / Natural Earth border the map
     * draws), or null when no basemap could be loaded.
     */
    public static synchronized org.locationtech.jts.geom.Envelope syriaWorld() {
        if (renderer == null) return null;
        if (syria == null) syria = org.clashmap.geo.basemap.OverviewInset.syriaWorld(renderer.data());
        return syria;
    }

    private static org.locationtech.jts.geom.Envelope syria;

    /** Place names on the basemap in Arabic (the default: the reports' own spelling) or English. */
    public static void setMapLabels(org.clashmap.geo.Language lang) {
        if (renderer != null) renderer.setLanguage(lang);
    }

    /** The basemap's place names and their layout, or null when no basemap could be loaded. */
    static synchronized org.clashmap.geo.basemap.LabelLayout placeNames() {
        return renderer == null ? null : renderer.labels();
    }

    public static org.clashmap.geo.Language mapLabels() {
        return renderer == null ? org.clashmap.geo.Language.AR : renderer.language();
    }

    /**
     * Shown while a tile renders: nothing. Gluon Maps keeps the last drawn tile of a coarser zoom under a
     * loading one, scaled to fit ("covering"); an opaque placeholder hid it, so each wheel zoom showed a
     * blank grid for seconds (issue 19 item 10). A transparent one lets the scaled old map show until the
     * new tiles arrive; where no old tile exists the map's sand background shows (see clashmap.css).
     */
    static BufferedImage placeholder() {
        return new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
    }
}
