package org.clashmap.ingest;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.sources.Fixtures;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReportStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Pages, Telegram exports and feeds through the ingest: dates, outlets, links, edits, undated counts, broken files. */
class SourcesIngestTest {
    @TempDir
    Path tmp;

    private static RuleBasedExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new RuleBasedExtractor(Gazetteers.load());
    }

    /** The fixtures' folders copied, so a test may add to them. */
    private Path copy(String... rels) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("in"));
        for (String rel : rels) {
            Path from = Fixtures.path(rel);
            try (Stream<Path> s = Files.walk(from)) {
                for (Path f : s.toList()) {
                    Path to = root.resolve(rel).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(to);
                    else Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root;
    }

    @Test
    void aFolderOfEveryKindIngestsWithDatesOutletsAndLinks() throws Exception {
        Path in = copy("pages", "feeds", "telegram");
        List<Path> files = Ingester.expand(List.of(in));
        assertEquals(List.of("atom.xml", "news.rss", "article.html", "cp1256.htm", "url-date.html", "wrong-charset.html", "result.json"),
                files.stream().map(f -> f.getFileName().toString()).toList(), "every kind found; the page's _files folder is left out");
        try (Database db = Database.open(tmp.resolve("s.db"))) {
            EventStore store = new EventStore(db);
            IngestSummary s = new Ingester(extractor, store).ingestPaths(List.of(in), IngestProgress.NONE, () -> false);
            assertEquals(List.of(), s.problems());
            // 4 pages + 3 feed items + 11 messages, one of them a forward of a message stored already.
            assertEquals(17, s.added());
            assertEquals(1, s.alreadyStored(), "the forward of a stored message is not stored twice");
            assertEquals(1, s.undated(), "the feed item without pubDate, and only it");
            assertNotNull(s.undatedWarning());
            assertTrue(s.undatedWarning().contains("clashmap reports date"), s.undatedWarning());

            Map<String, ReportStore.StoredReport> byFile = new ReportStore(db).reports().stream()
                    .collect(Collectors.toMap(ReportStore.StoredReport::fileName, r -> r));
            assertEquals(LocalDate.of(2016, 3, 21), byFile.get("article.html").published());
            assertEquals("2016-03-21T10:15+02:00", byFile.get("article.html").publishedAt());
            assertEquals("السورية نت", byFile.get("article.html").outlet());
            assertEquals(LocalDate.of(2018, 4, 25), byFile.get("cp1256.htm").published());
            assertEquals(LocalDate.of(2018, 6, 10), byFile.get("url-date.html").published());
            assertEquals(LocalDate.of(2023, 11, 14), byFile.get("wrong-charset.html").published());
            ReportStore.StoredReport msg = byFile.get("السورية نت #2");
            assertEquals("https://t.me/c/1012345678/2", msg.link());
            assertEquals("2016-03-21T10:00+02:00", msg.publishedAt(), "the message's exact time");
            assertEquals("صدى الشام", byFile.get("السورية نت #13").outlet(), "a forward from another channel is that channel's report");
            assertNull(byFile.get("news.rss #2").published());

            // No undated event where the source had a date.
            for (StoredEvent e : store.allEvents()) {
                ReportStore.StoredReport r = new ReportStore(db).report(e.articleId());
                if (r.published() != null) assertNotNull(e.date().from(), e.fileName() + ": " + e.sentence());
            }
            assertTrue(store.allEvents().stream().anyMatch(e -> e.fileName().equals("cp1256.htm")), "the windows-1256 page's events are found");
        }
    }

    @Test
    void anEditedMessageUpdatesItsReportAndTheAnalystsReviewSurvives() throws Exception {
        try (Database db = Database.open(tmp.resolve("e.db"))) {
            EventStore store = new EventStore(db);
            Ingester ingester = new Ingester(extractor, store);
            ingester.ingestPaths(List.of(Fixtures.path("telegram")), IngestProgress.NONE, () -> false);
            long articles = store.counts().get("articles");
            ReportStore.StoredReport msg = new ReportStore(db).reports().stream().filter(r -> r.fileName().equals("السورية نت #2")).findFirst().orElseThrow();
            StoredEvent event = store.allEvents().stream().filter(e -> e.articleId() == msg.id()).findFirst().orElseThrow();
            new Reviewer(db, "analyst").setReview(event.id(), ReviewStatus.CONFIRMED);

            IngestSummary s = ingester.ingestPaths(List.of(Fixtures.path("telegram-edited")), IngestProgress.NONE, () -> false);
            assertEquals(1, s.updated());
            assertEquals(0, s.added());
            assertEquals(articles, store.counts().get("articles"), "updated, not added");
            assertTrue(store.articleText(msg.id()).contains("26 جندياً"), "the edited text");
            StoredEvent after = store.event(event.id());
            assertNotNull(after, "the event keeps its row");
            assertEquals(ReviewStatus.CONFIRMED, after.review(), "the analyst's review survives the edit");

            // The older export read again changes nothing: the edit stays.
            IngestSummary again = ingester.ingestPaths(List.of(Fixtures.path("telegram")), IngestProgress.NONE, () -> false);
            assertEquals(0, again.updated());
            assertEquals(0, again.added(), "the text before the edit (and the forward made of it) is the stored report's earlier version");
            assertEquals(articles, store.counts().get("articles"));
            assertTrue(store.articleText(msg.id()).contains("26 جندياً"));
            assertEquals(0, ingester.ingestPaths(List.of(Fixtures.path("telegram-edited")), IngestProgress.NONE, () -> false).updated(),
                    "the same edit twice is one update");
        }
    }

    @Test
    void brokenFilesAreNamedAndNothingStoredIsLost() throws Exception {
        try (Database db = Database.open(tmp.resolve("b.db"))) {
            EventStore store = new EventStore(db);
            Ingester ingester = new Ingester(extractor, store);
            ingester.ingestPaths(List.of(Fixtures.path("pages")), IngestProgress.NONE, () -> false);
            long before = store.counts().get("articles");
            long eventsBefore = store.counts().get("events");
            Path broken = Fixtures.path("broken");
            IngestSummary s = ingester.ingestPaths(List.of(broken), IngestProgress.NONE, () -> false);
            assertEquals(2, s.problems().size(), s.problems().toString());
            assertTrue(s.problems().stream().anyMatch(p -> p.startsWith(broken.resolve("front-page.html") + ": no article found")), s.problems().toString());
            assertTrue(s.problems().stream().anyMatch(p -> p.startsWith(broken.resolve("truncated/result.json") + ": the export is cut short")),
                    s.problems().toString());
            assertTrue(s.added() > 0, "the messages before the break are stored");
            assertEquals(before + s.added(), store.counts().get("articles"), "nothing stored before was lost");
            assertTrue(store.counts().get("events") >= eventsBefore);
        }
    }

    @Test
    void hostileSourceFilesAreRefusedOneLineEachNamingTheFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("hostile"));
        Files.write(dir.resolve("binary.html"), new byte[] {0x00, 0x01, (byte) 0xFF, (byte) 0xFE, 0x00, 0x7F, 0x10});
        Files.writeString(dir.resolve("empty.htm"), "");
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/result.json"), "");
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/result.json"), "{\"name\":\"x\",\"messages\":[1,2]}");
        Files.writeString(dir.resolve("no-items.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        Files.writeString(dir.resolve("deep.json"), "{\"messages\":[" + "[".repeat(5000) + "]".repeat(5000) + "]}");
        try (Database db = Database.open(tmp.resolve("h.db"))) {
            EventStore store = new EventStore(db);
            IngestSummary s = new Ingester(extractor, store).ingestPaths(List.of(dir), IngestProgress.NONE, () -> false);
            assertEquals(0, s.added());
            assertEquals(6, s.problems().size(), String.join("\n", s.problems()));
            for (String name : new String[] {"binary.html", "empty.htm", "a/result.json", "b/result.json", "no-items.rss", "deep.json"}) {
                assertTrue(s.problems().stream().anyMatch(p -> p.startsWith(dir.resolve(name) + ": ")), name + " in " + s.problems());
            }
            assertTrue(s.problems().stream().noneMatch(p -> p.contains("Exception")), "messages, not stack traces: " + s.problems());
            assertEquals(0L, store.counts().get("articles"));
        }
    }

    @Test
    void aLargeExportReportsProgressPerMessageAndCancelKeepsWhatWasStored() throws Exception {
        Path f = tmp.resolve("big/result.json");
        Files.createDirectories(f.getParent());
        StringBuilder sb = new StringBuilder("{\"name\":\"Big\",\"type\":\"public_channel\",\"id\":5,\"messages\":[");
        for (int i = 1; i <= 400; i++) {
            if (i > 1) sb.append(',');
            sb.append("{\"id\":").append(i).append(",\"type\":\"message\",\"date_unixtime\":\"").append(1524636000L + i * 60)
                    .append("\",\"date\":\"2018-04-25T09:00:00\",\"text\":\"قتل ").append(i).append(" مدنياً في قصف على بلدة كفرنبل بريف إدلب\"}");
        }
        Files.writeString(f, sb.append("]}"));
        try (Database db = Database.open(tmp.resolve("c.db"))) {
            EventStore store = new EventStore(db);
            AtomicInteger done = new AtomicInteger();
            AtomicInteger total = new AtomicInteger();
            IngestSummary s = new Ingester(extractor, store).ingestFiles(List.of(f), (d, t, current) -> {
                done.set(d);
                total.set(t);
            }, () -> done.get() >= 100);
            assertTrue(s.cancelled());
            assertEquals(400, total.get(), "progress counts messages, not files");
            long kept = store.counts().get("articles");
            assertTrue(kept >= 100 && kept < 400, "stopped partway: " + kept);
            IngestSummary rest = new Ingester(extractor, store).ingestFiles(List.of(f), IngestProgress.NONE, () -> false);
            assertEquals(kept, rest.alreadyStored());
            assertEquals(400, store.counts().get("articles"));
        }
    }
}
