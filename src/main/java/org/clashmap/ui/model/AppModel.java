package org.clashmap.ui.model;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.index.TimeIndex;
import org.clashmap.store.StoredEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The window's view-model: all incidents, the filter, which events pass it, and the selection.
 * Views bind to it; nothing here knows about SQL or drawing.
 * <p>
 * Visibility is split in two so scrubbing the timeline stays cheap: the attribute mask (types,
 * actors, text... everything but the dates) is recomputed only when those change; the time mask
 * comes from the {@link TimeIndex} in two binary searches per duration band. Visible = attribute
 * AND (time OR undated) — undated incidents are governed by "show undated" alone, never by a window.
 */
public final class AppModel {
    public final ObjectProperty<IncidentSet> incidents = new SimpleObjectProperty<>(IncidentSet.of(List.of()));
    public final ObjectProperty<ViewFilter> filter = new SimpleObjectProperty<>(ViewFilter.ALL);
    public final ObservableList<StoredEvent> shownEvents = FXCollections.observableArrayList();
    public final ObjectProperty<StoredEvent> selected = new SimpleObjectProperty<>();
    /** View → Areas: the choropleth's level (null: no areas) and what it counts, of the events shown. */
    public final ObjectProperty<org.clashmap.export.AreaCounts.Level> areaLevel = new SimpleObjectProperty<>();
    public final ObjectProperty<org.clashmap.export.AreaCounts.Measure> areaMeasure =
            new SimpleObjectProperty<>(org.clashmap.export.AreaCounts.Measure.INCIDENTS);
    /** View → Density surface: the heat surface of the visible incidents under the symbols. */
    public final javafx.beans.property.BooleanProperty density = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper();
    private BitSet visibleIncidents = new BitSet();
    private final List<Runnable> visibilityListeners = new ArrayList<>();
    private final List<Runnable> attributeListeners = new ArrayList<>();

    private IncidentSet indexedSet;
    private TimeIndex timeIndex;
    private BitSet undatedIncidents = new BitSet();
    private ViewFilter attributeKey;
    private BitSet attributeEvents = new BitSet(), attributeIncidents = new BitSet();

    public AppModel() {
        filter.addListener((o, a, b) -> refilter());
        incidents.addListener((o, a, b) -> refilter());
    }

    /** Rows listed at most in the table for a lean set: the map shows everything, the table the first rows by id. */
    static final int TABLE_CAP = 20_000;
    private LongFunction<StoredEvent> fullEvent = id -> null;
    private int shownCount;

    /** Where full records come from when the set is lean. */
    public void setEventLookup(LongFunction<StoredEvent> lookup) {
        fullEvent = lookup;
    }

    /** A lean set (columns only): events are listed as light rows and fetched in full when opened. */
    public void setIncidents(IncidentSet lean) {
        selected.set(null);
        incidents.set(lean);
    }

    /** The event an incident belongs to, in full (fetched by id for a lean set). */
    public StoredEvent eventAt(int incident) {
        IncidentSet set = incidents.get();
        return set.hasEvents() ? set.eventOf(incident) : fullEvent.apply(set.eventId(set.event[incident]));
    }

    /** The full record for a row of the table (a light row for lean sets). */
    public StoredEvent full(StoredEvent row) {
        if (row == null || incidents.get().hasEvents()) return row;
        StoredEvent e = fullEvent.apply(row.id());
        return e == null ? row : e;
    }

    /** How many events pass the filter (the table may list fewer, see {@link #TABLE_CAP}). */
    public int shownCount() {
        return shownCount;
    }

    /** How many places of them the map shows (an event at three villages is three symbols, one incident). */
    public int shownPlaces() {
        return visibleIncidents.cardinality();
    }

    public void setEvents(List<StoredEvent> events) {
        long keep = selected.get() == null ? -1 : selected.get().id();
        incidents.set(IncidentSet.of(events));
        selected.set(events.stream().filter(e -> e.id() == keep).findFirst().orElse(null));
    }

    /** Which incidents (event × place) pass the filter; shared with the map layer, never mutated after publication. */
    public BitSet visibleIncidents() {
        return visibleIncidents;
    }

    /** Incidents passing every filter but the dates: what the timeline's histogram counts. */
    public BitSet attributeIncidents() {
        return attributeIncidents;
    }

    public TimeIndex timeIndex() {
        refreshIndex();
        return timeIndex;
    }

    public void onVisibilityChange(Runnable r) {
        visibilityListeners.add(r);
    }

    /** Called when the incidents or the non-date part of the filter change (the histogram must be recounted). */
    public void onAttributeChange(Runnable r) {
        attributeListeners.add(r);
    }

    public ReadOnlyIntegerProperty hiddenCountProperty() {
        return hiddenCount.getReadOnlyProperty();
    }

    public int eventIndexOf(StoredEvent e) {
        return e == null ? -1 : incidents.get().eventIndexOfId(e.id());
    }

    /** Sets only the date window (null = open end), the timeline's fast path. */
    public void setWindow(LocalDate from, LocalDate to) {
        ViewFilter f = filter.get();
        if (Objects.equals(f.from(), from) && Objects.equals(f.to(), to)) return;
        filter.set(f.withDates(from, to));
    }

    private void refreshIndex() {
        IncidentSet set = incidents.get();
        if (set == indexedSet) return;
        indexedSet = set;
        timeIndex = set.timeIndex();
        undatedIncidents = new BitSet(set.size);
        for (int i = 0; i < set.size; i++) if (set.dayFrom[i] == IncidentSet.UNDATED) undatedIncidents.set(i);
        attributeKey = null;
    }

    private void refilter() {
        refreshIndex();
        IncidentSet set = incidents.get();
        ViewFilter f = filter.get();
        ViewFilter key = f.withDates(null, null);
        boolean attributesChanged = !key.equals(attributeKey);
        if (attributesChanged) recomputeAttributes(set, key);

        BitSet visible;
        if (f.from() == null && f.to() == null) {
            visible = (BitSet) attributeIncidents.clone();
        } else {
            visible = (BitSet) undatedIncidents.clone();
            timeIndex.overlapping(f.from() == null ? Integer.MIN_VALUE : (int) f.from().toEpochDay(),
                    f.to() == null ? Integer.MAX_VALUE : (int) f.to().toEpochDay(), visible);
            visible.and(attributeIncidents);
        }
        visibleIncidents = visible;

        List<StoredEvent> all = set.events();
        List<StoredEvent> shown = new ArrayList<>();
        int count = 0;
        for (int e = attributeEvents.nextSetBit(0); e >= 0; e = attributeEvents.nextSetBit(e + 1)) {
            int first = set.firstIncidentOf(e);
            // Events without a place have no incident: test their dates directly (rare).
            boolean in = first < set.endIncidentOf(e) ? visible.get(first)
                    : set.hasEvents() ? f.test(all.get(e)) : LightRows.inWindow(set, e, f);
            if (!in) continue;
            count++;
            if (set.hasEvents()) shown.add(all.get(e));
            else if (shown.size() < TABLE_CAP) shown.add(LightRows.row(set, e));
        }
        shownCount = count;
        shownEvents.setAll(shown);
        // One incident of several reports is one incident: its other mentions are not "hidden" ones.
        hiddenCount.set(set.eventCount() - (f.mentions() ? 0 : secondMentions.size()) - count);
        if (selected.get() != null && !f.test(selected.get())) selected.set(null);
        if (attributesChanged) attributeListeners.forEach(Runnable::run);
        visibilityListeners.forEach(Runnable::run);
    }

    private java.util.Map<Long, org.clashmap.store.IncidentFacts> facts = java.util.Map.of();
    private java.util.Set<Long> secondMentions = java.util.Set.of();

    /**
     * Each event's incident across reports (decision 021). By default the map and the table show
     * one mention per incident (store.DrawnMentions, the rule the {@code render} command follows too); the
     * filter's {@code mentions} shows them all.
     */
    public void setIncidentFacts(java.util.Map<Long, org.clashmap.store.IncidentFacts> f) {
        facts = java.util.Map.copyOf(f);
        java.util.Map<Long, StoredEvent> byId = new java.util.HashMap<>();
        for (StoredEvent e : incidents.get().events()) byId.put(e.id(), e);
        secondMentions = org.clashmap.store.DrawnMentions.others(facts, byId::get);
        attributeKey = null;
        refilter();
    }

    /**
     * The areas View → Areas asks for, counted from the events shown as the exports count them (the export's rows,
     * an incident once, its dead once), or null when no areas are asked for: the map's area layer and the exported
     * map image both draw this.
     */
    public org.clashmap.export.Choropleth choropleth() {
        org.clashmap.export.AreaCounts.Level level = areaLevel.get();
        if (level == null) return null;
        return org.clashmap.export.Choropleth.of(org.clashmap.export.AreaCounts.of(level, areaMeasure.get(),
                org.clashmap.export.EventPoint.of(List.copyOf(shownEvents), facts)), org.clashmap.export.AreaClasses.Method.JENKS);
    }

    /** Each event's incident facts as last set (empty before any): what the charts and areas count with. */
    public java.util.Map<Long, org.clashmap.store.IncidentFacts> incidentFacts() {
        return facts;
    }

    /** Indices of the set's events whose incident two or more outlets report. */
    public BitSet corroboratedEvents() {
        IncidentSet set = incidents.get();
        BitSet out = new BitSet(set.eventCount());
        if (facts.isEmpty()) return out;
        for (int e = 0; e < set.eventCount(); e++) {
            org.clashmap.store.IncidentFacts f = facts.get(set.hasEvents() ? set.events().get(e).id() : set.eventId(e));
            if (f != null && f.corroborated()) out.set(e);
        }
        return out;
    }

    /** The incident facts of an event, or null (imported events, or none loaded). */
    org.clashmap.store.IncidentFacts factsOf(long eventId) {
        return facts.get(eventId);
    }

    private boolean incidentFilter(IncidentSet set, int e, ViewFilter key) {
        if (facts.isEmpty() || key.mentions() && !key.corroboratedOnly()) return true;
        long id = set.hasEvents() ? set.events().get(e).id() : set.eventId(e);
        if (!key.mentions() && secondMentions.contains(id)) return false;
        if (key.corroboratedOnly()) {
            org.clashmap.store.IncidentFacts f = facts.get(id);
            return f != null && f.corroborated();
        }
        return true;
    }

    private void recomputeAttributes(IncidentSet set, ViewFilter key) {
        attributeKey = key;
        List<StoredEvent> all = set.events();
        BitSet events = new BitSet(set.eventCount()), incidents = new BitSet(set.size);
        for (int e = 0; e < set.eventCount(); e++) {
            if (!(set.hasEvents() ? key.test(all.get(e)) : LightRows.passes(set, e, key))) continue;
            if (!incidentFilter(set, e, key)) continue;
            events.set(e);
            incidents.set(set.firstIncidentOf(e), set.endIncidentOf(e));
        }
        attributeEvents = events;
        attributeIncidents = incidents;
    }
}
