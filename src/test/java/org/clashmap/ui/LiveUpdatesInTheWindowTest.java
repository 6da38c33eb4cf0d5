package org.clashmap.ui;

import javafx.stage.Stage;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoreEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A window on a shared PostgreSQL database reloads when another analyst changes it, and says who and when. */
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesInTheWindowTest {
    @TempDir
    Path tmp;

    @Test
    void anotherAnalystsRejectionDisappearsFromTheWindowWithoutReopening() throws Exception {
        try (StoreEngine.Fresh shared = StoreEngine.POSTGRESQL.fresh(tmp); Database other = shared.open()) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(other)).ingestBuiltInSeeds(IngestProgress.NONE);
            ClashMapApp app = new ClashMapApp();
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                Stage s = new Stage();
                app.open(s, shared.address, Locale.ENGLISH, new MemoryPreferences());
                return s;
            }).get(30, TimeUnit.SECONDS);
            try {
                WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !app.window().model.shownEvents.isEmpty());
                WaitForAsyncUtils.waitForFxEvents();
                int shown = app.window().model.shownEvents.size();
                long victim = app.window().model.shownEvents.get(0).id();
                new Reviewer(other, "omar").setReview(victim, ReviewStatus.REJECTED);
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().model.shownEvents.size() == shown - 1);
                assertTrue(app.window().model.shownEvents.stream().noneMatch(e -> e.id() == victim));
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(app.window().status.message.getText().contains("changed the database at"), app.window().status.message.getText());
            } finally {
                WaitForAsyncUtils.asyncFx(() -> {
                    stage.close();
                    app.stop();
                }).get(30, TimeUnit.SECONDS);
            }
        }
    }
}
