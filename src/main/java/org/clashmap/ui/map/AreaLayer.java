package org.clashmap.ui.map;

import javafx.scene.canvas.Canvas;
import org.clashmap.export.Choropleth;
import org.clashmap.geo.Viewport;

/**
 * View → Areas: the choropleth of the events shown, per governorate, district or sub-district, on
 * one canvas under the control layer and the symbols, drawn by the same {@link Choropleth} as
 * {@code clashmap render --areas}.
 */
public final class AreaLayer extends DrawnMapLayer {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private Choropleth shown;

    AreaLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /** The areas to draw, or null for none. */
    public void show(Choropleth c) {
        shown = c;
        markDirty();
    }

    /** What is drawn now (null: nothing). */
    public Choropleth shown() {
        return shown;
    }

    /** For tests: the canvas this layer paints. */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutLayer() {
        Viewport vp = viewport();
        if (canvas.getWidth() != vp.width() || canvas.getHeight() != vp.height()) {
            canvas.setWidth(vp.width());
            canvas.setHeight(vp.height());
        }
        canvas.getGraphicsContext2D().clearRect(0, 0, vp.width(), vp.height());
        if (shown != null) shown.paint(surface, vp, 0.8);
    }
}
