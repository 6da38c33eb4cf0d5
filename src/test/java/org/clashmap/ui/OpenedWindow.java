package org.clashmap.ui;

import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The application opened on a database in a 1600×1000 stage, in English, with preferences kept in memory; closed after the test. */
record OpenedWindow(ClashMapApp app, Stage stage) implements AutoCloseable {
    /** Opens the window and waits (up to 90 s) until it shows the database's incidents. */
    static OpenedWindow open(Path db) throws Exception {
        return open(db, 60);
    }

    /** As above, allowing {@code openSeconds} for the window to be built (a first window in a JVM loads fonts and the basemap). */
    static OpenedWindow open(Path db, int openSeconds) throws Exception {
        return open(db, openSeconds, Locale.ENGLISH);
    }

    /** As above, with the interface in {@code locale}'s language. */
    static OpenedWindow open(Path db, int openSeconds, Locale locale) throws Exception {
        OpenedWindow w = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            ClashMapApp app = new ClashMapApp();
            app.open(stage, db, locale, new MemoryPreferences());
            stage.setWidth(1600);
            stage.setHeight(1000);
            return new OpenedWindow(app, stage);
        }).get(openSeconds, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !w.window().model.incidents.get().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    MainWindow window() {
        return app.window();
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.close();
            app.stop();
        }).get(30, TimeUnit.SECONDS);
    }
}
