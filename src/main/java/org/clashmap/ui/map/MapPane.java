package org.clashmap.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.clashmap.geo.basemap.BasemapAttribution;

import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;

/**
 * The map: Gluon's MapView on the offline tiles, with a scale bar, the data attribution, and
 * keyboard control (arrows pan, +/- zoom, Home recentres on Syria).
 */
public final class MapPane extends StackPane {
    /** Centre of Syria's bounding box and a zoom that shows the whole country in a laptop window. */
    public static final double HOME_LAT = 35.0, HOME_LON = 38.5, HOME_ZOOM = 7;
    static final double MIN_ZOOM = 4, MAX_ZOOM = 16;
    private static final double PAN_STEP = 120, WHEEL_STEP = 0.25;

    public final MapView mapView = new MapView();
    public final ViewportLayer viewport = new ViewportLayer();
    public final IncidentLayer incidents = new IncidentLayer();
    public final ControlLayer control = new ControlLayer();
    private final ScaleBar scaleBar = new ScaleBar();
    /** The timeline's current date or window, large over the map so it reads while playing. */
    public final Label timeOverlay = new Label();

    public MapPane() {
        setId("map-pane");
        mapView.setId("map-view");
        mapView.addLayer(viewport);
        mapView.addLayer(control);   // under the incidents, so symbols stay on top
        mapView.addLayer(incidents);
        mapView.setZoom(HOME_ZOOM);
        mapView.setCenter(HOME_LAT, HOME_LON);
        Label attribution = new Label(String.join(" · ", BasemapAttribution.lines()));
        attribution.getStyleClass().add("attribution");
        attribution.setId("attribution");
        attribution.setWrapText(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        timeOverlay.setId("map-time");
        timeOverlay.getStyleClass().add("map-time");
        timeOverlay.setMouseTransparent(true);
        timeOverlay.setVisible(false);
        StackPane.setAlignment(timeOverlay, Pos.TOP_LEFT); // the legend holds the top right
        getChildren().addAll(mapView, scaleBar, attribution, timeOverlay);
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(e -> requestFocus());
        mapView.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        viewport.onChange(this::refreshScale);
    }

    public void showTime(String text) {
        timeOverlay.setText(text);
        timeOverlay.setVisible(text != null && !text.isEmpty());
    }

    private void onKey(KeyEvent e) {
        boolean done = true;
        KeyCode k = e.getCode();
        switch (k) {
            case LEFT -> viewport.pan(-PAN_STEP, 0);
            case RIGHT -> viewport.pan(PAN_STEP, 0);
            case UP -> viewport.pan(0, -PAN_STEP);
            case DOWN -> viewport.pan(0, PAN_STEP);
            case PLUS, EQUALS, ADD -> zoomTo(viewport.zoom() + 0.5);
            case MINUS, SUBTRACT -> zoomTo(viewport.zoom() - 0.5);
            case HOME -> goHome();
            default -> done = false;
        }
        if (done) e.consume();
    }

    public void goHome() {
        zoomTo(HOME_ZOOM);
        centreOn(HOME_LAT, HOME_LON);
    }

    /** Zooms about the middle of the view to an absolute level. */
    public void zoomTo(double z) {
        double target = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        viewport.zoomBy(target - viewport.zoom(), getWidth() / 2, getHeight() / 2);
    }

    /**
     * Gluon ignores a centre equal to the last one requested, even after the user has panned away,
     * so nudge it first (the same trick MapView uses on resize).
     */
    public void centreOn(double lat, double lon) {
        mapView.setCenter(lat + 1e-5, lon + 1e-5);
        mapView.setCenter(lat, lon);
    }

    /**
     * One wheel notch zooms a quarter level at the cursor. Gluon's own handler drops small deltas
     * (a notch is ±1 on some platforms, ±40 on others), so the wheel is handled here.
     */
    private void onScroll(ScrollEvent e) {
        double dir = Math.signum(e.getDeltaY());
        if (dir != 0) {
            double target = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, viewport.zoom() + dir * WHEEL_STEP));
            viewport.zoomBy(target - viewport.zoom(), e.getX(), e.getY());
        }
        e.consume();
    }

    private void refreshScale() {
        scaleBar.update(viewport.center().getLatitude(), viewport.zoom());
    }

    /** Reports the geographic position under the mouse. */
    public void onCursor(BiConsumer<Double, Double> latLon) {
        mapView.setOnMouseMoved(e -> {
            MapPoint p = viewport.positionAt(e.getX(), e.getY());
            latLon.accept(p.getLatitude(), p.getLongitude());
        });
    }

    public void onZoom(DoubleConsumer z) {
        viewport.zoomProperty().addListener((o, a, b) -> z.accept(b.doubleValue()));
    }

    /** Centres on a position and zooms in to at least {@code minZoom}. */
    public void focus(double lat, double lon, double minZoom) {
        if (viewport.zoom() < minZoom) zoomTo(minZoom);
        centreOn(lat, lon);
    }

    public double zoom() {
        return viewport.zoom();
    }

    public MapPoint center() {
        return viewport.center();
    }
}
