package org.clashmap.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.extract.Report;
import org.clashmap.extract.TimePrecision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved news page made into a report: the article text ({@link MainText}), its title, the outlet
 * ({@code og:site_name}, else the site's host), the publication date and the page's address. Dates,
 * in order of trust: {@code article:published_time} (and its {@code itemprop} / {@code name} spellings),
 * JSON-LD {@code datePublished}, a {@code <time datetime>} in the article, the date in the page's
 * address. The address: {@code <link rel=canonical>}, {@code og:url}, else the "saved from url"
 * comment browsers write into a saved page.
 */
public final class PageReader {
    /** Pages larger than this are refused (a news page with its markup is well under 5 MB). */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageReader() {
    }

    public static Report read(Path file) throws SourceException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new SourceException(file, "is " + size / (1024 * 1024) + " MB; pages over " + MAX_BYTES / (1024 * 1024) + " MB are refused");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(file, "cannot be read: " + e.getMessage());
        }
        return parse(file, PageCharset.decode(bytes));
    }

    /** The report in a page's HTML; {@code file} names it in messages and as the report's source. */
    public static Report parse(Path file, String html) throws SourceException {
        Document doc = Jsoup.parse(html);
        String url = address(doc, html);
        String title = first(meta(doc, "og:title"), doc.select("h1").isEmpty() ? "" : doc.select("h1").first().text(), doc.title());
        String outlet = first(meta(doc, "og:site_name"), host(url), titleSuffix(doc.title(), title));
        List<SourceDates.Published> ldDates = jsonLdDates(doc);
        SourceDates.Published date = firstDate(
                SourceDates.parse(first(meta(doc, "article:published_time"), itemprop(doc, "datePublished"), meta(doc, "pubdate"),
                        meta(doc, "publish-date"), meta(doc, "date")), "article:published_time"),
                ldDates.isEmpty() ? null : ldDates.get(0));
        Element body = doc.body();
        String text = MainText.of(body);
        if (date == null) date = firstDate(timeIn(body), SourceDates.inUrl(url));
        if (MainText.letters(text) < MainText.MIN_CHARS) {
            throw new SourceException(file, "no article found in this page (" + MainText.letters(text) + " letters of article text"
                    + " once navigation, link lists and comments are left out); is it a front page or a list of stories?");
        }
        String full = title.isBlank() || text.contains(title.strip()) ? text : title.strip() + "\n\n" + text;
        return new Report(full, date == null ? null : date.date(), date == null ? TimePrecision.UNKNOWN : TimePrecision.DAY,
                file.getFileName().toString(), outlet, url, date == null ? null : date.at());
    }

    /** The page's own address, or null. */
    static String address(Document doc, String html) {
        String canonical = doc.select("link[rel=canonical]").attr("href");
        if (canonical.startsWith("http")) return canonical;
        String og = meta(doc, "og:url");
        if (og.startsWith("http")) return og;
        Matcher m = SAVED_FROM.matcher(html.length() > 4096 ? html.substring(0, 4096) : html);
        return m.find() && m.group(1).startsWith("http") ? m.group(1) : null;
    }

    static String host(String url) {
        if (url == null) return "";
        try {
            String h = URI.create(url.trim()).getHost();
            if (h == null) return "";
            return h.toLowerCase(Locale.ROOT).startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The site's name a {@code <title>} ends with ("Headline - Outlet", "Headline | Outlet"): at most four words after the headline, else "". */
    static String titleSuffix(String pageTitle, String headline) {
        Matcher m = Pattern.compile("\\s[-|–—]\\s([^-|–—]{2,40})$").matcher(pageTitle.strip());
        if (!m.find()) return "";
        String suffix = m.group(1).strip();
        return suffix.split("\\s+").length <= 4 && !headline.strip().endsWith(suffix) ? suffix : "";
    }

    /** A {@code <meta property=…>} or {@code <meta name=…>} content, or "". */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[property], meta[name]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) return m.attr("content").trim();
        }
        return "";
    }

    private static String itemprop(Document doc, String prop) {
        for (Element m : doc.select("[itemprop=" + prop + "]")) {
            String v = first(m.attr("content"), m.attr("datetime"));
            if (!v.isBlank()) return v;
        }
        return "";
    }

    /** {@code datePublished} of the JSON-LD blocks (a NewsArticle, possibly inside {@code @graph}), in page order. */
    private static List<SourceDates.Published> jsonLdDates(Document doc) {
        List<SourceDates.Published> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out);
            } catch (IOException e) {
                // broken JSON-LD is common: the other sources of the date still count
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<SourceDates.Published> out) {
        if (n == null) return;
        if (n.isArray()) {
            n.forEach(x -> collect(x, out));
        } else if (n.isObject()) {
            JsonNode d = n.get("datePublished");
            if (d != null && d.isTextual()) {
                SourceDates.Published p = SourceDates.parse(d.asText(), "JSON-LD datePublished");
                if (p != null) out.add(p);
            }
            collect(n.get("@graph"), out);
            collect(n.get("mainEntity"), out);
        }
    }

    /** The first {@code <time datetime>} left in the article's part of the page (related lists and comments are gone by now). */
    private static SourceDates.Published timeIn(Element body) {
        for (Element t : body.select("time[datetime]")) {
            SourceDates.Published p = SourceDates.parse(t.attr("datetime"), "<time datetime>");
            if (p != null) return p;
        }
        return null;
    }

    private static SourceDates.Published firstDate(SourceDates.Published... ps) {
        for (SourceDates.Published p : ps) if (p != null) return p;
        return null;
    }

    private static String first(String... s) {
        for (String x : s) if (x != null && !x.isBlank()) return x.trim();
        return "";
    }
}
