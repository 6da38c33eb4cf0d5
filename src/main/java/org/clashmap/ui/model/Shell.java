package org.clashmap.ui.model;

import javafx.stage.Window;
import org.clashmap.geo.Viewport;
import org.clashmap.store.IncidentFacts;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.StoredEvent;
import org.clashmap.ui.widgets.StatusBar;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a feature's controller (export, review, incident actions) may ask of the main window, so
 * the feature packages never depend on the shell that builds them ({@code ui.MainWindow}
 * implements it): no package cycle inside {@code ui}.
 */
public interface Shell {
    AppModel model();

    StatusBar status();

    /** The window to own dialogs, or null before the window is shown. */
    Window owner();

    /** The map's current view (what an image export draws). */
    Viewport mapViewport();

    /** Shows an event again after an edit; the selection stays on it if it still passes the filter. */
    void replaceEvent(StoredEvent updated);

    /** Shows a new set of events (keeps the selection if it still exists). */
    void showEvents(List<StoredEvent> events);

    /** Each event's incident (reports, outlets, dead). */
    void showIncidentFacts(Map<Long, IncidentFacts> facts);

    /** Where the source pane learns the selected event's incident across reports. */
    void setIncidentLookup(Function<StoredEvent, IncidentStore.Incident> lookup);

    /** The table row showing the event now, or -1 (filtered out, or not in the table). */
    int rowOf(long eventId);

    /** How many rows the table shows. */
    int rowCount();

    /** Selects a table row, as a click on it would (map, source pane and status follow). */
    void selectRow(int row);

    /** Shows the selected event's report again (after a split, merge or re-dating). */
    void refreshSource();
}
