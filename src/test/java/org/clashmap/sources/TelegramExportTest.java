package org.clashmap.sources;

import org.clashmap.extract.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Telegram Desktop channel exports: one report per message with text, exact time, outlet, link back; streamed. */
class TelegramExportTest {
    @TempDir
    Path tmp;

    private static List<SourceItem> all(Path f) throws Exception {
        List<SourceItem> out = new ArrayList<>();
        try (TelegramExport x = new TelegramExport(f)) {
            x.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void eachMessageWithTextIsAReportWithItsTimeOutletAndLink() throws Exception {
        List<SourceItem> items = all(Fixtures.path("telegram/result.json"));
        assertTrue(items.stream().allMatch(i -> i.problem() == null));
        // 13 messages: a service message and a photo without caption are no reports.
        assertEquals(13, TelegramExport.count(Fixtures.path("telegram/result.json")));
        assertEquals(11, items.size());
        Report first = items.get(0).report();
        assertTrue(first.text().startsWith("قالت وكالة \"أعماق\""), first.text());
        assertEquals(Instant.ofEpochSecond(1458547200L), first.publishedAt().toInstant(), "date_unixtime, to the second");
        assertEquals(LocalDate.of(2016, 3, 21), first.published(), "Syria's day of the message");
        assertEquals("السورية نت", first.outlet());
        assertEquals("https://t.me/c/1012345678/2", first.link());
        assertEquals("السورية نت #2", first.source());
        assertTrue(items.get(0).keyed());
        assertNull(items.get(0).editedAt());
    }

    @Test
    void textAsAnArrayOfStringsAndEntitiesIsJoined() throws Exception {
        Report second = all(Fixtures.path("telegram/result.json")).get(1).report();
        assertTrue(second.text().startsWith("ويأتي هذا فيما"), "the bold entity's text leads: " + second.text());
        assertTrue(second.text().endsWith(" #حمص https://alsouria.net/x"), "hashtag and link entities keep their text");
        assertFalse(second.text().contains("\"type\""), "no JSON in the text");
    }

    @Test
    void aForwardNamesTheChannelItCameFromAndAnEditCarriesItsTime() throws Exception {
        List<SourceItem> items = all(Fixtures.path("telegram-edited/result.json"));
        Report last = items.get(items.size() - 1).report();
        assertEquals("صدى الشام", last.outlet(), "forwarded_from");
        SourceItem edited = items.get(0);
        assertTrue(edited.report().text().contains("26 جندياً"));
        assertEquals(Instant.ofEpochSecond(1458547200L + 6 * 3600), edited.editedAt().toInstant());
    }

    @Test
    void aChannelUsernameGivesPublicLinks() throws Exception {
        Path f = tmp.resolve("result.json");
        Files.writeString(f, "{\"name\":\"Channel\",\"type\":\"public_channel\",\"id\":99,\"username\":\"@somechannel\",\"messages\":["
                + "{\"id\":7,\"type\":\"message\",\"date\":\"2018-04-25T09:00:00\",\"text\":\"قصف على بلدة\"}]}");
        SourceItem only = all(f).get(0);
        assertEquals("https://t.me/somechannel/7", only.report().link());
        assertEquals(LocalDate.of(2018, 4, 25), only.report().published(), "an old export without date_unixtime");
    }

    @Test
    void aTruncatedExportGivesTheMessagesBeforeTheBreakThenAProblemNamingTheFile() throws Exception {
        Path f = Fixtures.path("broken/truncated/result.json");
        List<SourceItem> items = all(f);
        SourceItem last = items.get(items.size() - 1);
        assertNotNull(last.problem());
        assertTrue(last.problem().startsWith(f + ": the export is cut short at line "), last.problem());
        assertTrue(items.size() > 3 && items.subList(0, items.size() - 1).stream().allMatch(i -> i.report() != null));
        assertTrue(last.problem().contains("the " + (items.size() - 1 + 1) + " messages before it were read")
                || last.problem().contains("messages before it were read"), last.problem());
    }

    @Test
    void notAnExportIsSaidSo() throws Exception {
        Path f = tmp.resolve("result.json");
        Files.writeString(f, "[1, 2, 3]");
        assertThrows(SourceException.class, () -> new TelegramExport(f));
        Files.writeString(f, "{\"name\": \"x\"}");
        List<SourceItem> items = all(f);
        assertEquals(1, items.size());
        assertTrue(items.get(0).problem().contains("no \"messages\" list"), items.get(0).problem());
    }

    @Test
    void fiftyThousandMessagesStreamOneAtATime() throws Exception {
        Path f = tmp.resolve("big/result.json");
        Files.createDirectories(f.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("{\"name\":\"Big\",\"type\":\"public_channel\",\"id\":5,\"messages\":[");
            for (int i = 1; i <= 50_000; i++) {
                if (i > 1) w.write(',');
                w.write("{\"id\":" + i + ",\"type\":\"message\",\"date\":\"2018-04-25T09:00:00\",\"date_unixtime\":\"" + (1524636000L + i)
                        + "\",\"text\":[\"قصف على بلدة \",{\"type\":\"bold\",\"text\":\"" + i + "\"}]}");
            }
            w.write("]}");
        }
        assertEquals(50_000, TelegramExport.count(f));
        int n = 0;
        String lastText = null;
        try (TelegramExport x = new TelegramExport(f)) {
            while (x.hasNext()) {
                lastText = x.next().report().text();
                n++;
            }
        }
        assertEquals(50_000, n);
        assertEquals("قصف على بلدة 50000", lastText);
    }
}
