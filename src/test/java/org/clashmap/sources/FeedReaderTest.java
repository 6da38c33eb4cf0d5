package org.clashmap.sources;

import org.clashmap.extract.Report;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** RSS and Atom files: each item a report, dated from the feed, its HTML stripped. */
class FeedReaderTest {
    @Test
    void rssItemsAreReportsDatedByPubDate() throws Exception {
        List<SourceItem> items = FeedReader.read(Fixtures.path("feeds/news.rss"));
        assertEquals(2, items.size());
        Report first = items.get(0).report();
        assertEquals(LocalDate.of(2016, 3, 21), first.published());
        assertEquals(OffsetDateTime.parse("2016-03-21T10:15:00+02:00"), first.publishedAt());
        assertEquals("السورية نت - أخبار", first.outlet(), "the channel's title");
        assertEquals("https://www.alsouria.net/content/0", first.link());
        assertTrue(first.text().startsWith("خسائر بشرية لقوات النظام بريف حمص وتكثيف للقصف على تدمر\n\nقالت وكالة"), first.text());
        assertFalse(first.text().contains("<p>") || first.text().contains("bad()") || first.text().contains("img"), "HTML stripped, scripts dropped");
        assertNull(items.get(1).report().published(), "an item without pubDate is undated");
    }

    @Test
    void atomEntriesAreDatedByPublishedBeforeUpdated() throws Exception {
        List<SourceItem> items = FeedReader.read(Fixtures.path("feeds/atom.xml"));
        assertEquals(1, items.size());
        Report r = items.get(0).report();
        assertEquals(LocalDate.of(2018, 4, 25), r.published());
        assertEquals("صدى الشام", r.outlet());
        assertEquals("https://www.sadaalsham.net/archives/12345", r.link());
        assertTrue(r.text().contains("\n\nقُتل وجرح عناصر"), "escaped HTML content, as paragraphs: " + r.text());
    }

    @Test
    void rfc822DatesInTheirCommonForms() {
        assertEquals(LocalDate.of(2018, 4, 25), SourceDates.parse("Wed, 25 Apr 2018 09:12:00 +0300", "t").date());
        assertEquals(LocalDate.of(2018, 4, 25), SourceDates.parse("25 Apr 2018 09:12 GMT", "t").date());
        assertEquals(LocalDate.of(2018, 4, 25), SourceDates.parse("2018-04-25T23:30:00Z", "t").date(), "the day at the source's offset");
        assertEquals(LocalDate.of(2018, 4, 25), SourceDates.parse("2018-04-25T09:12:00+0300", "t").date());
        assertNull(SourceDates.parse("yesterday", "t"));
        assertNull(SourceDates.parse("2018-02-30", "t"));
        assertEquals(LocalDate.of(2018, 6, 10), SourceDates.inUrl("https://x.com/ar/news/2018/06/10/story").date());
        assertEquals(LocalDate.of(2018, 6, 10), SourceDates.inUrl("https://x.com/20180610/story").date());
        assertNull(SourceDates.inUrl("https://x.com/archives/12345"));
    }
}
