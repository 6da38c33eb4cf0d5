package org.clashmap.geo.render;

import org.clashmap.geo.Language;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.basemap.LabelLayout;
import org.clashmap.geo.basemap.OfflineTileRenderer;
import org.clashmap.geo.index.IncidentSet;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The basemap's place names drawn over the incident symbols, each laid out clear of them
 * ({@link LabelLayout#avoiding}): the one rule map images and the window share, so a symbol never hides
 * Damascus or Idlib in either (issue 19 item 9). The tiles under such a map are drawn without names.
 * <p>
 * Names are laid out at the zoom of the tiles under them and scaled as those tiles are
 * (2<sup>zoom − tileZoom</sup>), so they keep the size the basemap gives them.
 */
public final class NamesOverSymbols {
    private NamesOverSymbols() {
    }

    /**
     * The symbols and clusters of a painter's {@code plan} painted for {@code painted}, as boxes in global pixels of
     * the zoom {@code painted.zoom() + log2(s)} ({@code s}: device pixels per painted pixel; 1 in the window).
     * Symbols get one pixel to spare and clusters three, so a name does not touch their edge.
     */
    public static List<Rectangle2D> symbolBoxes(IncidentSet set, SymbolPlan plan, Viewport painted, double s) {
        List<Rectangle2D> boxes = new ArrayList<>();
        if (plan == null) return boxes;
        double sc = painted.scale();
        for (int k = 0; k < plan.symbolCount(); k++) {
            int i = plan.symbol(k);
            double r = IncidentPainter.symbolRadius(set, i) + 1;
            boxes.add(square(set.wx[i] * sc, set.wy[i] * sc, r, s));
        }
        for (int k = 0; k < plan.clusterCount(); k++) {
            double r = IncidentPainter.clusterRadius(plan.clusterEvents(k)) + 3;
            boxes.add(square(plan.clusterX(k) + painted.originX(), plan.clusterY(k) + painted.originY(), r, s));
        }
        return boxes;
    }

    private static Rectangle2D square(double x, double y, double r, double s) {
        return new Rectangle2D.Double((x - r) * s, (y - r) * s, 2 * r * s, 2 * r * s);
    }

    /** The zoom of the tiles drawn under a map shown at {@code zoom} when the viewer switches tiles {@code tipping} early. */
    public static int tileZoom(double zoom, double tipping) {
        return (int) Math.max(0, Math.min(OfflineTileRenderer.MAX_RENDER_ZOOM, Math.floor(zoom + tipping)));
    }

    /**
     * The names whose place lies in {@code vp} (global pixels of {@code vp.zoom()}), laid out at {@code tileZoom} clear
     * of {@code obstacles} (global pixels of {@code vp.zoom()}); their boxes are global pixels of {@code tileZoom}.
     */
    public static List<LabelLayout.Placed> layout(LabelLayout labels, Language lang, Viewport vp, int tileZoom, List<Rectangle2D> obstacles) {
        double f = Math.pow(2, vp.zoom() - tileZoom);
        List<Rectangle2D> inTilePx = new ArrayList<>(obstacles.size());
        for (Rectangle2D o : obstacles) {
            inTilePx.add(new Rectangle2D.Double(o.getX() / f, o.getY() / f, o.getWidth() / f, o.getHeight() / f));
        }
        Rectangle2D area = new Rectangle2D.Double(vp.originX() / f, vp.originY() / f, vp.width() / f, vp.height() / f);
        return labels.avoiding(lang, tileZoom, area, inTilePx);
    }

    /** Draws laid-out names on {@code g}, whose coordinates are {@code vp}'s pixels (0, 0 at its origin). */
    public static void paint(Graphics2D g, List<LabelLayout.Placed> names, Viewport vp, int tileZoom) {
        double f = Math.pow(2, vp.zoom() - tileZoom);
        AffineTransform saved = g.getTransform();
        g.translate(-vp.originX(), -vp.originY());
        g.scale(f, f);
        OfflineTileRenderer.paintLabels(g, names, 0, 0);
        g.setTransform(saved);
    }
}
