package org.clashmap.ui.map;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.render.DensitySurface;

import java.util.BitSet;

/**
 * View → Density surface: a see-through heat surface of the visible incidents under the symbols,
 * computed for the view by {@link DensitySurface} (as {@code clashmap render --density}) and
 * stretched smoothly over it; it follows the filter and the time window, and is recomputed as the
 * map moves.
 */
public final class DensityLayer extends DrawnMapLayer {
    private final ImageView view = new ImageView();
    private IncidentSet set = IncidentSet.of(java.util.List.of());
    private BitSet visible = new BitSet();
    private boolean on;
    private DensitySurface.Grid last;

    DensityLayer() {
        view.setMouseTransparent(true);
        view.setSmooth(true);
        getChildren().add(view);
    }

    public void setIncidents(IncidentSet set, BitSet visible) {
        this.set = set;
        this.visible = visible;
        if (on) markDirty();
    }

    public void setShown(boolean on) {
        this.on = on;
        markDirty();
    }

    public boolean isShown() {
        return on;
    }

    /** The surface drawn last (null when off): tests read how many places it spread. */
    public DensitySurface.Grid lastGrid() {
        return on ? last : null;
    }

    @Override
    protected void layoutLayer() {
        if (!on) {
            view.setImage(null);
            return;
        }
        Viewport vp = viewport();
        if (vp.width() <= 0 || vp.height() <= 0) return;
        DensitySurface.Grid g = DensitySurface.of(set, visible, vp, 1);
        last = g;
        WritableImage img = new WritableImage(g.cols(), g.rows());
        img.getPixelWriter().setPixels(0, 0, g.cols(), g.rows(), PixelFormat.getIntArgbPreInstance(), g.pixels(), 0, g.cols());
        view.setImage(img);
        view.setFitWidth(g.cols() * g.cell());
        view.setFitHeight(g.rows() * g.cell());
        view.setLayoutX(0);
        view.setLayoutY(0);
    }
}
