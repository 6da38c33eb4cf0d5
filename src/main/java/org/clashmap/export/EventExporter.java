package org.clashmap.export;

import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentFacts;
import org.clashmap.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Exports the stored events that pass a filter, in one format, safely (see {@link AtomicFileWriter}).
 * Streams: the events are read on a second thread a few hundred ahead ({@link ReadAhead}) and each is
 * filtered, turned into its points and written on the caller's, so memory does not grow with the
 * database (only the incident facts of linked events are held).
 */
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
        return export((Predicate<StoredEvent>) filter::test, format, out);
    }

    /** Exports the events the predicate accepts (the window passes "what the analyst sees"). */
    public ExportResult export(Predicate<StoredEvent> which, ExportFormat format, Path out) throws IOException {
        return export(which, format, out, e -> { });
    }

    /**
     * As above, showing {@code everyEvent} each stored event as it streams by, filtered out or not, before
     * the file is finished: what the GeoPackage's control layers are built from, without a second read.
     */
    public ExportResult export(Predicate<StoredEvent> which, ExportFormat format, Path out, java.util.function.Consumer<StoredEvent> everyEvent)
            throws IOException {
        Map<Long, IncidentFacts> facts = new org.clashmap.store.IncidentStore(store.database(), "export").factsByEvent();
        Counts n = new Counts();
        AtomicFileWriter.writeVia(out, format.tempSuffix(), temp -> {
            try (FeatureWriter w = format.open(temp, options)) {
                try {
                    ReadAhead.forEach(store::forEachEvent, e -> {
                        everyEvent.accept(e);
                        if (!which.test(e)) return;
                        n.count(e, facts.get(e.id()));
                        for (EventPoint p : EventPoint.of(e, facts)) {
                            try {
                                w.write(p);
                            } catch (IOException x) {
                                throw new UncheckedIOException(x);
                            }
                            if (++n.features == failAfterFeatures) {
                                throw new UncheckedIOException(new IOException("export stopped after " + n.features + " features (test hook)"));
                            }
                        }
                    });
                } catch (UncheckedIOException x) {
                    throw x.getCause();
                }
                w.finish();
            }
        });
        return new ExportResult(out, format, n.features, n.placed, n.placeless, n.incidents.size() + n.ownIncidents);
    }

    /** What went into the file, counted as it streams by. */
    private static final class Counts {
        int features, placed, placeless, ownIncidents;
        /** Incidents told by events with places; an event of no incident is one of its own ({@code ownIncidents}). */
        final Set<Long> incidents = new HashSet<>();

        void count(StoredEvent e, IncidentFacts f) {
            if (e.places().isEmpty()) {
                placeless++;
                return;
            }
            placed++;
            if (f == null || f.incidentId() == null) ownIncidents++;
            else incidents.add(f.incidentId());
        }
    }
}
