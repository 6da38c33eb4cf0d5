package org.clashmap.ui;

import org.clashmap.ui.map.AppServices;
import org.clashmap.ui.map.MapPane;

import com.gluonhq.maps.MapPoint;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.geometry.VerticalDirection;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
public class MainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AppServices.initTiles();
        ResourceBundle text = ResourceBundle.getBundle("ui.messages", Locale.ENGLISH);
        window = new MainWindow(text, new NoActions());
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    /** Syria's outline box corners (degrees): west, south, east, north. */
    private static double[] syria() {
        org.locationtech.jts.geom.Envelope e = AppServices.syriaWorld();
        return new double[]{org.clashmap.geo.WebMercator.lon(e.getMinX()), org.clashmap.geo.WebMercator.lat(e.getMaxY()),
                org.clashmap.geo.WebMercator.lon(e.getMaxX()), org.clashmap.geo.WebMercator.lat(e.getMinY())};
    }

    private void assertShowsAllOfSyria() {
        double[] b = syria();
        assertTrue(window.map.shows(b[3], b[0]) && window.map.shows(b[1], b[2]),
                "Syria's north-west and south-east corners are in the map at zoom " + window.map.zoom());
    }

    @Test
    void opensShowingAllOfSyria(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertShowsAllOfSyria();
        // and no more than needed: a quarter level closer would cut some of it off
        assertTrue(window.map.zoom() >= 6, "fills the window, zoom " + window.map.zoom());
        assertNotNull(robot.lookup("#attribution").query());
        assertTrue(robot.lookup("#status-message").queryLabeled().getText().contains("Ready"));
    }

    @Test
    void homeFitsSyriaInTheWindowAsItIsSizedNow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double before = window.map.zoom();
        javafx.stage.Window stage = window.getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#map-view").type(KeyCode.MINUS).type(KeyCode.RIGHT).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertShowsAllOfSyria();
        assertTrue(window.map.zoom() > before, "a larger window shows Syria larger: " + before + " -> " + window.map.zoom());
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theLegendSitsAboveTheAttributionAndItsTitleCollapsesAndMovesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds legend = window.legend.localToScene(window.legend.getBoundsInLocal());
        javafx.geometry.Bounds attribution = robot.lookup("#attribution").query().localToScene(robot.lookup("#attribution").query().getBoundsInLocal());
        assertTrue(legend.getMaxY() <= attribution.getMinY() + 1 || legend.getMaxX() <= attribution.getMinX() + 1,
                "the legend leaves the attribution readable: " + legend + " vs " + attribution);
        if (window.legend.isCollapsed()) robot.clickOn("#legend-header"); // folded at Home in this small window
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.legend.isCollapsed());
        double fullHeight = window.legend.getHeight();
        robot.clickOn("#legend-header");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.legend.isCollapsed());
        assertTrue(window.legend.getHeight() < fullHeight / 2, "collapsed to its title: " + window.legend.getHeight());
        robot.drag("#legend-header", MouseButton.PRIMARY).dropBy(-150, -40);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.legend.getTranslateX() < -100, "moved left by its title: " + window.legend.getTranslateX());
        assertTrue(window.legend.isCollapsed(), "a drag does not toggle it");
        robot.clickOn("#legend-header");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.legend.isCollapsed());
    }

    @Test
    void atHomeTheLegendHidesNoPartOfSyria(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // 1000×700: the open legend, bottom right, would lie over the Syrian desert, so the first view folds it
        assertTrue(window.legend.isCollapsed(), "folded in the first view of a small window");
        robot.clickOn("#legend-header");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.legend.isCollapsed());
        assertTrue(window.legendCoversSyria(), "open, it covers part of Syria here");
        robot.clickOn("#map-view").type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.legend.isCollapsed(), "Home folds it again");
        assertFalse(window.legendCoversSyria(), "folded to its title it leaves Syria in view");
    }

    @Test
    void zoomingOutStopsWhereTheDrawnRegionFillsTheMap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double home = window.map.zoom();
        robot.clickOn("#map-view");
        for (int i = 0; i < 12; i++) robot.type(KeyCode.MINUS);
        robot.moveTo("#map-view").moveBy(-150, 60);
        for (int i = 0; i < 12; i++) robot.scroll(VerticalDirection.UP); // the wheel turned back, away from the corner
        WaitForAsyncUtils.waitForFxEvents();
        double min = window.map.minZoom();
        assertEquals(min, window.map.zoom(), 1e-6, "stopped at the least zoom");
        assertTrue(min > 4.5 && min < home, "a little further out than Home (" + home + "), not the whole world: " + min);
        // every corner of the map on the basemap's drawn region: no no-data sand
        org.locationtech.jts.geom.Envelope drawn = org.clashmap.geo.basemap.BasemapData.DRAWN_DEGREES;
        double w = window.map.getWidth(), h = window.map.getHeight();
        for (double[] c : new double[][]{{0, 0}, {w, 0}, {0, h}, {w, h}}) {
            MapPoint p = window.map.viewport.positionAt(c[0], c[1]);
            assertTrue(drawn.covers(p.getLongitude(), p.getLatitude()) || drawn.distance(
                    new org.locationtech.jts.geom.Envelope(p.getLongitude(), p.getLongitude(), p.getLatitude(), p.getLatitude())) < 0.05,
                    "corner " + java.util.Arrays.toString(c) + " at " + p.getLatitude() + ", " + p.getLongitude() + " is drawn");
        }
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(home, window.map.zoom(), 1e-6);
    }

    @Test
    void draggingTheMapRightMovesTheCentreWest(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MapPoint before = window.map.center();
        double zoomBefore = window.map.zoom();
        robot.drag("#map-view", MouseButton.PRIMARY).dropBy(200, 0);
        WaitForAsyncUtils.waitForFxEvents();
        MapPoint after = window.map.center();
        assertTrue(after.getLongitude() < before.getLongitude() - 0.5,
                "centre should move west: " + before.getLongitude() + " -> " + after.getLongitude());
        assertEquals(before.getLatitude(), after.getLatitude(), 0.2);
        assertEquals(zoomBefore, window.map.zoom(), 1e-9, "a drag does not zoom");
    }

    @Test
    void wheelZoomsInWhenTurnedAwayAndOutWhenTurnedBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // Headless Monocle inverts the robot's wheel direction (TestFX#658, Monocle PR #95), so the
        // assertion follows the event JavaFX delivered: positive deltaY (wheel away) zooms in.
        double[] lastDelta = new double[1];
        window.map.mapView.addEventFilter(ScrollEvent.SCROLL, e -> lastDelta[0] = e.getDeltaY());
        // a level in from Home, so three notches either way stay above the least zoom (a quarter level past Home here)
        WaitForAsyncUtils.asyncFx(() -> window.map.zoomTo(window.map.zoom() + 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#map-view");
        double before = window.map.zoom();
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double change = window.map.zoom() - before;
        assertEquals(0.75, Math.abs(change), 1e-9, "three notches, a quarter level each");
        assertEquals(Math.signum(lastDelta[0]), Math.signum(change), "deltaY " + lastDelta[0] + " gave " + change);
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.map.zoom(), 1e-9, "turning back restores the zoom");
        // Zooming at the centre of the view keeps Syria in the middle.
        assertEquals(org.clashmap.geo.WebMercator.lon(AppServices.syriaWorld().centre().x), window.map.center().getLongitude(), 0.5);
    }

    @Test
    void keyboardPansAndZoomsAndHomeReturns(FxRobot robot) {
        robot.clickOn("#map-view");
        double z = window.map.zoom(), lon = window.map.center().getLongitude();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map.center().getLongitude() > lon + 0.3);
        robot.type(KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(z + 0.5, window.map.zoom(), 1e-9);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(z, window.map.zoom(), 1e-9);
        assertEquals(lon, window.map.center().getLongitude(), 0.05);
        assertShowsAllOfSyria();
    }

    @Test
    void movingTheMouseShowsDegreesAndMgrs(FxRobot robot) {
        robot.moveTo("#map-view").moveBy(5, 5);
        WaitForAsyncUtils.waitForFxEvents();
        String pos = robot.lookup("#cursor-position").queryLabeled().getText();
        String mgrs = robot.lookup("#cursor-mgrs").queryLabeled().getText();
        assertTrue(pos.matches("3\\d\\.\\d{5}, 3\\d\\.\\d{5}"), pos);
        assertTrue(mgrs.startsWith("MGRS 37S"), mgrs);
    }

    @Test
    void theViewMenuReadsArabicFirstInItsEnglishLabel(FxRobot robot) {
        robot.clickOn("View");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text label = robot.lookup(n -> n instanceof javafx.scene.text.Text t && t.getText().contains("(Arabic)"))
                .query();
        String s = label.getText();
        javafx.geometry.Bounds b = label.getLayoutBounds();
        // the character drawn at the label's left edge: in a left-to-right paragraph the Arabic word comes first,
        // laid out as "العربية (Arabic)"; read right to left it would be "(Arabic) العربية", with the bracket at the left
        int left = label.hitTest(new javafx.geometry.Point2D(b.getMinX() + 2, b.getCenterY())).getCharIndex();
        int right = label.hitTest(new javafx.geometry.Point2D(b.getMaxX() - 2, b.getCenterY())).getCharIndex();
        robot.type(KeyCode.ESCAPE);
        assertTrue(left < s.indexOf('('), "an Arabic letter at the left, not '(': index " + left + " of " + s);
        assertEquals(s.indexOf(')'), right, "the closing bracket at the right: " + s);
    }

    private static final class NoActions implements MenuActions {
        public void quit() { }
        public void showAbout() { }
        public void showShortcuts() { }
        public void zoomHome() { }
    }
}
