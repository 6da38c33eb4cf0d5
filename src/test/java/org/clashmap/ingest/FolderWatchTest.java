package org.clashmap.ingest;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.sources.Fixtures;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/** {@code clashmap watch}: a file copied into the watched folder is ingested once it has settled. */
class FolderWatchTest {
    @TempDir
    Path tmp;

    /** Polls until {@code done} holds, at most a minute (a slow shared machine), without asserting any timing. */
    private static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) fail("not within a minute: " + what);
            Thread.sleep(100);
        }
    }

    @Test
    void aFileCopiedIntoTheWatchedFolderIsIngestedAndAnUnchangedOneIsNotReadAgain() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("drop"));
        Files.copy(Fixtures.path("feeds/atom.xml"), dir.resolve("atom.xml")); // there before the watch starts
        try (Database db = Database.open(tmp.resolve("w.db"))) {
            EventStore store = new EventStore(db);
            Ingester ingester = new Ingester(new RuleBasedExtractor(Gazetteers.load()), store);
            List<List<Path>> batches = new CopyOnWriteArrayList<>();
            List<IngestSummary> summaries = new CopyOnWriteArrayList<>();
            try (FolderWatch watch = new FolderWatch(dir, (files, cancelled) -> ingester.ingestFiles(files, IngestProgress.NONE, cancelled),
                    (files, s) -> {
                        batches.add(files);
                        summaries.add(s);
                    }, Duration.ofMillis(300)).start()) {
                await(() -> store.counts().get("articles") == 1, "the file already in the folder");
                Files.createDirectories(dir.resolve("sub"));
                Files.copy(Fixtures.path("pages/article.html"), dir.resolve("sub/article.html"));
                Files.copy(Fixtures.path("pages/url-date.html"), dir.resolve("url-date.html"));
                Files.createDirectories(dir.resolve("url-date_files"));
                Files.copy(Fixtures.path("pages/url-date_files/frame.html"), dir.resolve("url-date_files/frame.html"));
                await(() -> store.counts().get("articles") == 3, "the pages copied in, in a new sub-folder too");
                await(() -> batches.stream().mapToInt(List::size).sum() == 3, "three files, in batches");
                Files.setLastModifiedTime(dir.resolve("atom.xml"), Files.getLastModifiedTime(dir.resolve("atom.xml")));
                Files.copy(Fixtures.path("telegram/result.json"), dir.resolve("result.json"));
                await(() -> store.counts().get("articles") == 13, "a Telegram export dropped in");
            }
            assertTrue(batches.stream().flatMap(List::stream).noneMatch(f -> f.toString().contains("_files")), "a saved page's folder is no report");
            assertEquals(1, batches.stream().flatMap(List::stream).filter(f -> f.getFileName().toString().equals("atom.xml")).count(),
                    "an unchanged file is read once");
            assertTrue(summaries.stream().allMatch(s -> s.problems().isEmpty()), summaries.toString());
        }
    }
}
