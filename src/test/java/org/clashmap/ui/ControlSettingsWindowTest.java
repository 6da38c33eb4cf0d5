package org.clashmap.ui;

import org.clashmap.ui.settings.ControlSettings;
import org.clashmap.ui.settings.ControlSettingsDialog;

import org.clashmap.ui.ClashMapApp;
import org.clashmap.ui.MainWindow;
import org.clashmap.ui.MemoryPreferences;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.clashmap.geo.render.ControlPalette;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.FrontLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 7, in the window: the analyst opens View > Control settings…, sets the front reach to 60 km
 * and gives ISIS another colour; the April 2018 front between ISIS-held Humaymah and the regime's places
 * around al-Sukhnah and T3 (~97 km of desert, no line at the default 30 km) appears, and the legend and
 * the map draw ISIS in the new colour. The seeds are ingested into a temporary database, the settings
 * go to a throwaway preferences node.
 */
@ExtendWith(ApplicationExtension.class)
public class ControlSettingsWindowTest {
    private static final LocalDate APRIL_25 = LocalDate.of(2018, 4, 25);
    private static final Color MAGENTA = Color.rgb(255, 0, 255);
    @TempDir
    Path tmp;
    private ClashMapApp app;
    private Stage stage;
    private final MemoryPreferences prefs = new MemoryPreferences();

    @AfterEach
    void close() throws Exception {
        if (app != null) WaitForAsyncUtils.asyncFx(() -> {
            stage.close();
            app.stop();
        }).get(10, TimeUnit.SECONDS);
        ControlPalette.setOverrides(Map.of());
    }

    private MainWindow openApp(Path db) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            app = new ClashMapApp();
            app.open(stage, db, Locale.ENGLISH, prefs);
            stage.setWidth(1600);
            stage.setHeight(1000);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !app.window().model.incidents.get().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return app.window();
    }

    private static boolean isisRegime(FrontLine l) {
        return Set.of(l.sideA(), l.sideB()).equals(Set.of("isis", "regime"));
    }

    private static ControlSnapshot.Dot humaymah(ControlSnapshot s) {
        return s.dots().stream().filter(d -> "cur:humaymah".equals(d.placeKey())).findFirst().orElse(null);
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A pixel of a canvas as painted (snapshots are taken on the FX thread). */
    private static Color pixel(FxRobot robot, Canvas c, double x, double y) {
        Color[] out = new Color[1];
        robot.interact(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            out[0] = c.snapshot(p, null).getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
        });
        return out[0];
    }

    private static void assertColour(Color expected, Color actual, String what) {
        assertEquals(expected.getRed(), actual.getRed(), 0.08, what + ": " + actual);
        assertEquals(expected.getGreen(), actual.getGreen(), 0.08, what + ": " + actual);
        assertEquals(expected.getBlue(), actual.getBlue(), 0.08, what + ": " + actual);
    }

    @Test
    void aSixtyKmReachDrawsTheBadiaFrontAndANewIsisColourShowsInTheLegendAndOnTheMap(FxRobot robot) throws Exception {
        MainWindow w = openApp(tmp.resolve("s.db"));
        fx(() -> w.model.setWindow(LocalDate.of(2018, 4, 1), APRIL_25));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> humaymah(w.map.control.snapshot()) != null);
        ControlSnapshot before = w.map.control.snapshot();
        assertEquals(APRIL_25, before.date());
        assertEquals("isis", humaymah(before).controller());
        assertTrue(before.lines().stream().noneMatch(ControlSettingsWindowTest::isisRegime), "30 km: no line across the desert " + before.lines());
        assertColour(ControlSettingsDialog.colour(ControlPalette.defaultArgb("isis")),
                pixel(robot, robot.lookup("#legend-side-isis").queryAs(Canvas.class), 8, 8), "the legend's ISIS swatch before");

        // View > Control settings…
        robot.clickOn("View");
        robot.clickOn("Control settings…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30", robot.lookup("#settings-reach").queryAs(TextField.class).getText());
        type(robot, "#settings-reach", "60");
        robot.interact(() -> robot.lookup("#settings-colour-isis").queryAs(ColorPicker.class).setValue(MAGENTA));
        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.map.control.snapshot().lines().stream().anyMatch(ControlSettingsWindowTest::isisRegime));
        ControlSnapshot after = w.map.control.snapshot();
        assertEquals(APRIL_25, after.date());
        assertEquals(1, after.lines().stream().filter(ControlSettingsWindowTest::isisRegime).count(), after.lines()::toString);
        assertEquals(60, app.workspace().controlOptions().frontDistanceKm(), "exports from the window use the same options");
        assertEquals(0xFFFF00FF, ControlPalette.argb("isis"));
        assertTrue(w.status.message.getText().startsWith("Control map: front reach 60 km"), w.status.message.getText());

        // the legend: ISIS in magenta, and the (tentative) front line listed
        WaitForAsyncUtils.waitForFxEvents();
        assertColour(MAGENTA, pixel(robot, robot.lookup("#legend-side-isis").queryAs(Canvas.class), 8, 8), "the legend's ISIS swatch");
        assertTrue(robot.lookup("#legend-control .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Tentative front line (few claims)") || l.getText().equals("Front line")));

        // the map: Humaymah's dot (contested: left half the holder) in magenta
        ControlSnapshot.Dot h = humaymah(after);
        fx(() -> {
            w.map.zoomTo(8);
            w.map.centreOn(h.lat(), h.lon());
        });
        fx(() -> w.map.control.layoutLayer());
        var vp = w.map.control.viewport();
        double x = vp.screenX(h.worldX()), y = vp.screenY(h.worldY());
        Canvas canvas = w.map.control.canvas();
        int[] drawn = new int[1];
        robot.interact(() -> drawn[0] = w.map.control.linesDrawn());
        assertTrue(drawn[0] >= 1, "the front line is drawn");
        assertColour(MAGENTA, pixel(robot, canvas, x - 3, y), "Humaymah's dot");

        // saved: a restart gets the same settings
        ControlSettings saved = ControlSettings.load(prefs);
        assertEquals(60, saved.options().frontDistanceKm());
        assertEquals(Map.of("isis", 0xFFFF00FF), saved.colours());
    }

    @Test
    void savedSettingsApplyWhenTheWindowOpens() throws Exception {
        new ControlSettings(org.clashmap.geo.control.ControlOptions.DEFAULTS.withFrontDistanceKm(60), Map.of("regime", 0x00FF00)).save(prefs);
        MainWindow w = openApp(tmp.resolve("t.db"));
        assertEquals(60, app.workspace().controlOptions().frontDistanceKm());
        assertEquals(0xFF00FF00, ControlPalette.argb("regime"));
        fx(() -> w.model.setWindow(LocalDate.of(2018, 4, 1), APRIL_25));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.map.control.snapshot().lines().stream().anyMatch(ControlSettingsWindowTest::isisRegime));
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
