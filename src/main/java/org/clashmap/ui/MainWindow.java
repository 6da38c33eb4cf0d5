package org.clashmap.ui;

import org.clashmap.ui.model.AppModel;
import org.clashmap.ui.model.Shell;
import org.clashmap.ui.widgets.Labels;
import org.clashmap.ui.widgets.StatusBar;

import org.clashmap.ui.map.ControlLayer;
import org.clashmap.ui.map.IncidentLayer;
import org.clashmap.ui.map.Legend;
import org.clashmap.ui.map.MapPane;
import org.clashmap.ui.review.EventTable;
import org.clashmap.ui.review.SourcePane;
import org.clashmap.ui.timeline.TimelinePane;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventPlace;
import org.clashmap.geo.render.IncidentPainter;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.store.StoredEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.LongFunction;

/**
 * The main window: filters on the left, the map over the event table in the middle, the source
 * pane on the right, the timeline and status bar below. Map, table and source pane share one
 * selection through the {@link AppModel}.
 */
public final class MainWindow extends BorderPane implements Shell {
    public final AppModel model = new AppModel();
    public final MapPane map = new MapPane();
    public final StatusBar status = new StatusBar();
    final EventTable table;
    public final SourcePane source;
    final FilterPane filters;
    final StackPane timeline = new StackPane();
    public final TimelinePane timelinePane;

    @Override
    public AppModel model() {
        return model;
    }

    @Override
    public StatusBar status() {
        return status;
    }

    @Override
    public javafx.stage.Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    @Override
    public org.clashmap.geo.Viewport mapViewport() {
        return map.incidents.viewport();
    }
    private final Labels labels;
    final Legend legend;
    private final ResourceBundle text;
    private final Tooltip hover = new Tooltip();
    private LongFunction<String> articleText = id -> null;
    private boolean syncing;

    public MainWindow(ResourceBundle text, MenuActions actions) {
        setId("main-window");
        this.text = text;
        this.labels = new Labels(text);
        setTop(new MainMenu(text, actions));
        table = new EventTable(model.shownEvents, text, labels, e -> focusOn(e, 11));
        source = new SourcePane(text, labels, e -> model.selected.set(e));
        filters = new FilterPane(model, text, labels);
        timelinePane = new TimelinePane(model, text);
        timelinePane.onWindowText(map::showTime);

        legend = new Legend(text, labels);
        map.control.onSnapshot(legend::showControl);
        // bottom right, above the attribution: over the desert east of Damascus rather than al-Hasakah and Deir
        // ez-Zor or the window's date (issue 19 item 3); its title collapses and moves it
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        javafx.scene.layout.Region attribution = (javafx.scene.layout.Region) map.lookup("#attribution");
        StackPane.setMargin(legend, new javafx.geometry.Insets(8, 8, 40, 8));
        // just above the attribution, however many lines it wraps to
        attribution.heightProperty().addListener((o, a, h) ->
                StackPane.setMargin(legend, new javafx.geometry.Insets(8, 8, h.doubleValue() + 6, 8)));
        map.getChildren().add(legend);
        // Home shows all of Syria: an open legend that would hide part of it (a small window) folds to its title
        map.onHome(() -> javafx.application.Platform.runLater(this::foldLegendOffSyria));
        SplitPane centre = new SplitPane(map, table);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        ScrollPane filterScroll = new ScrollPane(filters);
        filterScroll.setFitToWidth(true);
        filterScroll.setMinWidth(0);
        SplitPane split = new SplitPane(filterScroll, centre, source);
        split.setDividerPositions(0.17, 0.68);
        SplitPane.setResizableWithParent(filterScroll, false);
        SplitPane.setResizableWithParent(source, false);
        timeline.setId("timeline-pane");
        timeline.setMinHeight(0);
        timeline.getChildren().add(timelinePane);
        setCenter(split);
        setBottom(new javafx.scene.layout.VBox(timeline, status));

        map.onCursor(status::showCursor);
        map.onZoom(status::showZoom);
        status.showZoom(MapPane.HOME_ZOOM);
        status.message.setText(text.getString("status.ready"));
        wireSelection();
    }

    /** Folds the open legend when it lies over Syria; in a window being built, once the legend has its size. */
    private void foldLegendOffSyria() {
        if (legend.isCollapsed()) return;
        if (legend.getWidth() > 0 && legend.getScene() != null) {
            if (legendCoversSyria()) legend.setCollapsed(true);
            return;
        }
        legend.widthProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (legend.getWidth() <= 0) return;
                legend.widthProperty().removeListener(this);
                javafx.application.Platform.runLater(MainWindow.this::foldLegendOffSyria);
            }
        });
    }

    /** Whether the legend, where it stands now, lies over Syria's outline as the map shows it. */
    boolean legendCoversSyria() {
        javafx.geometry.Bounds b = map.mapView.sceneToLocal(legend.localToScene(legend.getBoundsInLocal()));
        if (b.getWidth() <= 0 || b.getHeight() <= 0) return false;
        org.locationtech.jts.geom.Coordinate[] ring = new org.locationtech.jts.geom.Coordinate[5];
        double[][] corners = {{b.getMinX(), b.getMinY()}, {b.getMaxX(), b.getMinY()}, {b.getMaxX(), b.getMaxY()}, {b.getMinX(), b.getMaxY()}};
        for (int i = 0; i < 4; i++) {
            com.gluonhq.maps.MapPoint p = map.viewport.positionAt(corners[i][0], corners[i][1]);
            ring[i] = new org.locationtech.jts.geom.Coordinate(org.clashmap.geo.LocalKm.x(p.getLongitude()), org.clashmap.geo.LocalKm.y(p.getLatitude()));
        }
        ring[4] = ring[0];
        var box = new org.locationtech.jts.geom.GeometryFactory().createPolygon(ring);
        return org.clashmap.geo.basemap.SyriaOutline.load().prepared().intersects(box);
    }

    /** Called with (event, place ordinal, lat, lon) when the analyst drops a dragged symbol. */
    interface PlaceDragListener {
        void moved(StoredEvent e, int placeOrdinal, double lat, double lon);
    }

    private PlaceDragListener placeDragged = (e, i, lat, lon) -> { };
    private int dragging = -1;

    void onPlaceDragged(PlaceDragListener l) {
        placeDragged = l;
    }

    /**
     * Dragging the selected event's symbol moves its place (not the map). Filters run before
     * Gluon's own pan handlers, so consuming here keeps the map still while a symbol moves.
     */
    private void wireDragToMove() {
        map.mapView.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, m -> {
            dragging = -1;
            StoredEvent sel = model.selected.get();
            if (sel == null || map.zoom() < IncidentPainter.CLUSTER_BELOW_ZOOM) return;
            int i = map.incidents.incidentAt(m.getX(), m.getY());
            if (i >= 0 && recordOf(map.incidents.incidents(), i).id() == sel.id()) {
                dragging = i;
                m.consume();
            }
        });
        map.mapView.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, m -> {
            if (dragging < 0) return;
            map.incidents.setDragGhost(m.getX(), m.getY());
            m.consume();
        });
        map.mapView.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, m -> {
            if (dragging < 0) return;
            int i = dragging;
            dragging = -1;
            map.incidents.clearDragGhost();
            m.consume();
            if (m.isStillSincePress()) return;
            IncidentSet set = map.incidents.incidents();
            var p = map.viewport.positionAt(m.getX(), m.getY());
            placeDragged.moved(recordOf(set, i), i - set.firstIncidentOf(set.event[i]), p.getLatitude(), p.getLongitude());
        });
    }

    private void wireSelection() {
        wireDragToMove();
        wireControlMenu();
        model.onVisibilityChange(() -> {
            map.incidents.setIncidents(model.incidents.get(), model.visibleIncidents());
            map.density.setIncidents(model.incidents.get(), model.visibleIncidents());
        });
        model.density.addListener((o, a, on) -> {
            map.density.setShown(on);
            legend.showDensity(on);
        });
        // the areas follow what is shown: the filter, the time window, and what they count
        model.shownEvents.addListener((javafx.collections.ListChangeListener<StoredEvent>) c -> refreshAreas());
        model.areaLevel.addListener((o, a, b) -> refreshAreas());
        model.areaMeasure.addListener((o, a, b) -> refreshAreas());
        model.onAttributeChange(() -> map.incidents.setCorroborated(model.corroboratedEvents()));
        // Who holds what follows the end of the time window (or the latest event when there is none).
        model.filter.addListener((o, a, f) -> map.control.setTime(controlDate()));
        model.selected.addListener((o, a, e) -> {
            map.incidents.setSelectedEvent(model.eventIndexOf(e));
            showSource(e);
            if (syncing) return;
            syncing = true;
            if (e == null) table.getSelectionModel().clearSelection();
            else selectRowOf(e.id());
            syncing = false;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (syncing || e == null) return;
            syncing = true;
            StoredEvent full = model.full(e); // a light row of a lean set: fetch the record
            model.selected.set(full);
            focusOn(full, map.zoom());
            syncing = false;
        });
        map.mapView.setOnMouseClicked(m -> {
            map.requestFocus();
            if (!m.isStillSincePress()) return;
            IncidentLayer layer = map.incidents;
            int i = layer.incidentAt(m.getX(), m.getY());
            if (i < 0) {
                model.selected.set(null);
            } else if (m.getClickCount() == 1 && layer.clusterAt(m.getX(), m.getY())) {
                // A cluster: open it up rather than pick one incident at random.
                map.viewport.zoomBy(2, m.getX(), m.getY());
            } else {
                model.selected.set(model.eventAt(i));
            }
        });
        map.mapView.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, m -> showHover(m.getX(), m.getY(), m.getScreenX(), m.getScreenY()));
        // The hover text is shown by hand (not installed), so it must also be hidden by hand when the mouse
        // leaves the map or the map moves under it.
        map.mapView.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, m -> hover.hide());
        map.mapView.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, m -> hover.hide());
        map.mapView.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, m -> hover.hide());
        hover.setShowDelay(Duration.millis(150));
    }

    private boolean areasPending;

    /**
     * Counts the events shown per area (as {@code clashmap render --areas} and the exports count them: the
     * export's rows, an incident once, its dead once) and shows them; many changes in one pulse (a timeline
     * drag) count once.
     */
    private void refreshAreas() {
        if (areasPending) return;
        areasPending = true;
        javafx.application.Platform.runLater(() -> {
            areasPending = false;
            org.clashmap.export.Choropleth c = model.choropleth();
            map.areas.show(c);
            legend.showAreas(c);
        });
    }

    private void showHover(double x, double y, double screenX, double screenY) {
        int cluster = map.incidents.clusterSizeAt(x, y);
        if (cluster > 0) { // a count stands for many incidents: name none of them at random
            int places = map.incidents.clusterPlacesAt(x, y);
            hover.setText(places > cluster ? String.format(text.getString("map.cluster.places"), cluster, places)
                    : String.format(text.getString("map.cluster"), cluster));
            if (!hover.isShowing() && getScene() != null) hover.show(getScene().getWindow(), screenX + 12, screenY + 12);
            return;
        }
        int i = map.incidents.incidentAt(x, y);
        if (i < 0) {
            var line = map.control.lineAt(x, y);
            if (line == null) {
                hover.hide();
                return;
            }
            hover.setText(ControlLayer.tooltip(line));
            if (!hover.isShowing() && getScene() != null) hover.show(getScene().getWindow(), screenX + 12, screenY + 12);
            return;
        }
        hover.setText(describe(map.incidents.incidents(), i));
        if (!hover.isShowing() && getScene() != null) hover.show(getScene().getWindow(), screenX + 12, screenY + 12);
    }

    @Override
    public int rowOf(long eventId) {
        var items = table.getItems();
        for (int k = 0; k < items.size(); k++) if (items.get(k).id() == eventId) return k;
        return -1;
    }

    @Override
    public int rowCount() {
        return table.getItems().size();
    }

    @Override
    public void selectRow(int row) {
        table.getSelectionModel().clearAndSelect(row);
        table.scrollTo(row);
    }

    /** Rows are matched by id: a lean set lists light rows, the selection holds the full record. */
    private void selectRowOf(long id) {
        var items = table.getItems();
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).id() == id) {
                table.getSelectionModel().select(k);
                table.scrollTo(k);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private int describedIncident = -1;
    private StoredEvent describedEvent;

    /** The full record behind an incident; a lean set (large databases) fetches it from the store. */
    private StoredEvent recordOf(IncidentSet set, int incident) {
        return set.hasEvents() ? set.eventOf(incident) : model.eventAt(incident);
    }

    String describe(IncidentSet set, int incident) {
        // Hovering a lean set fetches the record; remember the last one so a still mouse costs one query.
        if (incident != describedIncident || describedEvent == null) {
            describedEvent = set.hasEvents() ? set.eventOf(incident) : model.eventAt(incident);
            describedIncident = incident;
        }
        StoredEvent e = describedEvent;
        if (e == null || e.places().isEmpty()) return "";
        EventPlace p = e.places().get(Math.min(e.places().size() - 1, incident - set.firstIncidentOf(set.event[incident])));
        return labels.dateRange(e.date()) + "\n" + labels.subType(e) + "\n"
                + labels.actor(e.actor(ActorRole.ACTOR1)) + " – " + labels.actor(e.actor(ActorRole.ACTOR2)) + "\n"
                + p.nameAr() + (p.nameEn() == null ? "" : " (" + p.nameEn() + ")") + "\n"
                + text.getString("col.dead") + ": " + (e.fatalities() == null ? "?" : e.fatalities());
    }

    private void focusOn(StoredEvent e, double minZoom) {
        if (e == null || e.places().isEmpty()) return;
        EventPlace p = e.places().get(0);
        map.focus(p.lat(), p.lon(), minZoom);
    }

    private void showSource(StoredEvent e) {
        if (e == null) {
            source.show(null, null, List.of());
            return;
        }
        String report = e.articleId() == null ? null : articleText.apply(e.articleId());
        List<StoredEvent> siblings = model.incidents.get().events().stream() // none listed for a lean set
                .filter(s -> s.articleId() != null && s.articleId().equals(e.articleId())).toList();
        source.show(e, report, siblings);
        source.showAgreement(alsoIn.apply(e));
        source.showIncident(incidentOf.apply(e));
    }

    private java.util.function.Function<StoredEvent, org.clashmap.store.IncidentStore.Incident> incidentOf = e -> null;

    /** Where the source pane learns the selected event's incident across reports and its other reports. */
    @Override
    public void setIncidentLookup(java.util.function.Function<StoredEvent, org.clashmap.store.IncidentStore.Incident> lookup) {
        this.incidentOf = lookup;
    }

    /** Each event's incident (reports, outlets, dead): one symbol per incident by default, the corroborated filter. */
    @Override
    public void showIncidentFacts(java.util.Map<Long, org.clashmap.store.IncidentFacts> facts) {
        model.setIncidentFacts(facts);
    }

    /** Shows the selected event's report again (after a split, merge or re-dating). */
    @Override
    public void refreshSource() {
        showSource(model.selected.get());
    }

    private java.util.function.Function<StoredEvent, List<String>> alsoIn = e -> List.of();

    /** Where the source pane learns which imported datasets have the event too. */
    void setAgreement(java.util.function.Function<StoredEvent, List<String>> lookup) {
        this.alsoIn = lookup;
    }

    /** Where the source pane gets a report's full text. */
    void setArticleText(LongFunction<String> lookup) {
        this.articleText = lookup;
    }

    public MapPane map() {
        return map;
    }

    /** Where full records come from when a large database was loaded lean. */
    void setEventLookup(java.util.function.LongFunction<StoredEvent> lookup) {
        model.setEventLookup(lookup);
    }

    /** Shows a lean incident set (large databases): map and timeline complete, table capped, records fetched on demand. */
    public void showIncidents(IncidentSet lean) {
        describedIncident = -1;
        model.setIncidents(lean);
    }

    /** A place the analyst can set the controller of: a control dot or an incident's place. */
    record PlaceRef(String placeId, String nameAr, String nameEn, double lat, double lon) {}

    private java.util.function.BiConsumer<PlaceRef, String> setController = (p, a) -> { };

    void onSetController(java.util.function.BiConsumer<PlaceRef, String> action) {
        setController = action;
    }

    /** Right-click on a place: "Set who holds …" with one item per actor, stored as an edit. */
    private void wireControlMenu() {
        map.mapView.setOnContextMenuRequested(ev -> {
            PlaceRef place = placeAt(ev.getX(), ev.getY());
            if (place == null) return;
            javafx.scene.control.Menu holds = new javafx.scene.control.Menu(String.format(text.getString("control.set"), place.nameAr()));
            for (var actor : org.clashmap.extract.Actors.load().all()) {
                javafx.scene.control.MenuItem it = new javafx.scene.control.MenuItem(labels.actor(actor.id()));
                it.setOnAction(a -> setController.accept(place, actor.id()));
                holds.getItems().add(it);
            }
            new javafx.scene.control.ContextMenu(holds).show(map.mapView, ev.getScreenX(), ev.getScreenY());
            ev.consume();
        });
    }

    PlaceRef placeAt(double x, double y) {
        var dot = map.control.dotAt(x, y);
        if (dot != null) return new PlaceRef(dot.placeKey(), dot.name(), null, dot.lat(), dot.lon());
        int i = map.incidents.incidentAt(x, y);
        if (i < 0) return null;
        IncidentSet set = map.incidents.incidents();
        StoredEvent e = recordOf(set, i);
        int ordinal = i - set.firstIncidentOf(set.event[i]);
        if (ordinal >= e.places().size()) return null;
        EventPlace p = e.places().get(ordinal);
        return p.placeId() == null ? null : new PlaceRef(p.placeId(), p.nameAr(), p.nameEn(), p.lat(), p.lon());
    }

    /** The day control is shown for: the window's end, else the newest event's last day. */
    LocalDate controlDate() {
        LocalDate to = model.filter.get().to();
        if (to != null) return to;
        IncidentSet set = model.incidents.get();
        int latest = Integer.MIN_VALUE;
        for (int i = 0; i < set.size; i++) if (set.dayTo[i] != IncidentSet.UNDATED) latest = Math.max(latest, set.dayTo[i]);
        return latest == Integer.MIN_VALUE ? LocalDate.now() : LocalDate.ofEpochDay(latest);
    }

    /** New control data (claims, edits, layers) for the map, shown at the current window. */
    public void showControl(org.clashmap.geo.control.ControlMap m) {
        map.control.setControlMap(m);
        map.control.setTime(controlDate());
    }

    /** Shows an event again after an edit; the selection stays on it if it still passes the filter. */
    @Override
    public void replaceEvent(StoredEvent updated) {
        if (updated == null) return;
        List<StoredEvent> events = new java.util.ArrayList<>(model.incidents.get().events());
        events.replaceAll(e -> e.id() == updated.id() ? updated : e);
        model.setEvents(events);
        if (model.selected.get() != null && model.selected.get().id() == updated.id()) {
            model.selected.set(null);
            model.selected.set(updated);
        }
    }

    /** Shows a new set of events (keeps the selection if it still exists). */
    @Override
    public void showEvents(List<StoredEvent> events) {
        model.setEvents(events);
    }
}
