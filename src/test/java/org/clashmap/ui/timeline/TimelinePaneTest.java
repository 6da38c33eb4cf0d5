package org.clashmap.ui.timeline;

import org.clashmap.ui.MainWindow;
import org.clashmap.ui.MenuActions;
import org.clashmap.ui.map.AppServices;
import org.clashmap.ui.map.MapPane;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.*;

/** The timeline over the seed reports, ingested into a temporary database as the app does on first run. */
@ExtendWith(ApplicationExtension.class)
public class TimelinePaneTest {
    private static Path dir;
    private static List<StoredEvent> seeds;
    private MainWindow window;

    @BeforeAll
    static void ingestSeeds() throws Exception {
        dir = Files.createTempDirectory("clashmap-timeline");
        try (Database db = Database.open(dir.resolve("t.db"))) {
            EventStore store = new EventStore(db);
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), store).ingestBuiltInSeeds(IngestProgress.NONE);
            seeds = store.allEvents();
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Start
    void start(Stage stage) {
        AppServices.initTiles();
        ResourceBundle text = ResourceBundle.getBundle("ui.messages", Locale.ENGLISH);
        window = new MainWindow(text, new NoActions());
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        window.showEvents(seeds);
    }

    private TimelinePane timeline() {
        return window.timelinePane;
    }

    @Test
    void startsWithTheWholeExtentAndEveryEvent() {
        WaitForAsyncUtils.waitForFxEvents();
        Playback p = timeline().playback;
        IncidentSet set = window.model.incidents.get();
        assertTrue(set.size > 10, "the seeds give incidents");
        assertEquals(p.min(), p.from());
        assertEquals(p.max(), p.to());
        assertEquals(seeds.size(), window.model.shownEvents.size());
        assertEquals(LocalDate.ofEpochDay(p.from()), window.model.filter.get().from(), "the filter pane's dates follow the window");
        assertFalse(window.map.timeOverlay.getText().isEmpty(), "the window is written on the map");
    }

    @Test
    void draggingTheWindowEndChangesTheIncidentsShownAndTheHighlight(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int visibleBefore = window.model.visibleIncidents().cardinality();
        int paintedBefore = window.map.incidents.paintedCount();
        int highlightBefore = timeline().histogram.highlightedBins();
        Node high = robot.lookup("#timeline-slider .high-thumb").query();
        robot.drag(high, MouseButton.PRIMARY).dropBy(-timeline().slider.getWidth() * 0.6, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Playback p = timeline().playback;
        assertTrue(p.to() < p.max(), "the window's end moved back: " + p.to() + " < " + p.max());
        assertTrue(window.model.visibleIncidents().cardinality() < visibleBefore, "fewer incidents shown");
        assertTrue(timeline().histogram.highlightedBins() < highlightBefore, "fewer bins highlighted");
        assertTrue(window.map.incidents.paintedCount() <= paintedBefore);
        assertExactlyOverlapping(p.from(), p.to());
    }

    @Test
    void keysStepAndJumpWhenTheTimelineHasFocus(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Playback p = timeline().playback;
        robot.interact(() -> {
            p.setStepDays(1);
            p.setWindow(p.min(), p.min() + 6);
        });
        robot.clickOn("#timeline-histogram");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p.min() + 1, p.from());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p.min() + 1 + Playback.LARGE_STEP, p.from());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p.max(), p.to());
        assertEquals(6, p.to() - p.from(), "the window keeps its width");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p.min(), p.from());
        assertExactlyOverlapping(p.from(), p.to());
        assertEquals(org.clashmap.geo.WebMercator.lon(org.clashmap.ui.map.AppServices.syriaWorld().centre().x),
                window.map.center().getLongitude(), 0.05, "the map did not pan from Home");
    }

    @Test
    void undatedBinCanBeHiddenAndNeverLeaksIntoTheTimeMask(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        IncidentSet set = window.model.incidents.get();
        robot.clickOn("#timeline-undated");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model.filter.get().showUndated());
        BitSet v = window.model.visibleIncidents();
        for (int i = v.nextSetBit(0); i >= 0; i = v.nextSetBit(i + 1)) assertNotEquals(IncidentSet.UNDATED, set.dayFrom[i]);
        assertTrue(robot.lookup("#filter-undated").queryAs(javafx.scene.control.CheckBox.class).isSelected() == false,
                "the filter pane's box follows");
    }

    @Test
    void cumulativeModeShowsEverythingUpToT(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Playback p = timeline().playback;
        robot.interact(() -> {
            p.setMode(Playback.Mode.CUMULATIVE);
            p.setWindow(p.min(), p.min() + (p.max() - p.min()) / 2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p.min(), p.from());
        assertTrue(window.map.timeOverlay.getText().startsWith("Up to"), window.map.timeOverlay.getText());
        assertExactlyOverlapping(p.from(), p.to());
    }

    @Test
    void theAxisLabelsTheExtentWithIsoDatesAlignedWithTheBars(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Playback p = timeline().playback;
        List<DateTicks.Tick> ticks = timeline().axis.ticks();
        assertFalse(ticks.isEmpty(), "the axis has ticks");
        for (DateTicks.Tick t : ticks) {
            assertTrue(t.epochDay() >= p.min() && t.epochDay() <= p.max() + 1, t + " inside the extent");
            LocalDate d = LocalDate.ofEpochDay(t.epochDay());
            assertTrue(d.toString().startsWith(t.label()), t.label() + " is the ISO date of its tick " + d);
        }
        // The same mapping as the bars: the axis's first tick lies on the histogram's x for that day.
        Node axis = robot.lookup("#timeline-axis").query();
        Node bars = robot.lookup("#timeline-histogram").query();
        assertEquals(bars.localToScene(bars.getBoundsInLocal()).getWidth(), axis.localToScene(axis.getBoundsInLocal()).getWidth(), 1.0);

        // A narrower timeline gives coarser (or as few) ticks; a wider one finer. The pane is narrowed, not the
        // stage: a stage given a width keeps it for the next test class's scene, pushing its map off screen.
        int wide = ticks.size();
        double wideWidth = timeline().getWidth();
        robot.interact(() -> timeline().setMaxWidth(420)); // its controls keep it a little wider
        WaitForAsyncUtils.waitForFxEvents();
        int narrow = timeline().axis.ticks().size();
        assertTrue(timeline().getWidth() < wideWidth * 0.6, "the timeline is narrowed: " + wideWidth + " -> " + timeline().getWidth());
        assertTrue(narrow < wide, "narrow " + narrow + " < wide " + wide);
        robot.interact(() -> timeline().setMaxWidth(Double.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBarsAreExplainedInWords() {
        WaitForAsyncUtils.waitForFxEvents();
        var h = timeline().histogram;
        String said = timeline().barsLabel.getText();
        assertTrue(said.startsWith("Each bar: incidents in "), said);
        org.clashmap.geo.index.TimeHistogram counted = org.clashmap.geo.index.TimeHistogram.count(window.model.incidents.get(),
                window.model.attributeIncidents(), window.model.timeIndex().minDay(), window.model.timeIndex().maxDay());
        assertTrue(said.endsWith("(highest " + counted.maxStack() + ")"), said);
        assertTrue(said.contains(counted.binDays == 1 ? "one day" : counted.binDays == 7 ? "one week" : counted.binDays + " days"), said);
    }

    @Test
    void playTurnsIntoPauseWhilePlaying(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("timeline-icon-play", timeline().play.getGraphic().getId());
        assertEquals("Play", timeline().play.getAccessibleText());
        robot.interact(() -> {
            Playback p = timeline().playback;
            p.setWindow(p.min(), p.min() + 6);
            p.setSpeed(Playback.SPEEDS[0]);
        });
        // fire(), not a robot click: a click would hover the button and leave its tooltip open for the next test class.
        robot.interact(() -> timeline().play.fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline().playback.playing());
        assertEquals("timeline-icon-pause", timeline().play.getGraphic().getId());
        assertEquals("Pause", timeline().play.getAccessibleText());
        assertTrue(timeline().play.getTooltip().getText().startsWith("Pause"));
        robot.interact(() -> timeline().play.fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(timeline().playback.playing());
        assertEquals("timeline-icon-play", timeline().play.getGraphic().getId());
    }

    /** The events shown are exactly those whose date range overlaps the window (plus undated when shown). */
    private void assertExactlyOverlapping(int from, int to) {
        boolean undated = window.model.filter.get().showUndated();
        List<Long> expected = seeds.stream().filter(e -> e.date().isKnown()
                        ? e.date().from().toEpochDay() <= to && e.date().to().toEpochDay() >= from : undated)
                .map(StoredEvent::id).sorted().toList();
        List<Long> shown = window.model.shownEvents.stream().map(StoredEvent::id).sorted().toList();
        assertEquals(expected, shown);
    }

    private static final class NoActions implements MenuActions {
        public void quit() { }
        public void showAbout() { }
        public void showShortcuts() { }
        public void zoomHome() { }
    }
}
