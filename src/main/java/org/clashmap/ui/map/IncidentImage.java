package org.clashmap.ui.map;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.render.Raster;
import org.clashmap.geo.render.RasterIncidentPainter;
import org.clashmap.geo.render.SymbolPlan;
import org.clashmap.geo.Viewport;

import java.nio.IntBuffer;
import java.util.BitSet;
import java.util.function.Consumer;

/**
 * The incident layer's picture: a raster the image shares through a PixelBuffer (painted in
 * place, no copy), shown through an ImageView whose viewport picks the part on screen.
 * <p>
 * Panning does not change what is drawn, only where. So while the analyst drags the map with
 * nothing else changing, the layer is painted once with {@link #OVERSCAN} pixels to spare on
 * each side and later frames only move the ImageView's viewport over it, until the drag runs
 * past the spare pixels. Any change of content (filter, time window, selection) or zoom paints
 * exactly the view again, so scrubbing pays for no spare pixels. The painted picture is the same
 * one a fresh paint would give, less the few symbols whose cluster cell straddles the old edge.
 */
public final class IncidentImage {
    /** Spare pixels on each side when painting for a pan. */
    static final int OVERSCAN = 96;

    final ImageView view = new ImageView();
    private final RasterIncidentPainter painter = new RasterIncidentPainter();
    private Raster raster = new Raster(1, 1);
    private PixelBuffer<IntBuffer> buffer;
    private boolean valid;
    private int spare;
    private double paintedZoom, paintedX, paintedY; // the origin of the view painted, without the spare
    private double shownX, shownY;

    /** Call when what is drawn changes (incidents, filter, selection, a dragged ghost). */
    void contentChanged() {
        valid = false;
    }

    /**
     * Shows {@code vp}; paints unless the last painting already covers it. {@code extra} draws on
     * top (in the painted raster's coordinates, i.e. after {@link #toPainted}). Returns whether
     * it painted.
     */
    boolean show(IncidentSet set, BitSet visible, Viewport vp, int selectedEvent, Consumer<Raster> extra) {
        int w = Math.max(1, (int) Math.ceil(vp.width())), h = Math.max(1, (int) Math.ceil(vp.height()));
        double dx = vp.originX() - paintedX, dy = vp.originY() - paintedY;
        boolean reuse = valid && vp.zoom() == paintedZoom && raster.width == w + 2 * spare && raster.height == h + 2 * spare
                && Math.abs(dx) <= spare && Math.abs(dy) <= spare;
        if (!reuse) {
            // a pan of unchanged content: paint with room to move; anything else: just the view
            spare = valid && vp.zoom() == paintedZoom && raster.width - 2 * spare == w && raster.height - 2 * spare == h ? OVERSCAN : 0;
            shownX = shownY = spare; // before painting: extra draws through toPainted
            paint(set, visible, vp, w, h, selectedEvent, extra);
        } else {
            shownX = spare + dx;
            shownY = spare + dy;
        }
        view.setViewport(new Rectangle2D(shownX, shownY, w, h));
        return !reuse;
    }

    private void paint(IncidentSet set, BitSet visible, Viewport vp, int w, int h, int selectedEvent, Consumer<Raster> extra) {
        int pw = w + 2 * spare, ph = h + 2 * spare;
        if (buffer == null || raster.width != pw || raster.height != ph) {
            raster = new Raster(pw, ph);
            buffer = new PixelBuffer<>(pw, ph, IntBuffer.wrap(raster.pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        Viewport painted = new Viewport(vp.zoom(), vp.originX() - spare, vp.originY() - spare, pw, ph);
        // Painted inside updateBuffer, as PixelBuffer asks: the render thread never sees half a frame.
        buffer.updateBuffer(b -> {
            raster.clear();
            painter.paint(raster, set, visible, painted, selectedEvent);
            if (extra != null) extra.accept(raster);
            return null; // all of it is dirty
        });
        paintedZoom = vp.zoom();
        paintedX = vp.originX();
        paintedY = vp.originY();
        paintedViewport = painted;
        paints++;
        valid = true;
    }

    /** X of a screen point in the painted raster (and the last plan). */
    double toPaintedX(double x) {
        return x + shownX;
    }

    double toPaintedY(double y) {
        return y + shownY;
    }

    private Viewport paintedViewport = new Viewport(0, 0, 0, 1, 1);
    private long paints;

    /** The viewport the last painting drew (the view with its spare pixels): the plan's coordinates are its. */
    Viewport paintedViewport() {
        return paintedViewport;
    }

    /** How many times the picture was painted: a new count means a new plan. */
    long paints() {
        return paints;
    }

    /** What the last painting drew (in painted coordinates). */
    SymbolPlan plan() {
        return painter.lastPlan();
    }
}
