package org.clashmap.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.clashmap.app.DatabaseWorkspace;
import org.clashmap.app.Workspace;
import org.clashmap.export.charts.ChartData;
import org.clashmap.export.charts.ChartSpec;
import org.clashmap.extract.EventType;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.store.Database;
import org.clashmap.store.StoredEvent;
import org.clashmap.ui.charts.ChartWindow;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.time.TimeTableXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View → Charts…: the chart follows the window's filters and timeline, and a bar clicked filters the map (issue 20). */
@ExtendWith(ApplicationExtension.class)
class ChartWindowTest {
    @TempDir
    Path tmp;

    @Test
    void theChartFollowsTheTimelineAndABarClickedFiltersTheMap() throws Exception {
        Path db = tmp.resolve("seeds.db");
        try (Workspace w = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
        }
        try (OpenedWindow opened = OpenedWindow.open(db, 60)) {
            MainWindow window = opened.window();
            WaitForAsyncUtils.asyncFx(() -> {
                MenuBar bar = (MenuBar) opened.stage().getScene().getRoot().lookup(".menu-bar");
                MenuItem charts = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "menu.view.charts".equals(i.getId())).findFirst().orElseThrow();
                charts.fire();
            }).get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.app().charts() != null && opened.app().charts().data() != null);
            ChartWindow chart = opened.app().charts();
            assertEquals(incidentsShown(window), chart.data().total(), "all the incidents the map shows");

            WaitForAsyncUtils.asyncFx(() -> window.model().setWindow(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 6, 30))).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> LocalDate.of(2018, 4, 1).equals(chart.data().spec().from()));
            WaitForAsyncUtils.waitForFxEvents();
            ChartData april = chart.data();
            assertEquals(incidentsShown(window), april.total(), "the chart follows the timeline's window");
            assertTrue(april.xs().size() >= 2 && april.xs().size() <= 3, "April to June by month: " + april.xs());

            // the first bar segment that has incidents: click it on screen
            XYItemEntity bar = null;
            for (Object o : chart.info().getEntityCollection().getEntities()) {
                if (o instanceof XYItemEntity xy && xy.getDataset().getYValue(xy.getSeriesIndex(), xy.getItem()) > 0) {
                    bar = xy;
                    break;
                }
            }
            assertNotNull(bar, "a bar with incidents was drawn");
            TimeTableXYDataset ds = (TimeTableXYDataset) bar.getDataset();
            LocalDate barStart = ds.getTimePeriod(bar.getItem()).getStart().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            EventType barType = EventType.valueOf(april.series().get(bar.getSeriesIndex()));
            ChartEntity hit = bar;
            Bounds onScreen = WaitForAsyncUtils.asyncFx(() -> chart.image().localToScreen(chart.image().getBoundsInLocal())).get(10, TimeUnit.SECONDS);
            double s = chart.scale();
            new FxRobot().clickOn(onScreen.getMinX() + hit.getArea().getBounds2D().getCenterX() * s,
                    onScreen.getMinY() + hit.getArea().getBounds2D().getCenterY() * s);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(barStart, window.model().filter.get().from(), "the map's window starts with the bar's period");
            assertEquals(Set.of(barType), window.model().filter.get().events().types(), "the map keeps the bar's type");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> barStart.equals(chart.data().spec().from()));
            assertEquals(incidentsShown(window), chart.data().total());
            assertEquals(april.values()[april.xs().indexOf(barStart.toString())][bar.getSeriesIndex()], chart.data().drawn(),
                    "the map now shows exactly the clicked bar's incidents");
        }
    }

    /** Incidents among the events the map shows with a place (the seeds tell no incident twice, so one per event). */
    private static long incidentsShown(MainWindow window) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.model().shownEvents.stream().filter(e -> !e.places().isEmpty())
                .map(StoredEvent::id).distinct().count()).get(10, TimeUnit.SECONDS);
    }
}
