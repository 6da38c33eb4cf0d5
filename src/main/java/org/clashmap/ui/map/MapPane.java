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
import org.clashmap.geo.basemap.BasemapData;

import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;

/**
 * The map: Gluon's MapView on the offline tiles, with a scale bar, the data attribution, and
 * keyboard control (arrows pan, +/- zoom, Home recentres on Syria).
 */
public final class MapPane extends StackPane {
    /**
     * Where the map starts before it has a size, and Home without a basemap: the middle of Syria at a zoom that shows
     * the country in a laptop window. With the basemap, Home fits Syria's outline into the map as it is now sized.
     */
    public static final double HOME_LAT = 35.0, HOME_LON = 38.5, HOME_ZOOM = 7;
    /** Room kept around Syria at Home (px a side), so the border is not flush with the window's edge. */
    private static final double HOME_MARGIN_PX = 24;
    static final double MIN_ZOOM = 4, MAX_ZOOM = 16;
    private static final double PAN_STEP = 120, WHEEL_STEP = 0.25;

    public final MapView mapView = new MapView();
    public final ViewportLayer viewport = new ViewportLayer();
    public final IncidentLayer incidents = new IncidentLayer();
    public final ControlLayer control = new ControlLayer();
    public final AreaLayer areas = new AreaLayer();
    public final DensityLayer density = new DensityLayer();
    /** The basemap's place names, over the symbols and clear of them (the tiles are drawn without names). */
    public final PlaceNameLayer names = new PlaceNameLayer(incidents);
    private final ScaleBar scaleBar = new ScaleBar();
    /** The timeline's current date or window, large over the map so it reads while playing. */
    public final Label timeOverlay = new Label();

    public MapPane() {
        setId("map-pane");
        mapView.setId("map-view");
        mapView.addLayer(viewport);
        mapView.addLayer(areas);     // under everything drawn: areas, then the density surface, control, symbols
        mapView.addLayer(density);
        mapView.addLayer(control);   // under the incidents, so symbols stay on top
        mapView.addLayer(incidents);
        mapView.addLayer(names);     // after the incidents: laid out around the symbols they just painted
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
        names.coveredBy(this::covers);
        for (javafx.scene.Node n : getChildren()) watchCover(n);
        getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
            while (c.next()) c.getAddedSubList().forEach(this::watchCover);
        });
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(e -> requestFocus());
        mapView.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        viewport.onChange(this::refreshScale);
        // The first time the map has a size, show all of Syria in it (Home).
        javafx.beans.InvalidationListener firstLayout = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (getWidth() <= 0 || getHeight() <= 0) return;
                widthProperty().removeListener(this);
                heightProperty().removeListener(this);
                javafx.application.Platform.runLater(MapPane.this::goHome);
            }
        };
        widthProperty().addListener(firstLayout);
        heightProperty().addListener(firstLayout);
    }

    /** What lies over the map (scale bar, attribution, date, the window's legend), in the map view's coordinates. */
    private java.util.List<javafx.geometry.Rectangle2D> covers() {
        java.util.List<javafx.geometry.Rectangle2D> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : getChildren()) {
            if (n == mapView || !n.isVisible() || n.getOpacity() == 0) continue;
            javafx.geometry.Bounds b = n.getBoundsInParent();
            if (b.getWidth() <= 0 || b.getHeight() <= 0) continue;
            out.add(new javafx.geometry.Rectangle2D(b.getMinX() - mapView.getLayoutX(), b.getMinY() - mapView.getLayoutY(), b.getWidth(), b.getHeight()));
        }
        return out;
    }

    private void watchCover(javafx.scene.Node n) {
        if (n == mapView) return;
        n.boundsInParentProperty().addListener((o, a, b) -> names.coversChanged());
        n.visibleProperty().addListener((o, a, b) -> names.coversChanged());
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
            case MINUS, SUBTRACT -> {
                zoomTo(viewport.zoom() - 0.5);
                keepInDrawnRegion();
            }
            case HOME -> goHome();
            default -> done = false;
        }
        if (done) e.consume();
    }

    private Runnable afterHome = () -> { };

    /** Called after each Home (the first view included), once the map shows all of Syria. */
    public void onHome(Runnable r) {
        afterHome = r;
    }

    /** All of Syria in the map as it is sized now (its outline's box, centred), at a quarter-level zoom. */
    public void goHome() {
        fitSyria();
        afterHome.run();
    }

    private void fitSyria() {
        org.locationtech.jts.geom.Envelope syria = AppServices.syriaWorld();
        if (syria == null || getWidth() <= 0 || getHeight() <= 0) {
            zoomTo(HOME_ZOOM);
            centreOn(HOME_LAT, HOME_LON);
            return;
        }
        zoomTo(homeZoom(syria, getWidth(), getHeight()));
        centreOn(org.clashmap.geo.WebMercator.lat(syria.centre().y), org.clashmap.geo.WebMercator.lon(syria.centre().x));
    }

    /** The largest quarter-level zoom (the wheel's step) at which the box fits the map with a margin. */
    static double homeZoom(org.locationtech.jts.geom.Envelope world, double width, double height) {
        double fit = org.clashmap.geo.WebMercator.zoomToFit(world.getWidth(), world.getHeight(),
                Math.max(1, width - 2 * HOME_MARGIN_PX), Math.max(1, height - 2 * HOME_MARGIN_PX));
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.floor(fit * 4) / 4));
    }

    /** Whether a point (degrees) is inside the map as shown now. */
    public boolean shows(double lat, double lon) {
        MapPoint nw = viewport.positionAt(0, 0), se = viewport.positionAt(getWidth(), getHeight());
        return lat <= nw.getLatitude() && lat >= se.getLatitude() && lon >= nw.getLongitude() && lon <= se.getLongitude();
    }

    /**
     * How far out the analyst may zoom: until the region the basemap draws whole ({@link BasemapData#DRAWN_DEGREES})
     * fills the map (beyond it there is only no-data sand), but always far enough for Home to show all of Syria.
     */
    public double minZoom() {
        double w = getWidth(), h = getHeight();
        org.locationtech.jts.geom.Envelope syria = AppServices.syriaWorld();
        if (w <= 0 || h <= 0 || syria == null) return MIN_ZOOM;
        return Math.max(MIN_ZOOM, Math.min(homeZoom(syria, w, h), fillZoom(BasemapData.drawnWorld(), w, h)));
    }

    /** The zoom at which a box (world coordinates) just covers a w×h map. */
    static double fillZoom(org.locationtech.jts.geom.Envelope world, double w, double h) {
        return Math.log(Math.max(w / world.getWidth(), h / world.getHeight()) / org.clashmap.geo.WebMercator.TILE_SIZE) / Math.log(2);
    }

    /**
     * After zooming out, moves the view back inside the drawn region along each side it can fit in, so zooming
     * out near its edge does not uncover sand. Panning is left free.
     */
    void keepInDrawnRegion() {
        double w = getWidth(), h = getHeight();
        if (w <= 0 || h <= 0) return;
        org.locationtech.jts.geom.Envelope r = BasemapData.drawnWorld();
        MapPoint nw = viewport.positionAt(0, 0), se = viewport.positionAt(w, h);
        double x0 = org.clashmap.geo.WebMercator.worldX(nw.getLongitude()), x1 = org.clashmap.geo.WebMercator.worldX(se.getLongitude());
        double y0 = org.clashmap.geo.WebMercator.worldY(nw.getLatitude()), y1 = org.clashmap.geo.WebMercator.worldY(se.getLatitude());
        double pxPerWorld = w / (x1 - x0);
        double dx = shift(x0, x1, r.getMinX(), r.getMaxX()), dy = shift(y0, y1, r.getMinY(), r.getMaxY());
        if (dx != 0 || dy != 0) viewport.pan(dx * pxPerWorld, dy * pxPerWorld);
    }

    /** How far [a, b] must move to lie inside [lo, hi]; 0 when it already does or is wider. */
    static double shift(double a, double b, double lo, double hi) {
        if (b - a > hi - lo) return 0;
        if (a < lo) return lo - a;
        if (b > hi) return hi - b;
        return 0;
    }

    /** Zooms about the middle of the view to an absolute level. */
    public void zoomTo(double z) {
        double target = Math.max(minZoom(), Math.min(MAX_ZOOM, z));
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
            double target = Math.max(minZoom(), Math.min(MAX_ZOOM, viewport.zoom() + dir * WHEEL_STEP));
            viewport.zoomBy(target - viewport.zoom(), e.getX(), e.getY());
            if (dir < 0) keepInDrawnRegion();
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
