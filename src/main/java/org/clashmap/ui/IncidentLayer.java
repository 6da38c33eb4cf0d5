package org.clashmap.ui;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import org.clashmap.geo.IncidentIndex;
import org.clashmap.geo.IncidentPainter;
import org.clashmap.geo.IncidentSet;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.WebMercator;

import java.util.BitSet;

/**
 * All incidents on one canvas inside the map: not one scene-graph node per incident, which does
 * not scale. Repainted when the map moves or the model changes; hit-testing goes through the
 * spatial index.
 */
final class IncidentLayer extends MapLayer {
    private final Canvas canvas = new Canvas();
    private final IncidentPainter painter = new IncidentPainter();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private IncidentSet set = IncidentSet.of(java.util.List.of());
    private IncidentIndex index = new IncidentIndex(set);
    private BitSet visible = new BitSet();
    private int selectedEvent = -1;
    private int paintedCount;
    private double ghostX = Double.NaN, ghostY;

    IncidentLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    void setIncidents(IncidentSet set, BitSet visible) {
        this.set = set;
        this.index = new IncidentIndex(set);
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

    /** The viewport Gluon shows, derived from where it puts lon/lat 0/0 at the current zoom. */
    Viewport viewport() {
        double zoom = baseMap.zoom().get();
        double scale = WebMercator.TILE_SIZE * Math.pow(2, zoom);
        Point2D origin = getMapPoint(0, 0);
        double w = getParent() == null ? 0 : getParent().getLayoutBounds().getWidth();
        double h = getParent() == null ? 0 : getParent().getLayoutBounds().getHeight();
        if (origin == null) return new Viewport(zoom, 0, 0, w, h);
        // World point (0.5, 0.5) is lon/lat 0/0; it sits at origin on screen.
        return new Viewport(zoom, 0.5 * scale - origin.getX(), 0.5 * scale - origin.getY(), w, h);
    }

    /** The incident under a point of the map (MapView coordinates), or -1. */
    int incidentAt(double x, double y) {
        return index.nearest(visible, viewport(), x, y, 10);
    }

    /** Gluon repaints layers when the centre moves, not on a zoom about the centre: listen to zoom too. */
    @Override
    protected void initialize() {
        baseMap.zoom().addListener((o, a, b) -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        Viewport vp = viewport();
        if (canvas.getWidth() != vp.width() || canvas.getHeight() != vp.height()) {
            canvas.setWidth(vp.width());
            canvas.setHeight(vp.height());
        }
        canvas.getGraphicsContext2D().clearRect(0, 0, vp.width(), vp.height());
        painter.paint(surface, set, visible, vp, selectedEvent);
        if (!Double.isNaN(ghostX)) surface.strokeCircle(ghostX, ghostY, 10, 2, 0xFF00B4FF, true);
        paintedCount = countInView(vp);
    }

    private int countInView(Viewport vp) {
        int n = 0;
        double scale = vp.scale();
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            double x = set.wx[i] * scale - vp.originX(), y = set.wy[i] * scale - vp.originY();
            if (x >= 0 && y >= 0 && x <= vp.width() && y <= vp.height()) n++;
        }
        return n;
    }
}
