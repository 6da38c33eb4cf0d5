package org.clashmap.ui.map;

import javafx.embed.swing.SwingFXUtils;
import com.gluonhq.maps.MapView;

import org.clashmap.geo.basemap.CachedTileSource;
import org.clashmap.geo.basemap.OfflineTileRenderer;

import java.awt.Color;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.awt.Graphics2D;
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
            OfflineTileRetriever.use(CachedTileSource.inUserCache(renderer));
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

    public static org.clashmap.geo.Language mapLabels() {
        return renderer == null ? org.clashmap.geo.Language.AR : renderer.language();
    }

    /** Shown while a tile renders: a light sand tone, close to the land colour, with a faint grid. */
    private static BufferedImage placeholder() {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xEDE8DC));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xE0DACB));
        for (int i = 0; i < 256; i += 32) {
            g.drawLine(i, 0, i, 255);
            g.drawLine(0, i, 255, i);
        }
        g.dispose();
        return img;
    }
}
