package org.clashmap.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.ResourceBundle;

/**
 * The main window's layout: menu on top, the map in the middle between the event list (left)
 * and the detail pane (right), the timeline and status bar below. Side panes and timeline are
 * placeholders until their issues land.
 */
public final class MainWindow extends BorderPane {
    final MapPane map = new MapPane();
    final StatusBar status = new StatusBar();
    final StackPane eventList = placeholder("events-pane");
    final StackPane detail = placeholder("detail-pane");
    final StackPane timeline = placeholder("timeline-pane");

    public MainWindow(ResourceBundle text, MenuActions actions) {
        setId("main-window");
        setTop(new MainMenu(text, actions));
        SplitPane split = new SplitPane(eventList, map, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.0, 1.0);
        SplitPane.setResizableWithParent(eventList, false);
        SplitPane.setResizableWithParent(detail, false);
        SplitPane vertical = new SplitPane(split, timeline);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(1.0);
        setCenter(vertical);
        setBottom(status);
        map.onCursor(status::showCursor);
        map.onZoom(status::showZoom);
        status.showZoom(MapPane.HOME_ZOOM);
        status.message.setText(text.getString("status.ready"));
    }

    public MapPane map() {
        return map;
    }

    private static StackPane placeholder(String id) {
        StackPane p = new StackPane(new Label());
        p.setId(id);
        p.setMinWidth(0);
        p.setMinHeight(0);
        return p;
    }
}
