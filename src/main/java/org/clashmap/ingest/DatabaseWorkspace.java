package org.clashmap.ingest;

import org.clashmap.extract.Extractor;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A {@link Workspace} on one SQLite database with one extractor. */
public final class DatabaseWorkspace implements Workspace {
    private final Database db;
    private final EventStore store;
    private final Ingester ingester;
    private final Reviewer reviewer;

    public DatabaseWorkspace(Database db, Extractor extractor, String analyst) {
        this.db = db;
        this.store = new EventStore(db);
        this.ingester = new Ingester(extractor, store);
        this.reviewer = new Reviewer(db, analyst);
    }

    @Override
    public Path databaseFile() {
        return db.file();
    }

    @Override
    public boolean isEmpty() {
        return store.counts().get("articles") == 0 && store.counts().get("events") == 0;
    }

    @Override
    public List<StoredEvent> events() {
        return store.allEvents();
    }

    @Override
    public long eventCount() {
        return store.counts().get("events");
    }

    @Override
    public void forEachIncidentRow(org.clashmap.store.IncidentRowSink sink) {
        store.forEachIncidentRow(sink);
    }

    @Override
    public StoredEvent event(long id) {
        return store.event(id);
    }

    @Override
    public String articleText(long articleId) {
        return store.articleText(articleId);
    }

    @Override
    public IngestSummary ingestBuiltInSeeds(IngestProgress progress) {
        return ingester.ingestBuiltInSeeds(progress);
    }

    @Override
    public IngestSummary ingest(List<Path> filesOrFolders, IngestProgress progress, BooleanSupplier cancelled) {
        return ingester.ingestFiles(Ingester.expand(filesOrFolders), progress, cancelled);
    }

    @Override
    public void review(long eventId, ReviewStatus status) {
        reviewer.setReview(eventId, status);
    }

    @Override
    public boolean undo(long eventId) {
        return reviewer.undoLast(eventId);
    }

    @Override
    public void close() {
        db.close();
    }
}
