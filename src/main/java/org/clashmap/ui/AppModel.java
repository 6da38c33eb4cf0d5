package org.clashmap.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clashmap.geo.IncidentSet;
import org.clashmap.store.StoredEvent;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The window's view-model: all incidents, the filter, which events pass it, and the selection.
 * Views bind to it; nothing here knows about SQL or drawing.
 */
final class AppModel {
    final ObjectProperty<IncidentSet> incidents = new SimpleObjectProperty<>(IncidentSet.of(List.of()));
    final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(EventFilter.ALL);
    final ObservableList<StoredEvent> shownEvents = FXCollections.observableArrayList();
    final ObjectProperty<StoredEvent> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper();
    private BitSet visibleIncidents = new BitSet();
    private final List<Runnable> visibilityListeners = new ArrayList<>();

    AppModel() {
        filter.addListener((o, a, b) -> refilter());
        incidents.addListener((o, a, b) -> refilter());
    }

    void setEvents(List<StoredEvent> events) {
        long keep = selected.get() == null ? -1 : selected.get().id();
        incidents.set(IncidentSet.of(events));
        selected.set(events.stream().filter(e -> e.id() == keep).findFirst().orElse(null));
    }

    /** Which incidents (event × place) pass the filter; shared with the map layer, never mutated after publication. */
    BitSet visibleIncidents() {
        return visibleIncidents;
    }

    void onVisibilityChange(Runnable r) {
        visibilityListeners.add(r);
    }

    ReadOnlyIntegerProperty hiddenCountProperty() {
        return hiddenCount.getReadOnlyProperty();
    }

    int eventIndexOf(StoredEvent e) {
        return e == null ? -1 : incidents.get().eventIndexOfId(e.id());
    }

    private void refilter() {
        IncidentSet set = incidents.get();
        EventFilter f = filter.get();
        BitSet visible = new BitSet(set.size);
        List<StoredEvent> shown = new ArrayList<>();
        List<StoredEvent> all = set.events();
        for (int e = 0; e < all.size(); e++) {
            if (!f.test(all.get(e))) continue;
            shown.add(all.get(e));
            visible.set(set.firstIncidentOf(e), set.endIncidentOf(e));
        }
        visibleIncidents = visible;
        shownEvents.setAll(shown);
        hiddenCount.set(all.size() - shown.size());
        if (selected.get() != null && !f.test(selected.get())) selected.set(null);
        visibilityListeners.forEach(Runnable::run);
    }
}
