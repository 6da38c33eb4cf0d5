package org.clashmap.ui;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.sources.Fixtures;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Watch folder: a saved page copied into the folder shows on the map and in the table without a restart. */
@ExtendWith(ApplicationExtension.class)
class WatchFolderInTheWindowTest {
    @TempDir
    Path tmp;

    @Test
    void aPageCopiedIntoTheWatchedFolderAppearsInTheOpenWindow() throws Exception {
        Path db = tmp.resolve("w.db");
        try (Database d = Database.open(db)) {
            // Not the seeds (the page tells seed 003 again, so it would be kept as a re-post without events of its own).
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(d))
                    .ingestFiles(List.of(Fixtures.path("feeds/atom.xml")), IngestProgress.NONE, () -> false);
        }
        Path dir = Files.createDirectories(tmp.resolve("drop"));
        try (OpenedWindow w = OpenedWindow.open(db)) {
            WaitForAsyncUtils.asyncFx(() -> w.app().watchFolder(dir)).get(10, TimeUnit.SECONDS);
            assertTrue(w.window().status.message.getText().startsWith("Watching " + dir), w.window().status.message.getText());

            Files.copy(Fixtures.path("pages/article.html"), dir.resolve("article.html"));
            try {
                WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> w.window().model.incidents.get().events().stream()
                        .anyMatch(e -> "article.html".equals(e.fileName())));
            } catch (TimeoutException e) {
                throw new AssertionError("not shown within 90 s; status: " + w.window().status.message.getText());
            }
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.window().status.message.getText().contains("article.html"));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(w.window().model.shownEvents.stream().anyMatch(e -> "article.html".equals(e.fileName())), "on the map and in the table");
        }
    }
}
