package org.clashmap.ui;

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
import org.clashmap.geo.IncidentPainter;
import org.clashmap.geo.IncidentSet;
import org.clashmap.store.StoredEvent;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.LongFunction;

/**
 * The main window: filters on the left, the map over the event table in the middle, the source
 * pane on the right, the timeline and status bar below. Map, table and source pane share one
 * selection through the {@link AppModel}.
 */
public final class MainWindow extends BorderPane {
    final AppModel model = new AppModel();
    final MapPane map = new MapPane();
    final StatusBar status = new StatusBar();
    final EventTable table;
    final SourcePane source;
    final FilterPane filters;
    final StackPane timeline = new StackPane();
    private final Labels labels;
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

        Legend legend = new Legend(text, labels);
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        map.getChildren().add(legend);
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
        setCenter(split);
        setBottom(new javafx.scene.layout.VBox(timeline, status));

        map.onCursor(status::showCursor);
        map.onZoom(status::showZoom);
        status.showZoom(MapPane.HOME_ZOOM);
        status.message.setText(text.getString("status.ready"));
        wireSelection();
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
            if (i >= 0 && map.incidents.incidents().eventOf(i).id() == sel.id()) {
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
            placeDragged.moved(set.eventOf(i), i - set.firstIncidentOf(set.event[i]), p.getLatitude(), p.getLongitude());
        });
    }

    private void wireSelection() {
        wireDragToMove();
        model.onVisibilityChange(() -> map.incidents.setIncidents(model.incidents.get(), model.visibleIncidents()));
        model.selected.addListener((o, a, e) -> {
            map.incidents.setSelectedEvent(model.eventIndexOf(e));
            showSource(e);
            if (syncing) return;
            syncing = true;
            if (e == null) table.getSelectionModel().clearSelection();
            else {
                table.getSelectionModel().select(e);
                table.scrollTo(e);
            }
            syncing = false;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (syncing || e == null) return;
            syncing = true;
            model.selected.set(e);
            focusOn(e, map.zoom());
            syncing = false;
        });
        map.mapView.setOnMouseClicked(m -> {
            map.requestFocus();
            if (!m.isStillSincePress()) return;
            IncidentLayer layer = map.incidents;
            int i = layer.incidentAt(m.getX(), m.getY());
            if (i < 0) {
                model.selected.set(null);
            } else if (map.zoom() < IncidentPainter.CLUSTER_BELOW_ZOOM && m.getClickCount() == 1 && clusteredAt(m.getX(), m.getY())) {
                // A cluster: open it up rather than pick one incident at random.
                map.viewport.zoomBy(2, m.getX(), m.getY());
            } else {
                model.selected.set(layer.incidents().eventOf(i));
            }
        });
        map.mapView.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, m -> showHover(m.getX(), m.getY(), m.getScreenX(), m.getScreenY()));
        hover.setShowDelay(Duration.millis(150));
    }

    private boolean clusteredAt(double x, double y) {
        IncidentLayer layer = map.incidents;
        var grid = org.clashmap.geo.ClusterGrid.build(layer.incidents(), layer.visibleIncidents(), layer.viewport(), IncidentPainter.CLUSTER_CELL);
        int i = layer.incidentAt(x, y);
        for (int c = 0; c < grid.cells(); c++) {
            if (grid.count(c) > 1 && Math.hypot(grid.meanX(c) - x, grid.meanY(c) - y) < 22) return true;
        }
        return i < 0;
    }

    private void showHover(double x, double y, double screenX, double screenY) {
        int i = map.incidents.incidentAt(x, y);
        if (i < 0) {
            hover.hide();
            return;
        }
        hover.setText(describe(map.incidents.incidents(), i));
        if (!hover.isShowing() && getScene() != null) hover.show(getScene().getWindow(), screenX + 12, screenY + 12);
    }

    String describe(IncidentSet set, int incident) {
        StoredEvent e = set.eventOf(incident);
        EventPlace p = e.places().get(incident - set.firstIncidentOf(set.event[incident]));
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
        List<StoredEvent> siblings = model.incidents.get().events().stream()
                .filter(s -> s.articleId() != null && s.articleId().equals(e.articleId())).toList();
        source.show(e, report, siblings);
        source.showAgreement(alsoIn.apply(e));
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

    /** Shows an event again after an edit; the selection stays on it if it still passes the filter. */
    void replaceEvent(StoredEvent updated) {
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
    public void showEvents(List<StoredEvent> events) {
        model.setEvents(events);
    }
}
