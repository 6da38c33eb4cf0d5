package org.clashmap.ingest;

import org.clashmap.extract.Extractor;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.gazetteer.Candidate;
import org.clashmap.gazetteer.Context;
import org.clashmap.gazetteer.Gazetteer;
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
    private final Gazetteer gazetteer;

    public DatabaseWorkspace(Database db, Gazetteer gazetteer, Extractor extractor, String analyst) {
        this.db = db;
        this.gazetteer = gazetteer;
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
    public StoredEvent event(long eventId) {
        return store.event(eventId);
    }

    @Override
    public IngestSummary ingest(Path file, ReportMetadata metadata) {
        return ingester.ingestFile(file, metadata);
    }

    @Override
    public boolean hasMetadata(Path file) {
        return ReportMetadata.find(file).isPresent();
    }

    @Override
    public List<Candidate> placeCandidates(String name, String context) {
        return gazetteer.lookup(name, Context.of(context));
    }

    @Override
    public Reviewer reviewer() {
        return reviewer;
    }

    @Override
    public void close() {
        db.close();
    }
}
