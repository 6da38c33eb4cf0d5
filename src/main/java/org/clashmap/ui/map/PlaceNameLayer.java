package org.clashmap.ui.map;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.clashmap.geo.Language;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.basemap.LabelLayout;
import org.clashmap.geo.render.NamesOverSymbols;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.List;

/**
 * The basemap's place names, over the incident symbols and laid out around them by the rule map images use
 * ({@link NamesOverSymbols}): the tiles under the window are drawn without names, so a symbol on Damascus moves
 * its name beside the symbol instead of covering it (issue 19 item 9).
 * <p>
 * Drawn with Java2D (the names are the tiles' own shaped outlines) into an image the screen shares through a
 * PixelBuffer, with {@link #SPARE} pixels on each side: a pan only moves the view over it. The names are laid out
 * again when the symbols are painted anew, the zoom or the names' language changes, or a pan runs past the spare.
 */
public final class PlaceNameLayer extends DrawnMapLayer {
    /** Gluon Maps shows the tiles of floor(zoom + 0.2) (its BaseMap.TIPPING); the names follow the same tiles. */
    static final double GLUON_TIPPING = 0.2;
    static final int SPARE = 128;

    private final IncidentLayer incidents;
    private final ImageView view = new ImageView();
    private BufferedImage image;
    private PixelBuffer<IntBuffer> buffer;
    private List<LabelLayout.Placed> shown = List.of();
    private long paintedSymbols = -1;
    private double paintedZoom = Double.NaN, paintedX, paintedY;
    private Language paintedLang;
    private List<Rectangle2D> paintedCovers = List.of();
    private java.util.function.Supplier<List<Rectangle2D>> covers = List::of;

    PlaceNameLayer(IncidentLayer incidents) {
        this.incidents = incidents;
        setMouseTransparent(true);
        view.setMouseTransparent(true);
        getChildren().add(view);
        incidents.onPainted(this::markDirty);
    }

    /**
     * What lies over the map in front of the names (scale bar, attribution, legend, date), as boxes in the map's own
     * coordinates: a name is laid out clear of them as of a symbol, so Daraa's is not under the scale bar.
     */
    void coveredBy(java.util.function.Supplier<List<Rectangle2D>> covers) {
        this.covers = covers;
    }

    /** What covers the map moved or changed size: lay the names out again. */
    void coversChanged() {
        markDirty();
    }

    /** The names drawn now, with their boxes in global pixels of the tiles' zoom (for tests). */
    public List<LabelLayout.Placed> shownNames() {
        return shown;
    }

    /** The tiles' zoom the names are laid out at. */
    public int namesZoom() {
        return NamesOverSymbols.tileZoom(viewport().zoom(), GLUON_TIPPING);
    }

    @Override
    protected void layoutLayer() {
        LabelLayout labels = AppServices.placeNames();
        Viewport vp = viewport();
        int w = (int) Math.ceil(vp.width()), h = (int) Math.ceil(vp.height());
        if (labels == null || w <= 0 || h <= 0) return;
        Language lang = AppServices.mapLabels();
        double dx = vp.originX() - paintedX, dy = vp.originY() - paintedY;
        List<Rectangle2D> over = covers.get();
        boolean reuse = vp.zoom() == paintedZoom && lang == paintedLang && incidents.paints() == paintedSymbols
                && !stale && (dx != 0 || dy != 0 || over.equals(paintedCovers))
                && image != null && image.getWidth() == w + 2 * SPARE && image.getHeight() == h + 2 * SPARE
                && Math.abs(dx) <= SPARE && Math.abs(dy) <= SPARE;
        if (!reuse) {
            paint(labels, lang, vp, w, h, over);
            dx = dy = 0;
        } else if (dx != 0 || dy != 0) {
            // panned: the names move with the map; once it rests they are laid out again around what covers it
            settle.playFromStart();
        }
        view.setViewport(new Rectangle2D(SPARE + dx, SPARE + dy, w, h));
    }

    /** Set when the map has rested after a pan: the names are laid out again for where it rests. */
    private boolean stale;
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));

    {
        settle.setOnFinished(e -> {
            stale = true;
            markDirty();
        });
    }

    private void paint(LabelLayout labels, Language lang, Viewport vp, int w, int h, List<Rectangle2D> over) {
        int pw = w + 2 * SPARE, ph = h + 2 * SPARE;
        if (image == null || image.getWidth() != pw || image.getHeight() != ph) {
            image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            buffer = new PixelBuffer<>(pw, ph, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        Viewport painted = new Viewport(vp.zoom(), vp.originX() - SPARE, vp.originY() - SPARE, pw, ph);
        int zoom = NamesOverSymbols.tileZoom(vp.zoom(), GLUON_TIPPING);
        List<java.awt.geom.Rectangle2D> obstacles = new java.util.ArrayList<>(incidents.symbolBoxes());
        for (Rectangle2D o : over) {
            obstacles.add(new java.awt.geom.Rectangle2D.Double(vp.originX() + o.getMinX(), vp.originY() + o.getMinY(), o.getWidth(), o.getHeight()));
        }
        List<LabelLayout.Placed> names = NamesOverSymbols.layout(labels, lang, painted, zoom, obstacles);
        buffer.updateBuffer(b -> {
            Graphics2D g = image.createGraphics();
            try {
                g.setComposite(java.awt.AlphaComposite.Clear);
                g.fillRect(0, 0, pw, ph);
                g.setComposite(java.awt.AlphaComposite.SrcOver);
                NamesOverSymbols.paint(g, names, painted, zoom);
            } finally {
                g.dispose();
            }
            return null;
        });
        shown = names;
        paintedZoom = vp.zoom();
        paintedX = vp.originX();
        paintedY = vp.originY();
        paintedLang = lang;
        paintedSymbols = incidents.paints();
        paintedCovers = over;
        stale = false;
    }
}
