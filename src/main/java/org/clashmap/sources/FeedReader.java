package org.clashmap.sources;

import org.clashmap.extract.Report;
import org.clashmap.extract.TimePrecision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An RSS 2.0 (or RSS 1.0 / RDF) or Atom file, saved or exported from a feed reader: each item is a
 * report. Its text is the title and the item's content ({@code content:encoded}, else
 * {@code description}; Atom {@code content}, else {@code summary}) with the HTML stripped; its date
 * {@code pubDate} / {@code dc:date} (Atom: {@code published}, else {@code updated}); its outlet the
 * feed's title; its link the item's. The charset is the XML declaration's.
 */
public final class FeedReader {
    private FeedReader() {
    }

    public static List<SourceItem> read(Path file) throws SourceException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > PageReader.MAX_BYTES) throw new SourceException(file, "is over " + PageReader.MAX_BYTES / (1024 * 1024) + " MB; is it really a feed?");
            doc = Jsoup.parse(in, null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new SourceException(file, "cannot be read: " + e.getMessage());
        }
        boolean atom = !doc.select("feed").isEmpty() && doc.select("rss, channel").isEmpty();
        String outlet = text(atom ? doc.selectFirst("feed > title") : doc.selectFirst("channel > title"));
        List<Element> items = atom ? doc.select("entry") : doc.select("item");
        if (items.isEmpty()) throw new SourceException(file, "is a feed with no items");
        List<SourceItem> out = new ArrayList<>();
        int n = 0;
        for (Element item : items) {
            n++;
            String title = text(item.selectFirst("> title"));
            String html = atom ? first(item, "> content", "> summary") : first(item, "> content|encoded", "> description");
            String body = html.isBlank() ? "" : stripped(html);
            String text = body.isBlank() ? title : title.isBlank() || body.startsWith(title) ? body : title + "\n\n" + body;
            if (text.isBlank()) {
                out.add(SourceItem.problem(file + ": item " + n + " has neither title nor text; skipped"));
                continue;
            }
            String link = atom ? atomLink(item) : text(item.selectFirst("> link"));
            String when = atom ? first(item, "> published", "> updated") : first(item, "> pubDate", "> dc|date");
            SourceDates.Published p = SourceDates.parse(when, "feed");
            String source = file.getFileName() + " #" + n;
            out.add(SourceItem.of(new Report(text.strip(), p == null ? null : p.date(), p == null ? TimePrecision.UNKNOWN : TimePrecision.DAY,
                    source, outlet.isBlank() ? PageReader.host(link) : outlet, link.isBlank() ? null : link, p == null ? null : p.at())));
        }
        return out;
    }

    /** Item HTML as text, paragraphs and line breaks kept. */
    static String stripped(String html) {
        Document d = Jsoup.parse(html);
        d.select("script, style, iframe, img, figure").remove();
        d.select("br").after("\n");
        d.select("p, div, li, h1, h2, h3, h4, blockquote").after("\n\n");
        StringBuilder out = new StringBuilder();
        for (String para : d.body().wholeText().split("\\n\\s*\\n")) {
            String p = para.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
            if (p.isEmpty()) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(p);
        }
        return out.toString();
    }

    private static String atomLink(Element entry) {
        for (Element l : entry.select("> link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) return l.attr("href");
        }
        return "";
    }

    private static String first(Element item, String... queries) {
        for (String q : queries) {
            String t = text(item.selectFirst(q));
            if (!t.isBlank()) return t;
        }
        return "";
    }

    private static String text(Element e) {
        return e == null ? "" : e.wholeText().strip();
    }
}
