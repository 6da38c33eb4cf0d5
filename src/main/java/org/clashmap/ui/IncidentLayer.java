package org.clashmap.ui;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.clashmap.geo.IncidentSet;
import org.clashmap.geo.Raster;
import org.clashmap.geo.RasterIncidentPainter;
import org.clashmap.geo.Viewport;

import java.nio.IntBuffer;
import java.util.BitSet;

/**
 * All incidents in one image inside the map: not one scene-graph node per incident, which does
 * not scale, and not one vector shape per incident either (the software pipeline rasterises each
 * at tens of microseconds). Symbols are sprites blitted into an int raster that the image
 * shares (a PixelBuffer). Repainted when the map moves or the model changes; hit-testing goes through the spatial
 * index.
 */
final class IncidentLayer extends DrawnMapLayer {
    private final ImageView view = new ImageView();
    private final RasterIncidentPainter painter = new RasterIncidentPainter();
    private Raster raster = new Raster(1, 1);
    private PixelBuffer<IntBuffer> buffer;
    private IncidentSet set = IncidentSet.of(java.util.List.of());
    private BitSet visible = new BitSet();
    private int selectedEvent = -1;
    private int paintedCount;
    private double ghostX = Double.NaN, ghostY;

    IncidentLayer() {
        view.setMouseTransparent(true);
        getChildren().add(view);
    }

    void setIncidents(IncidentSet set, BitSet visible) {
        this.set = set;
        this.visible = visible;
        this.selectedEvent = -1;
        markDirty();
    }

    void setVisible(BitSet visible) {
        this.visible = visible;
        markDirty();
    }

    void setSelectedEvent(int eventIndex) {
        selectedEvent = eventIndex;
        markDirty();
    }

    /** A dashed marker following a symbol being dragged to a new place. */
    void setDragGhost(double x, double y) {
        ghostX = x;
        ghostY = y;
        markDirty();
    }

    void clearDragGhost() {
        ghostX = Double.NaN;
        markDirty();
    }

    IncidentSet incidents() {
        return set;
    }

    BitSet visibleIncidents() {
        return visible;
    }

    /** How many incidents the last frame drew (clustered incidents count individually). */
    int paintedCount() {
        return paintedCount;
    }

    /** The incident under a point of the map (MapView coordinates), or -1. */
    int incidentAt(double x, double y) {
        return set.index().nearest(visible, viewport(), x, y, 10);
    }

    /** Whether a point of the map lies on a counted cluster of the last frame. */
    boolean clusterAt(double x, double y) {
        return clusterSizeAt(x, y) > 0;
    }

    /** How many incidents the cluster under a point stands for; 0 when there is none. */
    int clusterSizeAt(double x, double y) {
        int k = painter.lastPlan().clusterAt(x, y);
        return k < 0 ? 0 : painter.lastPlan().clusterSize(k);
    }

    @Override
    protected void layoutLayer() {
        Viewport vp = viewport();
        int w = Math.max(1, (int) Math.ceil(vp.width())), h = Math.max(1, (int) Math.ceil(vp.height()));
        if (buffer == null || raster.width != w || raster.height != h) { // only on resize: frames reuse both
            raster = new Raster(w, h);
            // The image shares the raster's pixels: a frame is painted in place, with no copy or
            // format conversion, and JavaFX is only told to redraw.
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(raster.pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        // Painted inside updateBuffer, as PixelBuffer asks: the render thread never sees half a frame.
        buffer.updateBuffer(b -> {
            raster.clear();
            painter.paint(raster, set, visible, vp, selectedEvent);
            if (!Double.isNaN(ghostX)) raster.strokeRing(ghostX, ghostY, 10, 2, 0xFF00B4FF); // where a dragged place will land
            return null; // all of it is dirty
        });
        paintedCount = painter.lastPlan().inView();
    }
}
