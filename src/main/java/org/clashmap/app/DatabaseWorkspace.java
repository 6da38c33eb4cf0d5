package org.clashmap.app;

import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.ingest.Ingester;
import org.clashmap.ingest.ReportMetadata;

import org.clashmap.extract.Extractor;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.export.ExportFormat;
import org.clashmap.export.ExportOptions;
import java.time.LocalDate;
import org.clashmap.export.ExportResult;
import org.clashmap.export.MapImageRenderer;
import org.clashmap.export.MapImageRequest;
import org.clashmap.gazetteer.Candidate;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.gazetteer.Context;
import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.function.Predicate;
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
        this.analyst = analyst;
    }

    private final String analyst;

    @Override
    public Path databaseFile() {
        return db.file();
    }

    @Override
    public AutoCloseable watchOthers(java.util.function.Consumer<String> onChange) {
        return db.watchOthers(onChange);
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
    public String articleText(long articleId) {
        return store.articleText(articleId);
    }

    @Override
    public IngestSummary ingestBuiltInSeeds(IngestProgress progress) {
        return changed(ingester.ingestBuiltInSeeds(progress));
    }

    @Override
    public IngestSummary ingest(List<Path> filesOrFolders, IngestProgress progress, BooleanSupplier cancelled) {
        return changed(ingester.ingestPaths(filesOrFolders, progress, cancelled));
    }

    @Override
    public StoredEvent event(long eventId) {
        return store.event(eventId);
    }

    @Override
    public IngestSummary ingest(Path file, ReportMetadata metadata) {
        return changed(ingester.ingestFile(file, metadata));
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
    public ExportResult exportData(Predicate<StoredEvent> which, ExportFormat format, Path out) throws IOException {
        // A GeoPackage carries who holds what beside the events, as of the newest event.
        return EventExports.export(db, ExportOptions.defaults(), which, format, out, store.latestEventDay(), controlOptions);
    }

    @Override
    public MapImageRenderer.RenderResult exportMap(MapImageRequest request, IncidentSet incidents, BitSet visible,
                                                   org.clashmap.export.MapOverlays overlays, Path out) throws IOException {
        LocalDate day = request.to() != null ? request.to() : store.latestEventDay();
        return mapRenderer().write(request, incidents, visible, day == null ? null : controlMap().at(day),
                incidents().incidentByEvent(), overlays, out);
    }

    @Override
    public org.clashmap.export.MapAnimation.Result exportAnimation(org.clashmap.export.MapAnimation.Settings settings, IncidentSet incidents,
                                                                   BitSet mask, List<org.clashmap.export.EventPoint> rows, Path out,
                                                                   java.util.function.IntConsumer progress) throws IOException {
        var data = new org.clashmap.export.MapAnimation.Data(incidents, java.util.Set.of(), incidents().incidentByEvent(), controlMap(), rows, mask);
        return org.clashmap.export.MapAnimation.write(mapRenderer(), settings, data, out, progress);
    }

    private MapImageRenderer renderer;

    /** Loaded on first use: the basemap renderer is only needed when a map is exported. */
    private synchronized MapImageRenderer mapRenderer() {
        if (renderer == null) renderer = MapImageRenderer.fromClasspath();
        return renderer;
    }

    private volatile org.clashmap.geo.control.ControlOptions controlOptions = org.clashmap.geo.control.ControlOptions.DEFAULTS;

    @Override
    public org.clashmap.geo.control.ControlMap controlMap() {
        return org.clashmap.app.ControlMaps.load(db, controlOptions);
    }

    @Override
    public org.clashmap.geo.control.ControlOptions controlOptions() {
        return controlOptions;
    }

    @Override
    public void setControlOptions(org.clashmap.geo.control.ControlOptions options) {
        this.controlOptions = java.util.Objects.requireNonNull(options);
    }

    @Override
    public void setController(String placeId, String nameAr, String nameEn, double lat, double lon, String actorId, java.time.LocalDate from) {
        new org.clashmap.store.ControlStore(db).setController(placeId, nameAr, nameEn, lat, lon, actorId, from);
        controlInputsChanged();
    }

    /** An ingest that stored or updated reports changed the control map's battles and claims. */
    private IngestSummary changed(IngestSummary s) {
        if (s.added() + s.updated() > 0) controlInputsChanged();
        return s;
    }

    private final java.util.Map<String, org.clashmap.datasets.Agreement> agreements = new java.util.HashMap<>();

    /** The first check analysts run on machine-coded data: does an established dataset have it too? */
    @Override
    public synchronized List<String> alsoIn(StoredEvent e) {
        if (!"extracted".equals(e.origin()) || !e.date().isKnown()) return List.of();
        List<org.clashmap.store.DatedEventPlace> places = e.places().stream().map(p -> new org.clashmap.store.DatedEventPlace(e.id(), e.origin(),
                e.externalId(), e.date().from(), e.date().to(), e.fatalities(), p.lat(), p.lon(), p.precisionKm(), p.nameAr(), e.sentence())).toList();
        List<String> out = new java.util.ArrayList<>();
        for (String origin : List.of("ucdp", "acled")) {
            org.clashmap.datasets.Agreement a = agreements.computeIfAbsent(origin,
                    o -> new org.clashmap.datasets.Agreement(new org.clashmap.store.DatasetStore(db).points(o)));
            for (var m : a.matches(places)) {
                var i = m.imported();
                out.add(String.format(java.util.Locale.ROOT, "also in %s: %s %s, %s dead (%.0f km)", origin.toUpperCase(java.util.Locale.ROOT),
                        i.from().equals(i.to()) ? i.from() : i.from() + "–" + i.to(), i.placeName(),
                        i.fatalities() == null ? "?" : i.fatalities(), m.distanceKm()));
            }
        }
        return out;
    }

    @Override
    public java.util.Map<Long, org.clashmap.store.IncidentFacts> incidentFacts() {
        return incidents().factsByEvent();
    }

    @Override
    public org.clashmap.store.IncidentStore.Incident incidentOf(long eventId) {
        Long id = incidents().incidentOf(eventId);
        return id == null ? null : incidents().incident(id);
    }

    @Override
    public long splitIncident(long incidentId, List<Long> eventIds) {
        return incidents().split(incidentId, eventIds);
    }

    @Override
    public void mergeIncidents(long keep, long other) {
        incidents().merge(keep, other);
    }

    @Override
    public org.clashmap.store.IncidentUndo incidentUndo() {
        return new org.clashmap.store.IncidentUndo(db);
    }

    @Override
    public org.clashmap.store.IncidentStore.Incident incident(long id) {
        return incidents().incident(id);
    }

    @Override
    public org.clashmap.store.ReportStore reports() {
        return new org.clashmap.store.ReportStore(db);
    }

    @Override
    public int dateReport(long articleId, LocalDate published) {
        int n = ingester.redate(articleId, published, org.clashmap.extract.TimePrecision.DAY);
        controlInputsChanged();
        return n;
    }

    private org.clashmap.store.IncidentStore incidents() {
        return new org.clashmap.store.IncidentStore(db, analyst);
    }

    /**
     * One background refresh of the stored control layers at a time; requests arriving while one waits are
     * the same request (a burst of edits recomputes once or twice, not once per edit).
     */
    private final java.util.concurrent.ExecutorService layerRefresh = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clashmap-control-layers");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean layerRefreshWaiting = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void controlInputsChanged() {
        if (!layerRefreshWaiting.compareAndSet(false, true)) return;
        layerRefresh.execute(() -> {
            layerRefreshWaiting.set(false);
            try {
                ControlLayers.refresh(db, analyst);
            } catch (RuntimeException e) {
                // the database closed meanwhile, or a write failed: the stored layers stay as they were until the next change
                System.err.println("clashmap: the stored control map was not refreshed: " + e.getMessage());
            }
        });
    }

    /** Waits for a refresh of the stored control layers in progress (tests, closing). */
    void awaitControlLayers() {
        try {
            layerRefresh.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        awaitControlLayers();
        layerRefresh.shutdown();
        db.close();
    }
}
