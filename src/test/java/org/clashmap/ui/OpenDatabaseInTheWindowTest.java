package org.clashmap.ui;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.DatabaseAddress;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** File → Open database…: the window moves to another database, and stays on its own when the other is refused. */
@ExtendWith(ApplicationExtension.class)
class OpenDatabaseInTheWindowTest {
    @TempDir
    Path tmp;

    @Test
    void theWindowShowsTheDatabaseOpenedAndKeepsItsOwnWhenOneIsRefused() throws Exception {
        Path seeds = tmp.resolve("seeds.db");
        Path pages = tmp.resolve("pages.db");
        long pageEvents;
        try (Database db = Database.open(pages)) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db))
                    .ingestPaths(List.of(Path.of("src/test/resources/sources/pages")), IngestProgress.NONE, () -> false);
            pageEvents = new EventStore(db).counts().get("events");
        }
        Path foreign = Files.writeString(tmp.resolve("notes.db"), "not a database");
        try (OpenedWindow w = OpenedWindow.open(seeds)) {
            int seedEvents = w.window().model.incidents.get().events().size();
            assertNotEquals(seedEvents, (int) pageEvents, "the two databases must be told apart");
            assertTrue(WaitForAsyncUtils.asyncFx(() -> w.app().switchDatabase(DatabaseAddress.sqlite(pages))).get(10, TimeUnit.SECONDS));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.window().model.incidents.get().events().size() == pageEvents);
            assertEquals(pageEvents, w.app().workspace().eventCount());

            assertFalse(WaitForAsyncUtils.asyncFx(() -> w.app().switchDatabase(DatabaseAddress.sqlite(foreign))).get(10, TimeUnit.SECONDS));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(w.window().status.message.getText().contains("is not a SQLite database"), w.window().status.message.getText());
            assertEquals(pageEvents, w.app().workspace().eventCount(), "still on the pages database, and it still answers");
            assertEquals(pageEvents, w.window().model.incidents.get().events().size());
        }
    }
}
