package org.clashmap.app;

import org.clashmap.geo.control.ControlOptions;

import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.ingest.ReportMetadata;

import org.clashmap.export.ExportFormat;
import org.clashmap.export.ExportResult;
import org.clashmap.export.MapImageRenderer;
import org.clashmap.export.MapImageRequest;
import org.clashmap.gazetteer.Candidate;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.function.Predicate;
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

    /** The full text of a stored report, or null. */
    String articleText(long articleId);

    IngestSummary ingestBuiltInSeeds(IngestProgress progress);

    IngestSummary ingest(List<Path> filesOrFolders, IngestProgress progress, BooleanSupplier cancelled);

    /** One event as stored now, edits applied, or null. */
    StoredEvent event(long eventId);

    /** Ingests one report whose publication details the user gave (no metadata file for it). */
    IngestSummary ingest(Path file, ReportMetadata metadata);

    /** Whether a metadata.tsv or NAME.meta.tsv (or the built-in seeds) describe this file. */
    boolean hasMetadata(Path file);

    /** Gazetteer candidates for a place name, best first, scored against a context sentence. */
    List<Candidate> placeCandidates(String name, String context);

    Reviewer reviewer();

    /**
     * Who holds what, from control claims, analyst edits and imported layers, with the current
     * {@link #controlOptions()} (slow: call off the FX thread).
     */
    org.clashmap.geo.control.ControlMap controlMap();

    /** The control model's tunables that {@link #controlMap()} and the exports use ({@code ControlOptions.DEFAULTS} until set). */
    org.clashmap.geo.control.ControlOptions controlOptions();

    /** The analyst's tunables (reach, fade age, contested window) for every later control map and export. */
    void setControlOptions(org.clashmap.geo.control.ControlOptions options);

    /** The analyst says who holds a place from a date on (stored as an edit-origin control claim). */
    void setController(String placeId, String nameAr, String nameEn, double lat, double lon, String actorId, java.time.LocalDate from);

    /** Imported events (UCDP, ACLED) at the same place and overlapping dates, one readable line each. */
    List<String> alsoIn(StoredEvent e);

    /** Writes the events the predicate accepts to a file (via a temporary file moved into place). */
    ExportResult exportData(Predicate<StoredEvent> which, ExportFormat format, Path out) throws IOException;

    /** Renders a map image of the given incidents (those set in {@code visible}) and writes it safely as PNG, SVG or PDF (by {@code out}'s extension). */
    default MapImageRenderer.RenderResult exportMap(MapImageRequest request, IncidentSet incidents, BitSet visible, Path out) throws IOException {
        return exportMap(request, incidents, visible, org.clashmap.export.MapOverlays.NONE, out);
    }

    /** As above, with the window's areas or density surface ({@link org.clashmap.export.MapOverlays}). */
    MapImageRenderer.RenderResult exportMap(MapImageRequest request, IncidentSet incidents, BitSet visible, org.clashmap.export.MapOverlays overlays,
                                            Path out) throws IOException;

    /**
     * Writes an animation (.gif or .mp4) of the given incidents as {@code clashmap render --animate} does
     * ({@link org.clashmap.export.MapAnimation}, the one code path): only those in {@code mask} (the window's other
     * filters) are shown, each frame those of its window; {@code rows} are the export's rows the areas count
     * (empty without areas). {@code progress} gets the frames done.
     */
    org.clashmap.export.MapAnimation.Result exportAnimation(org.clashmap.export.MapAnimation.Settings settings, IncidentSet incidents, BitSet mask,
                                                            List<org.clashmap.export.EventPoint> rows, Path out,
                                                            java.util.function.IntConsumer progress) throws IOException;

    /** Each event's incident across reports: id, reports, outlets, low / best / high dead (decision 021). */
    default java.util.Map<Long, org.clashmap.store.IncidentFacts> incidentFacts() {
        return java.util.Map.of();
    }

    /** The incident an event is a mention of, with every supporting report, or null. */
    default org.clashmap.store.IncidentStore.Incident incidentOf(long eventId) {
        return null;
    }

    /** The analyst moves these events of an incident into a new one; returns its id. */
    default long splitIncident(long incidentId, List<Long> eventIds) {
        throw new UnsupportedOperationException("no incidents here");
    }

    /** The analyst says two incidents are one. */
    default void mergeIncidents(long keep, long other) {
        throw new UnsupportedOperationException("no incidents here");
    }

    /** Undo and redo of the analyst's merges and splits (decision 037). */
    default org.clashmap.store.IncidentUndo incidentUndo() {
        throw new UnsupportedOperationException("no incidents here");
    }

    /** An incident by its id, or null when there is none. */
    default org.clashmap.store.IncidentStore.Incident incident(long id) {
        return null;
    }

    /** Stored reports and ingest runs, and removing them with everything that hangs on them. */
    default org.clashmap.store.ReportStore reports() {
        throw new UnsupportedOperationException("no reports here");
    }

    /** Gives an undated (or wrongly dated) report its publication day: its events are dated again and linked again. */
    default int dateReport(long articleId, java.time.LocalDate published) {
        throw new UnsupportedOperationException("no reports here");
    }

    /**
     * Calls {@code onChange} (on a background thread) with who changed the database and when, each time
     * another program commits a change to the database (a shared PostgreSQL database, or a SQLite file a CLI
     * ingest also writes to); close the handle to stop.
     */
    default AutoCloseable watchOthers(java.util.function.Consumer<String> onChange) {
        return () -> { };
    }

    /**
     * Something the control map is computed from changed (a review edit, a control edit, an ingest): the days
     * of the map stored in the database as GIS layers are computed again, in the background (decision 031).
     */
    default void controlInputsChanged() {
    }

    @Override
    void close();
}
