package org.clashmap.export;

import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Exports the stored events that pass a filter, in one format, safely (see {@link AtomicFileWriter}). */
public final class EventExporter {
    private final EventStore store;
    private final ExportOptions options;

    /** Test hook: when positive, the export fails after this many features have been written. */
    int failAfterFeatures = -1;

    public EventExporter(EventStore store, ExportOptions options) {
        this.store = store;
        this.options = options;
    }

    public EventExporter(EventStore store) {
        this(store, ExportOptions.defaults());
    }

    public ExportResult export(EventFilter filter, ExportFormat format, Path out) throws IOException {
        return export((java.util.function.Predicate<StoredEvent>) filter::test, format, out);
    }

    /** Exports the events the predicate accepts (the window passes "what the analyst sees"). */
    public ExportResult export(java.util.function.Predicate<StoredEvent> which, ExportFormat format, Path out) throws IOException {
        // allEvents() reads places and actors up front anyway; the filtered list is what we hold.
        List<StoredEvent> events = store.allEvents().stream().filter(which).toList();
        java.util.Map<Long, org.clashmap.store.IncidentFacts> facts = new org.clashmap.store.IncidentStore(store.database(), "export").factsByEvent();
        List<EventPoint> points = EventPoint.of(events, facts);
        AtomicFileWriter.writeVia(out, format.tempSuffix(), temp -> {
            try (FeatureWriter w = format.open(temp, options)) {
                int written = 0;
                for (EventPoint p : points) {
                    w.write(p);
                    if (++written == failAfterFeatures) throw new IOException("export stopped after " + written + " features (test hook)");
                }
                w.finish();
            }
        });
        int placeless = (int) events.stream().filter(e -> e.places().isEmpty()).count();
        long incidents = events.stream().filter(e -> !e.places().isEmpty()).map(e -> {
            org.clashmap.store.IncidentFacts f = facts.get(e.id());
            return f == null || f.incidentId() == null ? "e" + e.id() : "i" + f.incidentId();
        }).distinct().count();
        return new ExportResult(out, format, points.size(), events.size() - placeless, placeless, (int) incidents);
    }
}
