package org.clashmap.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.WebMercator;

/**
 * A Gluon map layer that draws itself (onto a canvas or pixel buffer) for the viewport Gluon
 * shows, repainting when the map moves or zooms.
 */
public abstract class DrawnMapLayer extends MapLayer {
    /** Gluon repaints layers when the centre moves, not on a zoom about the centre: listen to zoom too. */
    @Override
    protected void initialize() {
        baseMap.zoom().addListener((o, a, b) -> markDirty());
    }

    /** The viewport Gluon shows, derived from where it puts lon/lat 0/0 at the current zoom. */
    public Viewport viewport() {
        double zoom = baseMap.zoom().get();
        double scale = WebMercator.TILE_SIZE * Math.pow(2, zoom);
        Point2D origin = getMapPoint(0, 0);
        double w = getParent() == null ? 0 : getParent().getLayoutBounds().getWidth();
        double h = getParent() == null ? 0 : getParent().getLayoutBounds().getHeight();
        if (origin == null) return new Viewport(zoom, 0, 0, w, h);
        // World point (0.5, 0.5) is lon/lat 0/0; it sits at origin on screen.
        return new Viewport(zoom, 0.5 * scale - origin.getX(), 0.5 * scale - origin.getY(), w, h);
    }
}
