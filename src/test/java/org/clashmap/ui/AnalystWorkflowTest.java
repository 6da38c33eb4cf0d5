package org.clashmap.ui;

import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.clashmap.extract.EventType;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.Viewport;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The analyst's workflow on a temporary database that the app fills with the built-in seeds. */
@ExtendWith(ApplicationExtension.class)
public class AnalystWorkflowTest {
    @TempDir
    Path tmp;
    private ClashMapApp app;
    private Stage stage;

    private MainWindow openApp(Path db) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            app = new ClashMapApp();
            app.open(stage, db, Locale.ENGLISH, new MemoryPreferences());
            stage.setWidth(1600);
            stage.setHeight(1000);
        }).get(60, TimeUnit.SECONDS); // the first window of a JVM builds its map on the FX thread: slow on a loaded machine
        // First run: the seeds are ingested in the background, then shown.
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

    private long placesInDatabase(Path db) {
        try (Database d = Database.open(db)) {
            return new EventStore(d).allEvents().stream().filter(e -> e.review() != ReviewStatus.REJECTED).mapToLong(e -> e.places().size()).sum();
        }
    }

    @Test
    void everyIncidentInTheDatabaseIsDrawn(FxRobot robot) throws Exception {
        Path db = tmp.resolve("a.db");
        MainWindow w = openApp(db);
        fx(() -> w.map.zoomTo(6));
        IncidentSet set = w.model.incidents.get();
        // Close the workspace's view of the file before counting independently.
        long expected = set.events().stream().mapToLong(e -> e.places().size()).sum();
        assertEquals(expected, set.size);
        assertEquals(set.size, w.model.visibleIncidents().cardinality());
        assertEquals(set.size, w.map.incidents.paintedCount(), "all of Syria is in view at zoom 6");
        // events once, then their places (was "N events shown", counting the same thing in other words)
        assertEquals(set.events().size() + " incidents at " + set.size + " places shown, 0 hidden",
                robot.lookup("#filter-counts").queryLabeled().getText().replace('\n', ' '));
        assertTrue(set.size > 30, "the seeds give dozens of incidents, got " + set.size);
    }

    @Test
    void clickingAnIncidentSelectsItsRowAndHighlightsItsSentence(FxRobot robot) throws Exception {
        MainWindow w = openApp(tmp.resolve("b.db"));
        StoredEvent target = w.model.incidents.get().events().stream()
                .filter(e -> e.places().stream().anyMatch(p -> "البوكمال".equals(p.nameAr()))).findFirst().orElseThrow();
        var p = target.places().stream().filter(x -> "البوكمال".equals(x.nameAr())).findFirst().orElseThrow();
        fx(() -> {
            w.map.zoomTo(11);
            w.map.centreOn(p.lat(), p.lon());
        });
        Viewport vp = w.map.incidents.viewport();
        double x = vp.screenX(org.clashmap.geo.WebMercator.worldX(p.lon())), y = vp.screenY(org.clashmap.geo.WebMercator.worldY(p.lat()));
        Point2D screen = w.map.mapView.localToScreen(x, y);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        StoredEvent selected = w.model.selected.get();
        assertNotNull(selected, "a click on the symbol selects its event");
        assertTrue(selected.places().stream().anyMatch(q -> "البوكمال".equals(q.nameAr())));
        assertEquals(selected, w.table.getSelectionModel().getSelectedItem(), "the table row follows the map");
        assertEquals(selected.sentence().strip().replaceAll("\\s+", " "), w.source.highlightedText(), "the source pane highlights the sentence");
        assertEquals(selected.charStart(), w.source.highlightedStart());
    }

    @Test
    void aTypeFilterChangesTheCounts(FxRobot robot) throws Exception {
        MainWindow w = openApp(tmp.resolve("c.db"));
        int total = w.model.incidents.get().events().size();
        long battles = w.model.incidents.get().events().stream().filter(e -> e.type() == EventType.BATTLES).count();
        assertTrue(battles > 0 && battles < total);
        robot.clickOn("#filter-type-BATTLES");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#filter-type-BATTLES").queryAs(CheckBox.class).isSelected());
        assertEquals(total - battles, w.model.shownEvents.size());
        assertEquals(total - battles, w.table.getItems().size());
        long visiblePlaces = w.model.shownEvents.stream().mapToLong(e -> e.places().size()).sum();
        assertEquals((total - battles) + " incidents at " + visiblePlaces + " places shown, " + battles + " hidden",
                robot.lookup("#filter-counts").queryLabeled().getText().replace('\n', ' '));
        assertEquals(visiblePlaces, w.model.visibleIncidents().cardinality());
    }

    @Test
    void aRejectedEventStaysHiddenAfterRestartAndReingest(FxRobot robot) throws Exception {
        Path db = tmp.resolve("d.db");
        MainWindow w = openApp(db);
        int shown = w.model.shownEvents.size();
        fx(() -> w.table.scrollTo(0));
        // Select the event by clicking its row in the table, then reject it with the keyboard.
        javafx.scene.Node row = robot.lookup(".table-row-cell").nth(0).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        StoredEvent picked = w.model.selected.get();
        assertNotNull(picked, "clicking a row selects its event");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown - 1, w.model.shownEvents.size(), "rejecting hides the event");
        StoredEvent victim = picked;
        assertTrue(w.model.shownEvents.stream().noneMatch(e -> e.id() == victim.id()));
        // The selection moves on to the next row (now first) and the status bar says what was rejected.
        assertEquals(0, w.table.getSelectionModel().getSelectedIndex(), "the next row is selected");
        assertNotNull(w.model.selected.get());
        assertNotEquals(victim.id(), w.model.selected.get().id());
        assertEquals(w.table.getItems().get(0).id(), w.model.selected.get().id());
        String said = w.status.message.getText();
        assertTrue(said.startsWith("Rejected: ") && said.contains(victim.places().get(0).nameAr()) && said.contains("the next row is selected"), said);
        close();
        // Re-ingesting the same reports changes nothing and keeps the rejection.
        try (Database d = Database.open(db)) {
            var s = new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(d)).ingestBuiltInSeeds(IngestProgress.NONE);
            assertEquals(0, s.added());
        }
        MainWindow again = openApp(db);
        assertEquals(shown - 1, again.model.shownEvents.size());
        assertTrue(again.model.shownEvents.stream().noneMatch(e -> e.id() == victim.id()));
        assertEquals(placesInDatabase(db), again.model.visibleIncidents().cardinality());
    }

    @Test
    void anEditedPlaceMovesTheSymbol() throws Exception {
        MainWindow w = openApp(tmp.resolve("e.db"));
        StoredEvent e = w.model.shownEvents.get(0);
        int idx = w.model.incidents.get().eventIndexOfId(e.id());
        int incident = w.model.incidents.get().firstIncidentOf(idx);
        double lat = 35.0, lon = 38.0;
        fx(() -> app.review().moved(e, 0, lat, lon));
        IncidentSet set = w.model.incidents.get();
        int moved = set.firstIncidentOf(set.eventIndexOfId(e.id()));
        assertEquals(lat, set.lat[moved], 1e-9);
        assertEquals(lon, set.lon[moved], 1e-9);
        assertEquals(org.clashmap.geo.WebMercator.worldX(lon), set.wx[moved], 1e-12);
        assertTrue(set.has(moved, IncidentSet.FLAG_EDITED));
        assertNotEquals(lat, e.places().get(0).lat());
        assertTrue(incident >= 0);
    }

    @Test
    void switchingToArabicMirrorsTheLayoutButNotTheMap(FxRobot robot) throws Exception {
        MainWindow w = openApp(tmp.resolve("f.db"));
        int events = w.model.incidents.get().events().size();
        fx(() -> app.switchLanguage(Locale.forLanguageTag("ar")));
        MainWindow ar = app.window();
        assertNotSame(w, ar);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, ar.getEffectiveNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, ar.map.getEffectiveNodeOrientation());
        assertEquals(events, ar.model.incidents.get().events().size());
        assertEquals("ملف", ((javafx.scene.control.MenuBar) ar.getTop()).getMenus().get(0).getText());
        // The filter pane sits on the right once mirrored.
        Point2D filters = robot.lookup("#filter-pane").query().localToScene(0, 0);
        assertTrue(filters.getX() > ar.getWidth() / 2, "filters at x=" + filters.getX());
    }

    @Test
    void controlFromTheReportsIsShownAndTheAnalystCanSetWhoHoldsAPlace() throws Exception {
        MainWindow w = openApp(tmp.resolve("g.db"));
        // Seed 002 says ISIS took حميمية in April 2018: one dot at least once the model is built.
        fx(() -> w.model.setWindow(java.time.LocalDate.of(2018, 4, 1), java.time.LocalDate.of(2018, 4, 30)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.map.control.snapshot() != null && !w.map.control.snapshot().dots().isEmpty());
        int before = w.map.control.snapshot().dots().size();
        assertTrue(w.map.control.snapshot().dots().stream().anyMatch(d -> "isis".equals(d.controller())),
                "ISIS holds حميمية: " + w.map.control.snapshot().dots());
        // and the regime's positions around al-Sukhnah (seed 000: "مواقع للنظام في محيط السخنة") are its place
        assertTrue(w.map.control.snapshot().dots().stream().anyMatch(d -> "regime".equals(d.controller()) && "ocha:C2893".equals(d.placeKey())),
                "the regime holds al-Sukhnah: " + w.map.control.snapshot().dots());
        var place = w.model.incidents.get().events().stream().flatMap(e -> e.places().stream())
                .filter(p -> "البوكمال".equals(p.nameAr())).findFirst().orElseThrow();
        fx(() -> {
            app.workspace().setController(place.placeId(), place.nameAr(), place.nameEn(), place.lat(), place.lon(), "regime",
                    java.time.LocalDate.of(2018, 4, 10));
            app.reloadControl();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.map.control.snapshot().dots().size() == before + 1);
        assertTrue(w.map.control.snapshot().dots().stream().anyMatch(d -> "regime".equals(d.controller()) && d.name().contains("البوكمال")));
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
