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

    /** A menu item of the window by its id (its message key), in menus and sub-menus. */
    javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> items(m.getItems().stream())).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<javafx.scene.control.MenuItem> items(java.util.stream.Stream<javafx.scene.control.MenuItem> s) {
        return s.flatMap(i -> i instanceof javafx.scene.control.Menu m ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), items(m.getItems().stream()))
                : java.util.stream.Stream.of(i));
    }

    /** Fires a menu item that opens no modal dialog, on the FX thread, and waits for what it started. */
    void fire(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> menuItem(id).fire()).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialogs showing now. */
    static java.util.Set<javafx.scene.control.DialogPane> dialogs() {
        java.util.Set<javafx.scene.control.DialogPane> out = new java.util.HashSet<>();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane p) out.add(p);
        }
        return out;
    }

    /** Waits (up to 20 s) for a dialog that {@code which} accepts and returns it. */
    static javafx.scene.control.DialogPane waitForDialog(java.util.function.Predicate<javafx.scene.control.DialogPane> which) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> dialogs().stream().anyMatch(which)).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> dialogs().stream().filter(which).findFirst().orElse(null)).get(30, TimeUnit.SECONDS);
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
