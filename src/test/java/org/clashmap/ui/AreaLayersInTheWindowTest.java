package org.clashmap.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import org.clashmap.app.DatabaseWorkspace;
import org.clashmap.app.Workspace;
import org.clashmap.export.AreaCounts;
import org.clashmap.export.Choropleth;
import org.clashmap.export.EventPoint;
import org.clashmap.export.IncidentTally;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.store.Database;
import org.clashmap.store.StoredEvent;
import org.clashmap.ui.export.ExportController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * View → Areas and View → Density surface: layers that follow the filter and the timeline, counted as the exports
 * count; File → Export animation… writes through the command line's code path (issue 20).
 */
@ExtendWith(ApplicationExtension.class)
class AreaLayersInTheWindowTest {
    @TempDir
    Path tmp;

    @Test
    void areasAndDensityFollowTheTimelineAndTheAnimationDialogWritesAGif() throws Exception {
        Path db = tmp.resolve("seeds.db");
        try (Workspace w = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
        }
        try (OpenedWindow opened = OpenedWindow.open(db, 60)) {
            MainWindow window = opened.window();
            fire(opened, "menu.view.areas.district");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map.areas.shown() != null);
            Choropleth all = window.map.areas.shown();
            assertEquals(AreaCounts.Level.DISTRICT, all.counts().level());
            assertEquals(shown(window, false), all.counts().total(), "every incident shown, in its district or outside");
            assertTrue(fx(() -> window.legend.areaTexts()).contains("Incidents per district"), "the legend says what is counted");
            assertTrue(painted(window) > 10_000, "districts filled on the map: " + painted(window));

            run(() -> window.model().setWindow(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map.areas.shown() != all);
            WaitForAsyncUtils.waitForFxEvents();
            long april = shown(window, false);
            assertTrue(april < all.counts().total(), "April holds fewer incidents than all dates");
            assertEquals(april, window.map.areas.shown().counts().total(), "the areas follow the time window");

            fire(opened, "menu.view.areas.fatalities");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map.areas.shown().counts().measure() == AreaCounts.Measure.FATALITIES);
            assertEquals(shown(window, true), window.map.areas.shown().counts().total(), "the dead of the incidents shown, each once");
            assertTrue(fx(() -> window.legend.areaTexts()).contains("Dead per district"));

            fire(opened, "menu.view.areas.none");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map.areas.shown() == null);
            assertTrue(fx(() -> window.legend.areaTexts()).isEmpty(), "no area rows without areas");
            assertEquals(0, painted(window), "nothing drawn without areas");

            // the density surface spreads the incidents in view, and follows the window
            assertNull(window.map.density.lastGrid());
            fx(() -> {
                CheckMenuItem density = (CheckMenuItem) item(opened, "menu.view.density");
                density.setSelected(true); // a click selects, then fires
                density.fire();
                return null;
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map.density.lastGrid() != null);
            int aprilPlaces = window.map.density.lastGrid().places();
            assertTrue(aprilPlaces > 0 && aprilPlaces <= window.model().visibleIncidents().cardinality(), "places of April: " + aprilPlaces);
            run(() -> window.model().setWindow(null, null));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.map.density.lastGrid().places() > aprilPlaces);

            // File → Export animation…: the dialog's choices, written as render --animate writes them
            ExportController export = opened.app().exporter();
            Path gif = tmp.resolve("war.gif");
            var task = fx(() -> {
                var d = export.animationDialog(new LocalDate[]{LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 10)});
                var pane = d.getDialogPane();
                ((Spinner<?>) pane.lookup("#animation-frames")).getValueFactory().setValue(cast(4));
                ((CheckBox) pane.lookup("#animation-cumulative")).setSelected(true);
                @SuppressWarnings("unchecked") ComboBox<int[]> size = (ComboBox<int[]>) pane.lookup("#animation-size");
                size.setValue(size.getItems().get(0));
                assertEquals(LocalDate.of(2018, 4, 1), ((DatePicker) pane.lookup("#animation-from")).getValue());
                ExportController.AnimationChoice c = d.getResultConverter().call(ButtonType.OK);
                assertEquals(".gif", c.extension());
                assertEquals(1280, c.settings().width());
                return export.writeAnimation(c.settings(), gif);
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(task::isDone));
            assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, fx(task::getState), String.valueOf(fx(task::getException)));
            WaitForAsyncUtils.waitForFxEvents();
            try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
                ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
                r.setInput(in);
                assertEquals(4, r.getNumImages(true), "one frame per step");
                assertEquals(1280, r.read(0).getWidth());
            }
            String status = fx(() -> window.status.message.getText());
            assertTrue(status.contains("4 frames"), status);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    /** Incidents (or their dead) among the events shown, counted by the export's rule. */
    private static long shown(MainWindow window, boolean dead) throws Exception {
        return fx(() -> {
            IncidentTally t = new IncidentTally(dead);
            long n = 0;
            for (EventPoint p : EventPoint.of(List.copyOf(window.model().shownEvents), window.model().incidentFacts())) n += t.add(p);
            return n;
        });
    }

    /** Pixels the area layer's canvas covers. */
    private static int painted(MainWindow window) throws Exception {
        return fx(() -> {
            WritableImage img = window.map.areas.canvas().snapshot(snapshotParams(), null);
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++)
                for (int x = 0; x < img.getWidth(); x++) if ((img.getPixelReader().getArgb(x, y) >>> 24) > 0) n++;
            return n;
        });
    }

    private static javafx.scene.SnapshotParameters snapshotParams() {
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return p;
    }

    private static void fire(OpenedWindow opened, String id) throws Exception {
        opened.fire(id);
    }

    private static MenuItem item(OpenedWindow opened, String id) {
        return opened.menuItem(id);
    }

    private static void run(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(60, TimeUnit.SECONDS);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }
}
