package org.clashmap.ingest;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** Folders of reports: interrupted and resumed, bad files listed, dates from metadata.tsv. */
public class FolderIngestTest {
    @TempDir
    Path tmp;

    /** n copies of the seeds, each a different text, with a metadata.tsv moving the dates. */
    private Path folder(int n) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports/sub"));
        StringBuilder meta = new StringBuilder("file\toutlet\tpublished\tprecision\tbasis\n");
        for (int i = 0; i < n; i++) {
            String name = String.format("r%04d.txt", i);
            Files.writeString(dir.resolve(name), Seeds.text(i % 5) + "\n" + i + "\n");
            meta.append(name).append("\tcopy\t2018-04-").append(String.format("%02d", 1 + i % 28)).append("\tday\ttest\n");
        }
        Files.writeString(dir.resolve("metadata.tsv"), meta);
        return tmp.resolve("reports");
    }

    @Test
    void anIngestCancelledHalfwayAndRerunStoresEachReportExactlyOnce() throws Exception {
        Path reports = folder(120);
        List<Path> files = Ingester.expand(List.of(reports));
        assertEquals(120, files.size(), "the walk finds .txt files in sub-folders and ignores metadata.tsv");
        try (Database db = Database.open(tmp.resolve("f.db"))) {
            EventStore store = new EventStore(db);
            Ingester ingester = new Ingester(new RuleBasedExtractor(Gazetteers.load()), store);
            AtomicInteger seen = new AtomicInteger();
            IngestSummary first = ingester.ingestFiles(files, (done, total, current) -> seen.set(done), () -> seen.get() >= 60);
            assertTrue(first.cancelled());
            long stored = store.counts().get("articles");
            assertTrue(stored >= 60 && stored < 120, "stopped partway: " + stored);
            IngestSummary second = ingester.ingestFiles(files, IngestProgress.NONE, () -> false);
            assertFalse(second.cancelled());
            assertEquals(120, store.counts().get("articles"));
            assertEquals(stored, second.alreadyStored(), "the rerun skips exactly what the first run stored");
            assertEquals(120 - stored, second.added());
            // articles.sha256 is UNIQUE, so 120 rows for 120 different texts means each exactly once.
        }
    }

    @Test
    void aBadFileIsListedAndTheRestAreStoredWithTheirDates() throws Exception {
        Path reports = folder(6);
        Path bad = reports.resolve("sub/broken.txt");
        Files.write(bad, new byte[]{(byte) 0xC3, (byte) 0x28, 'a', 'b'}); // invalid UTF-8
        try (Database db = Database.open(tmp.resolve("g.db"))) {
            EventStore store = new EventStore(db);
            IngestSummary s = new Ingester(new RuleBasedExtractor(Gazetteers.load()), store)
                    .ingestFiles(Ingester.expand(List.of(reports)), IngestProgress.NONE, () -> false);
            assertEquals(6, s.added());
            assertEquals(1, s.problems().size());
            assertTrue(s.problems().get(0).contains("broken.txt") && s.problems().get(0).contains("UTF-8"), s.problems().get(0));
            // Dates come from the folder's metadata.tsv: r0001 was published 2018-04-02.
            assertTrue(store.allEvents().stream().filter(e -> "r0001.txt".equals(e.fileName()) && e.date().isKnown())
                    .allMatch(e -> !e.date().to().isAfter(java.time.LocalDate.of(2018, 4, 2))));
        }
    }
}
