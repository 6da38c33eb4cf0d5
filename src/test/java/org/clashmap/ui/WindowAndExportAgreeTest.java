package org.clashmap.ui;

import org.clashmap.ui.model.AppModel;
import org.clashmap.ui.model.ViewFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.app.DatabaseWorkspace;
import org.clashmap.app.Workspace;
import org.clashmap.cli.CommandLines;
import org.clashmap.extract.EventType;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.store.Database;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One filter, one answer (issue 22): on the seeds, the events the window shows for a filter — with
 * full records and on the lean column path — are the events {@code clashmap export} writes for the
 * same window and criteria. Export writes one row per event and place, so events without a place
 * (none on the seeds) would be compared by their places only.
 */
class WindowAndExportAgreeTest {
    @TempDir
    static Path tmp;

    private static Path db;
    private static List<StoredEvent> events;
    private static IncidentSet lean;
    private static LocalDate first, last;
    private static int nonEmpty;

    @BeforeAll
    static void ingestSeeds() {
        db = tmp.resolve("seeds.db");
        try (Workspace w = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
            events = w.events();
            IncidentSet.Builder b = IncidentSet.builder();
            w.forEachIncidentRow(b);
            lean = b.build();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        first = events.stream().filter(e -> e.date().isKnown()).map(e -> e.date().from()).min(LocalDate::compareTo).orElseThrow();
        last = events.stream().filter(e -> e.date().isKnown()).map(e -> e.date().to()).max(LocalDate::compareTo).orElseThrow();
        assertTrue(events.size() > 20, "the seeds give events: " + events.size());
    }

    @Test
    void theWindowAndTheExportGiveTheSameEventsForTheSameWindow() throws Exception {
        LocalDate mid = first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
        List<LocalDate[]> windows = List.of(new LocalDate[]{null, null}, new LocalDate[]{first, first.plusDays(3)},
                new LocalDate[]{mid, last}, new LocalDate[]{mid, mid}, new LocalDate[]{null, mid}, new LocalDate[]{mid, null});
        for (LocalDate[] w : windows) {
            for (boolean undated : new boolean[]{true, false}) {
                ViewFilter f = ViewFilter.ALL.withDates(w[0], w[1]).withShowUndated(undated);
                List<String> args = new ArrayList<>();
                if (w[0] != null) args.addAll(List.of("--from", w[0].toString()));
                if (w[1] != null) args.addAll(List.of("--to", w[1].toString()));
                if (!undated) args.add("--no-undated");
                assertAgree(f, args);
            }
        }
        assertTrue(nonEmpty >= 8, "most windows hold events: " + nonEmpty);
    }

    @Test
    void otherCriteriaAgreeToo() throws Exception {
        assertAgree(ViewFilter.ALL.withTypes(Set.of(EventType.BATTLES)), List.of("--type", "battles"));
        assertAgree(ViewFilter.ALL.withMinConfidence(0.6), List.of("--min-confidence", "0.6"));
        assertAgree(ViewFilter.ALL.withTypes(Set.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE)).withDates(first, last.minusDays(5)),
                List.of("--type", "explosions_remote_violence", "--from", first.toString(), "--to", last.minusDays(5).toString()));
        String regime = "regime";
        assertAgree(ViewFilter.ALL.withActors(Set.of(regime)), List.of("--actor", regime));
    }

    private static void assertAgree(ViewFilter f, List<String> exportArgs) throws Exception {
        Set<Long> window = shown(f, false);
        Set<Long> exported = exported(exportArgs);
        assertEquals(window, exported, "window vs clashmap export " + exportArgs);
        nonEmpty += window.isEmpty() ? 0 : 1;
        assertEquals(window, events.stream().filter(f.events()::test).filter(e -> !e.places().isEmpty())
                .map(StoredEvent::id).collect(Collectors.toCollection(TreeSet::new)), "window vs the store's filter " + exportArgs);
        if (f.actors().isEmpty()) assertEquals(window, shown(f, true), "full records vs the lean path " + exportArgs);
    }

    /** The events the window lists for a filter (every mention: the export writes each report's event). */
    private static Set<Long> shown(ViewFilter f, boolean leanPath) {
        AppModel model = new AppModel();
        if (leanPath) model.setIncidents(lean);
        else model.setEvents(events);
        model.filter.set(f.withMentions(true));
        return model.shownEvents.stream().map(StoredEvent::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> exported(List<String> filterArgs) throws Exception {
        Path out = tmp.resolve("export-" + System.nanoTime() + ".geojson");
        List<String> args = new ArrayList<>(List.of("export", "--db", db.toString(), "--format", "geojson", "--out", out.toString()));
        args.addAll(filterArgs);
        StringWriter err = new StringWriter();
        var cl = CommandLines.all();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), err.toString());
        JsonNode features = new ObjectMapper().readTree(out.toFile()).get("features");
        Set<Long> ids = new TreeSet<>();
        for (JsonNode ft : features) ids.add(ft.get("properties").get("event_id").asLong());
        return ids;
    }
}
