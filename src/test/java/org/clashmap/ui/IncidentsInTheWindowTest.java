package org.clashmap.ui;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.clashmap.cli.IncidentsCommandTestAccess;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds plus one strike told by two outlets (reports written for the tests): the window shows
 * the strike once, ringed as corroborated, lists both reports in the source pane, and the analyst
 * splits it there.
 */
@ExtendWith(ApplicationExtension.class)
public class IncidentsInTheWindowTest {
    @TempDir
    Path tmp;
    private ClashMapApp app;
    private Stage stage;
    private long first, second;

    private MainWindow openApp() throws Exception {
        Path db = tmp.resolve("w.db");
        try (Database d = Database.open(db)) {
            EventStore store = new EventStore(d);
            Ingester in = new Ingester(new RuleBasedExtractor(Gazetteers.load()), store);
            in.ingestBuiltInSeeds(IngestProgress.NONE);
            in.ingestFiles(Ingester.expand(List.of(IncidentsCommandTestAccess.folder(tmp, "2019-05-11"))), IngestProgress.NONE, () -> false);
            first = store.allEvents().stream().filter(e -> "m1.txt".equals(e.fileName())).findFirst().orElseThrow().id();
            second = store.allEvents().stream().filter(e -> "m2.txt".equals(e.fileName())).findFirst().orElseThrow().id();
        }
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            app = new ClashMapApp();
            app.open(stage, db, Locale.ENGLISH, new MemoryPreferences());
            stage.setWidth(1600);
            stage.setHeight(1000);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !app.window().model.incidents.get().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return app.window();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) WaitForAsyncUtils.asyncFx(() -> {
            stage.close();
            app.stop();
        }).get(10, TimeUnit.SECONDS);
    }

    private static boolean shown(MainWindow w, long id) {
        return w.model.shownEvents.stream().anyMatch(e -> e.id() == id);
    }

    @Test
    void oneStrikeTwoOutletsIsOneRingedSymbolWithBothReportsAndCanBeSplit(FxRobot robot) throws Exception {
        MainWindow w = openApp();
        int events = w.model.incidents.get().eventCount();
        // the mention drawn is the later report's, whose toll (19) is the incident's best: the symbol is sized by
        // the figure the exports count
        assertTrue(shown(w, second));
        assertFalse(shown(w, first), "one symbol per incident by default");
        assertEquals(events - 1, w.model.shownCount());

        fx(() -> robot.lookup("#filter-mentions").queryAs(CheckBox.class).setSelected(true));
        assertTrue(shown(w, first), "every report's mention on request");
        fx(() -> robot.lookup("#filter-mentions").queryAs(CheckBox.class).setSelected(false));

        fx(() -> robot.lookup("#filter-corroborated").queryAs(CheckBox.class).setSelected(true));
        assertEquals(List.of(second), w.model.shownEvents.stream().map(StoredEvent::id).toList(), "only the strike two outlets report");
        assertEquals(2, w.model.corroboratedEvents().cardinality(), "both mentions of the strike (one drawn)");
        fx(() -> robot.lookup("#filter-corroborated").queryAs(CheckBox.class).setSelected(false));

        fx(() -> w.model.selected.set(w.model.shownEvents.stream().filter(e -> e.id() == second).findFirst().orElseThrow()));
        assertTrue(w.source.incidentText().endsWith("2 reports, 2 outlets, 19 dead (12–19)"), w.source.incidentText());
        assertEquals(2, w.source.incidentReports.getItems().size());

        // Reading the other outlet's report from the list, then splitting it off.
        fx(() -> w.model.selected.set(app.workspace().event(first)));
        assertTrue(w.source.highlightedText().contains("قتل 12"), w.source.highlightedText());
        long before = w.source.shownIncident().id();
        fx(() -> w.source.split.fire());
        assertNotEquals(before, w.source.shownIncident().id());
        assertTrue(shown(w, first), "split off, it is an incident of its own");
        assertEquals(0, w.model.corroboratedEvents().cardinality());
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
