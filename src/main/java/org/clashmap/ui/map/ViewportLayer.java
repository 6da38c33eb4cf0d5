package org.clashmap.ui.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * An empty layer that gives the window what MapView keeps to itself: the zoom actually shown
 * (MapView.getZoom() only reports the last requested zoom, not the wheel's), the centre, and
 * keyboard panning and zooming through the same base map the mouse moves.
 */
public final class ViewportLayer extends MapLayer {
    private Runnable onChange = () -> { };

    void onChange(Runnable r) {
        onChange = r;
    }

    /** Gluon repaints layers when the centre moves, not on a zoom about the centre: listen to zoom too. */
    @Override
    protected void initialize() {
        baseMap.zoom().addListener((o, a, b) -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        onChange.run();
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return baseMap.zoom();
    }

    double zoom() {
        return baseMap.zoom().get();
    }

    /** The geographic position under a point of the map view (its own coordinates). */
    public MapPoint positionAt(double x, double y) {
        return baseMap.getMapPosition(x, y);
    }

    MapPoint center() {
        return new MapPoint(baseMap.centerLat().get(), baseMap.centerLon().get());
    }

    void pan(double dx, double dy) {
        baseMap.moveX(dx);
        baseMap.moveY(dy);
    }

    public void zoomBy(double delta, double pivotX, double pivotY) {
        baseMap.zoom(delta, pivotX, pivotY);
    }
}
