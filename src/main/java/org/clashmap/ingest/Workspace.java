package org.clashmap.ingest;

import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the window needs from the pipeline, and nothing more: the seam through which {@code ui}
 * reaches storage and ingestion without knowing about SQL or the extractor.
 */
public interface Workspace extends AutoCloseable {
    Path databaseFile();

    boolean isEmpty();

    List<StoredEvent> events();

    /** How many events are stored (decides between full records and the lean column load). */
    long eventCount();

    /** Streams every (event, place) as bare columns: the lean load for large databases. */
    void forEachIncidentRow(org.clashmap.store.IncidentRowSink sink);

    /** One event in full (actors, places, provenance), or null: fetched when the analyst opens it. */
    StoredEvent event(long id);

    /** The full text of a stored report, or null. */
    String articleText(long articleId);

    IngestSummary ingestBuiltInSeeds(IngestProgress progress);

    IngestSummary ingest(List<Path> filesOrFolders, IngestProgress progress, BooleanSupplier cancelled);

    void review(long eventId, ReviewStatus status);

    /** Undoes the newest edit of an event; false when there was none. */
    boolean undo(long eventId);

    @Override
    void close();
}
