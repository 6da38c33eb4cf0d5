package org.clashmap.sources;

import org.clashmap.extract.Report;
import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.*;

/** Saved news pages: the article without the site around it, title, outlet, date by trust, charset. */
class PageReaderTest {
    @TempDir
    Path tmp;

    @Test
    void aFullNewsPageGivesTheArticleAloneWithItsMetadata() throws Exception {
        Report r = PageReader.read(Fixtures.path("pages/article.html"));
        String seed = Seeds.text(3);
        String[] paras = seed.strip().split("\n+");
        assertTrue(r.text().startsWith(paras[0] + "\n\n" + paras[1]), "title, then the first paragraph: " + r.text().substring(0, 200));
        assertTrue(r.text().contains(paras[paras.length - 3]), "the last paragraph of the article is there");
        for (String clutter : new String[] {"الرئيسية", "شارك على فيسبوك", "نسخ الرابط", "أخبار ذات صلة", "قوات النظام تتقدم في ريف اللاذقية",
                "الله يرحم الشهداء", "الأكثر قراءة", "جميع الحقوق", "dataLayer", "قتلى في هجوم على ريف حلب اليوم", "float", "تنظيم الدولة</a>"}) {
            assertFalse(r.text().contains(clutter), "no navigation, share buttons, related list, comments, sidebar, footer or script: " + clutter);
        }
        assertEquals("السورية نت", r.outlet(), "og:site_name");
        assertEquals(LocalDate.of(2016, 3, 21), r.published(), "article:published_time, not the modified date nor the related list's or comments' dates");
        assertEquals(OffsetDateTime.parse("2016-03-21T10:15:00+02:00"), r.publishedAt());
        assertEquals("https://www.alsouria.net/content/khasaer-homs", r.link(), "the canonical address");
        assertEquals("article.html", r.source());
    }

    @Test
    void aWindows1256PageIsReadInItsCharsetAndDatedFromJsonLd() throws Exception {
        byte[] raw = Files.readAllBytes(Fixtures.path("pages/cp1256.htm"));
        assertFalse(new String(raw, StandardCharsets.UTF_8).contains("حمص"), "the fixture really is windows-1256");
        Report r = PageReader.read(Fixtures.path("pages/cp1256.htm"));
        String seed = Seeds.text(0);
        String firstPara = java.util.Arrays.stream(seed.split("\n+")).filter(l -> l.startsWith("قُتل")).findFirst().orElseThrow().strip();
        assertTrue(r.text().contains(firstPara), r.text().substring(0, Math.min(300, r.text().length())));
        assertEquals(LocalDate.of(2018, 4, 25), r.published());
        assertEquals("sadaalsham.net", r.outlet(), "no og:site_name: the host of the page's address");
        assertFalse(r.text().contains("مواد مختارة"), "the menu table is not article text");
    }

    @Test
    void aPageThatDeclaresTheWrongCharsetIsReadAsWhatItIs() throws Exception {
        Report r = PageReader.read(Fixtures.path("pages/wrong-charset.html"));
        assertTrue(r.text().contains("استأنف تنظيم “داعش” هجماته"), "UTF-8 bytes under an iso-8859-1 declaration are UTF-8");
        assertEquals(LocalDate.of(2023, 11, 14), r.published(), "<time datetime> in the article, not the comments' dates");
        assertEquals("المدن", r.outlet(), "the site name the <title> ends with");
        assertFalse(r.text().contains("متى ينتهي هذا القتال"), "comments are not article text");
    }

    @Test
    void theDateInThePageAddressCountsWhenTheMarkupHasNone() throws Exception {
        Report r = PageReader.read(Fixtures.path("pages/url-date.html"));
        assertEquals(LocalDate.of(2018, 6, 10), r.published(), "from the saved-from address; the related list's dates are not the article's");
        assertNull(r.publishedAt(), "a day, no time");
        assertEquals("alwatan.com.kw", r.outlet());
    }

    @Test
    void datesAreTakenInOrderOfTrust() throws Exception {
        String body = "<article><p>" + "قالت مصادر محلية إن قصفاً مدفعياً استهدف بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل خمسة مدنيين. ".repeat(3) + "</p>"
                + "<time datetime=\"2016-03-12\">12</time></article>";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2016-03-11T09:00:00+02:00\"}</script>";
        String meta = "<meta property=\"article:published_time\" content=\"2016-03-10T08:00:00+02:00\">";
        String url = "<link rel=canonical href=\"https://example.org/2016/03/13/story\">";
        Path f = tmp.resolve("p.html");
        assertEquals(LocalDate.of(2016, 3, 10), PageReader.parse(f, "<head>" + meta + ld + url + "</head><body>" + body).published());
        assertEquals(LocalDate.of(2016, 3, 11), PageReader.parse(f, "<head>" + ld + url + "</head><body>" + body).published());
        assertEquals(LocalDate.of(2016, 3, 12), PageReader.parse(f, "<head>" + url + "</head><body>" + body).published());
        assertEquals(LocalDate.of(2016, 3, 13), PageReader.parse(f, "<head>" + url + "</head><body>" + body.replaceAll("<time.*</time>", "")).published());
        assertNull(PageReader.parse(f, "<body>" + body.replaceAll("<time.*</time>", "")).published(), "no date anywhere: undated, never today");
    }

    @Test
    void aPageWithNoArticleIsRefusedWithAMessageNamingIt() {
        Path front = Fixtures.path("broken/front-page.html");
        SourceException e = assertThrows(SourceException.class, () -> PageReader.read(front));
        assertTrue(e.getMessage().startsWith(front + ": no article found"), e.getMessage());
    }

    @Test
    void charsetDetection() {
        String arabic = "قالت مصادر محلية إن قصفاً استهدف البلدة";
        Charset cp1256 = Charset.forName("windows-1256");
        assertEquals(cp1256, PageCharset.detect(("<meta charset=windows-1256>" + arabic).getBytes(cp1256)).charset());
        assertEquals(cp1256, PageCharset.detect(("<meta charset=utf-8>" + arabic).getBytes(cp1256)).charset(), "declared UTF-8, really windows-1256");
        assertEquals(cp1256, PageCharset.detect(("<meta charset=iso-8859-1>" + arabic).getBytes(cp1256)).charset(), "declared Latin-1, really Arabic");
        assertEquals(cp1256, PageCharset.detect(arabic.getBytes(cp1256)).charset(), "undeclared");
        assertEquals(StandardCharsets.UTF_8, PageCharset.detect(("<meta charset=windows-1256>" + arabic).getBytes(StandardCharsets.UTF_8)).charset(),
                "declared windows-1256, really UTF-8");
        byte[] bom = ("\uFEFF" + arabic).getBytes(StandardCharsets.UTF_8);
        assertEquals(arabic, PageCharset.decode(bom));
    }
}
