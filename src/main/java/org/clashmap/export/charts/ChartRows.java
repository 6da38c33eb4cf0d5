package org.clashmap.export.charts;

import org.clashmap.export.EventPoint;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentFacts;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.StoredEvent;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The rows a chart counts: the export's rows (each event at each place, with its incident's facts) of the events a filter keeps. */
public final class ChartRows {
    private ChartRows() {
    }

    public static List<EventPoint> of(EventStore store, Predicate<StoredEvent> which) {
        List<StoredEvent> events = store.allEvents().stream().filter(which).toList();
        Map<Long, IncidentFacts> facts = new IncidentStore(store.database(), "chart").factsByEvent();
        return EventPoint.of(events, facts);
    }
}
