package org.clashmap.ui.ingest;

import javafx.concurrent.Task;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.app.Workspace;
import org.clashmap.store.StoredEvent;

import java.util.List;
import java.util.ResourceBundle;

/**
 * Loads the events off the FX thread. On the first run (empty database) it ingests the built-in
 * seeds first, reporting progress; later runs just read what is stored. Up to
 * {@link #FULL_LIMIT} events are loaded as full records (every filter works on them); above
 * that, only the columns the map, timeline and table need, in a fraction of the memory — full
 * records are then fetched one at a time when the analyst opens an event.
 */
public final class WorkspaceLoader extends Task<WorkspaceLoader.Loaded> {
    static final long FULL_LIMIT = 50_000;

    /** Either full records, or a lean incident set (events empty). */
    public record Loaded(List<StoredEvent> events, IncidentSet lean, java.util.Map<Long, org.clashmap.store.IncidentFacts> facts) {
        Loaded(List<StoredEvent> events, IncidentSet lean) {
            this(events, lean, java.util.Map.of());
        }

        int eventCount() {
            return lean == null ? events.size() : lean.eventCount();
        }

        /** Incidents: events, each incident of several reports counted once (decision 021). */
        public int incidentCount() {
            long linked = facts.values().stream().filter(f -> f.incidentId() != null).count();
            long incidents = facts.values().stream().map(org.clashmap.store.IncidentFacts::incidentId).filter(java.util.Objects::nonNull).distinct().count();
            return (int) (eventCount() - linked + incidents);
        }

        /** Places of those events: what the map draws (an event at three villages is three). */
        public int placeCount() {
            return lean == null ? events.stream().mapToInt(e -> e.places().size()).sum() : lean.size;
        }
    }

    private final Workspace workspace;
    private final ResourceBundle text;

    public WorkspaceLoader(Workspace workspace, ResourceBundle text) {
        this.workspace = workspace;
        this.text = text;
    }

    @Override
    protected Loaded call() {
        if (workspace.isEmpty()) {
            workspace.ingestBuiltInSeeds((done, total, current) -> {
                updateProgress(done, total);
                updateMessage(String.format(text.getString("status.ingesting"), done, total));
            });
        }
        updateMessage(text.getString("status.loading"));
        long total = workspace.eventCount();
        if (total <= FULL_LIMIT) {
            updateProgress(-1, 1);
            return new Loaded(workspace.events(), null, workspace.incidentFacts());
        }
        IncidentSet.Builder b = IncidentSet.builder();
        long[] seen = {0, -1};
        workspace.forEachIncidentRow((id, type, from, to, dead, placeDead, conf, rejected, edited, hasPlace, lat, lon, prec, pconf) -> {
            if (id != seen[1]) {
                seen[1] = id;
                if (++seen[0] % 20_000 == 0) updateProgress(seen[0], total);
            }
            b.row(id, type, from, to, dead, placeDead, conf, rejected, edited, hasPlace, lat, lon, prec, pconf);
        });
        IncidentSet set = b.build();
        // Both indexes here, off the FX thread: at a million incidents they take a few hundred ms.
        set.timeIndex();
        set.index();
        return new Loaded(List.of(), set, workspace.incidentFacts());
    }
}
