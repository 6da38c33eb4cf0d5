package org.clashmap.ui;

import javafx.stage.Stage;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.sources.Fixtures;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Watch folder: a saved page copied into the folder shows on the map and in the table without a restart. */
@ExtendWith(ApplicationExtension.class)
class WatchFolderInTheWindowTest {
    @TempDir
    Path tmp;
    private ClashMapApp app;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (app != null) WaitForAsyncUtils.asyncFx(() -> {
            stage.close();
            app.stop();
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aPageCopiedIntoTheWatchedFolderAppearsInTheOpenWindow() throws Exception {
        Path db = tmp.resolve("w.db");
        try (Database d = Database.open(db)) {
            // Not the seeds (the page tells seed 003 again, so it would be kept as a re-post without events of its own).
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(d))
                    .ingestFiles(java.util.List.of(Fixtures.path("feeds/atom.xml")), IngestProgress.NONE, () -> false);
        }
        Path dir = Files.createDirectories(tmp.resolve("drop"));
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            app = new ClashMapApp();
            app.open(stage, db, Locale.ENGLISH, new MemoryPreferences());
            stage.setWidth(1600);
            stage.setHeight(1000);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !app.window().model.incidents.get().events().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> app.watchFolder(dir)).get(10, TimeUnit.SECONDS);
        assertTrue(app.window().status.message.getText().startsWith("Watching " + dir), app.window().status.message.getText());

        Files.copy(Fixtures.path("pages/article.html"), dir.resolve("article.html"));
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.window().model.incidents.get().events().stream()
                    .anyMatch(e -> "article.html".equals(e.fileName())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not shown within 90 s; status: " + app.window().status.message.getText() + "; files: "
                    + app.window().model.incidents.get().events().stream().map(x -> x.fileName()).distinct().toList());
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().status.message.getText().contains("article.html"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().model.shownEvents.stream().anyMatch(e -> "article.html".equals(e.fileName())), "on the map and in the table");
    }
}
