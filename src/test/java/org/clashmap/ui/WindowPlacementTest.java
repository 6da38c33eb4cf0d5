package org.clashmap.ui;

import javafx.stage.Stage;
import org.clashmap.ui.settings.WindowPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The window reopens at the size and place the analyst left it (kept in the preferences), on the seeds database. */
@ExtendWith(ApplicationExtension.class)
public class WindowPlacementTest {
    @TempDir
    Path tmp;

    private Stage open(ClashMapApp app, MemoryPreferences prefs) throws Exception {
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            app.open(stage[0], tmp.resolve("w.db"), Locale.ENGLISH, prefs);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return stage[0];
    }

    private static void close(ClashMapApp app, Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.close();
            app.stop();
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void theWindowReopensWhereItWasLeft() throws Exception {
        MemoryPreferences prefs = new MemoryPreferences();
        assertNull(WindowPlacement.load(prefs), "nothing saved yet");
        ClashMapApp first = new ClashMapApp();
        Stage s = open(first, prefs);
        assertEquals(WindowPlacement.DEFAULT_WIDTH, s.getScene().getWidth(), 1, "first start: the default size");
        WaitForAsyncUtils.asyncFx(() -> {
            s.setX(40);
            s.setY(30);
            s.setWidth(1100);
            s.setHeight(720);
        }).get(10, TimeUnit.SECONDS);
        close(first, s);

        ClashMapApp second = new ClashMapApp();
        Stage again = open(second, prefs);
        assertEquals(1100, again.getWidth(), 1);
        assertEquals(720, again.getHeight(), 1);
        assertEquals(40, again.getX(), 1);
        assertEquals(30, again.getY(), 1);
        close(second, again);
    }

    @Test
    void mustNotFire_aPlaceNoScreenShowsIsIgnored() {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.putDouble("window.x", -50_000);
        prefs.putDouble("window.y", -50_000);
        prefs.putDouble("window.width", 900);
        prefs.putDouble("window.height", 600);
        WindowPlacement p = WindowPlacement.load(prefs);
        Stage[] st = new Stage[1];
        boolean[] applied = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> {
            st[0] = new Stage();
            applied[0] = p.applyTo(st[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, applied[0], "a detached monitor's place is not restored");
        prefs.putDouble("window.width", 50);
        assertNull(WindowPlacement.load(prefs), "a collapsed size is not restored");
    }
}
