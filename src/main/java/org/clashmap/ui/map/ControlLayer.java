package org.clashmap.ui.map;

import javafx.scene.canvas.Canvas;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.render.ControlPainter;
import org.clashmap.geo.render.ControlPalette;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.FrontLine;
import org.clashmap.geo.Viewport;

import java.time.LocalDate;
import java.util.List;

/**
 * Territorial control on one canvas inside the map: baseline layer areas, contested zones, front
 * lines and place dots for one day, painted by {@link ControlPainter} (the same painter PNG export
 * can use). Wiring: give it a {@link ControlMap} once (built off the FX thread with
 * {@code ControlSources.load}), then call {@link #setTime} whenever the timeline moves; for big
 * databases compute {@code map.at(t)} in a Task and hand the result to {@link #showSnapshot}.
 */
public final class ControlLayer extends DrawnMapLayer {
    private final Canvas canvas = new Canvas();
    private final ControlPainter painter = new ControlPainter();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private ControlMap map;
    private ControlSnapshot snapshot = ControlSnapshot.empty(LocalDate.EPOCH);
    private java.util.function.Consumer<ControlSnapshot> onSnapshot = s -> { };

    public ControlLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /** The claims, battles and layers to draw from; clears what is shown until the next {@link #setTime}. */
    public void setControlMap(ControlMap map) {
        this.map = map;
        this.snapshot = ControlSnapshot.empty(snapshot.date());
        onSnapshot.accept(snapshot);
        markDirty();
    }

    /** Called (on the FX thread) with every snapshot shown: the legend follows what is drawn. */
    public void onSnapshot(java.util.function.Consumer<ControlSnapshot> listener) {
        onSnapshot = listener;
    }

    /** Paints again, e.g. after the side colours changed. */
    public void repaint() {
        markDirty();
    }

    /** Shows control on day t (computed here, on the calling thread: ~10-50 ms at 10,000 places). */
    public void setTime(LocalDate t) {
        if (map == null) return;
        showSnapshot(map.at(t));
    }

    /** Shows a snapshot computed elsewhere (e.g. in a background Task). */
    public void showSnapshot(ControlSnapshot s) {
        this.snapshot = s;
        onSnapshot.accept(s);
        markDirty();
    }

    public ControlSnapshot snapshot() {
        return snapshot;
    }

    /** Legend rows for what is shown now. */
    public List<ControlPalette.Entry> legend() {
        return ControlPalette.legend(snapshot);
    }

    /** Dots drawn in the last frame (inside the view). */
    public int dotsDrawn() {
        return painter.dotsDrawn();
    }

    public int linesDrawn() {
        return painter.linesDrawn();
    }

    /** The place dot under a point of the map (MapView coordinates), or null: for the "set controller" context menu. */
    public ControlSnapshot.Dot dotAt(double x, double y) {
        Viewport vp = viewport();
        ControlSnapshot.Dot best = null;
        double bestD = 8;
        for (ControlSnapshot.Dot d : snapshot.dots()) {
            double dist = Math.hypot(vp.screenX(d.worldX()) - x, vp.screenY(d.worldY()) - y);
            if (dist <= bestD) {
                best = d;
                bestD = dist;
            }
        }
        return best;
    }

    /** The front line under a point, or null: its tooltip shows the sides and {@link FrontLine#supportingClaims()}. */
    public FrontLine lineAt(double x, double y) {
        Viewport vp = viewport();
        for (FrontLine l : snapshot.lines()) {
            double[] w = l.world();
            for (int i = 0; i + 3 < w.length; i += 2) {
                if (segmentDistance(x, y, vp.screenX(w[i]), vp.screenY(w[i + 1]), vp.screenX(w[i + 2]), vp.screenY(w[i + 3])) <= 5) return l;
            }
        }
        return null;
    }

    /** Tooltip text for a front line, e.g. "Syrian regime forces | Islamic State (ISIS): 2 claims (tentative)". */
    public static String tooltip(FrontLine l) {
        return ControlPalette.name(l.sideA()) + " | " + ControlPalette.name(l.sideB()) + ": " + l.supportingClaims() + " claims"
                + (l.tentative() ? " (tentative)" : "");
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    @Override
    public void layoutLayer() {
        Viewport vp = viewport();
        if (canvas.getWidth() != vp.width() || canvas.getHeight() != vp.height()) {
            canvas.setWidth(vp.width());
            canvas.setHeight(vp.height());
        }
        canvas.getGraphicsContext2D().clearRect(0, 0, vp.width(), vp.height());
        painter.paint(surface, snapshot, vp);
    }

    /** For tests: the canvas this layer paints. */
    public Canvas canvas() {
        return canvas;
    }
}
