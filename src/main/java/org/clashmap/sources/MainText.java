package org.clashmap.sources;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The article's own text in a news page, without the site around it. A text-density heuristic in the
 * manner of Readability (decision 025 says why not a library):
 * <ol>
 * <li>remove what is never article text: scripts, styles, forms, buttons, frames, {@code nav},
 *     {@code aside}, {@code footer}, and blocks whose class or id says navigation, related articles,
 *     comments, sharing, tags, ads or newsletters (unless it also says article, content or body);</li>
 * <li>if the page marks its article body ({@code itemprop=articleBody}, or one {@code <article>} with
 *     enough text), that is the container;</li>
 * <li>else every paragraph of 25+ characters scores its parent (and half its grandparent) by
 *     1 + its commas (Latin and Arabic) + its length per 100 characters (at most 3); the container
 *     is the best score times one minus its share of text in links;</li>
 * <li>the text is the container's paragraphs, headings, list items and quotes in order, each on its
 *     own, leaving out blocks that are mostly links (lists of other stories).</li>
 * </ol>
 */
public final class MainText {
    /** Shorter than this (letters), the page has no article: a front page, a list, an error page. */
    public static final int MIN_CHARS = 80;

    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|disqus|share|sharing|social|related|sidebar|widget|footer|header|masthead|\\bnav|menu|breadcrumb|\\btags?\\b|"
                    + "advert|\\bads?\\b|promo|subscribe|newsletter|popup|modal|cookie|banner|recommend|most-?read|popular|trending|"
                    + "more-?news|read-?more|also-?read|author-?bio|print|rss|pagination|pager|skip", Pattern.CASE_INSENSITIVE);
    /** Whole words of a class or id (split at spaces, - and _): "related-articles" is not "article". */
    private static final Pattern LIKELY = Pattern.compile("(?:^|[\\s_-])(?:article|content|entry|main|post|story|text|body)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final String NEVER = "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, "
            + "nav, aside, footer, menu, dialog, object, embed, video, audio, figcaption";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, td";

    private MainText() {
    }

    /** The article text of {@code body} (changed: the clutter is removed from it), paragraphs separated by blank lines. */
    public static String of(Element body) {
        body.select(NEVER).remove();
        removeComments(body);
        List<Element> unlikely = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.tagName().equals("html") || e.tagName().equals("body") || e.tagName().equals("article")) continue;
            String tag = (e.className() + " " + e.id() + " " + e.attr("role")).trim();
            if (tag.isEmpty()) continue;
            if (UNLIKELY.matcher(tag).find() && !LIKELY.matcher(tag).find()) unlikely.add(e);
            else if (e.attr("role").equalsIgnoreCase("navigation") || e.attr("role").equalsIgnoreCase("complementary")) unlikely.add(e);
        }
        for (Element e : unlikely) e.remove();
        Element container = marked(body);
        if (container == null) container = bestScored(body);
        if (container == null) return "";
        return blocks(container);
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        root.forEachNode(n -> {
            if (n instanceof org.jsoup.nodes.Comment) comments.add(n);
        });
        comments.forEach(Node::remove);
    }

    private static Element marked(Element body) {
        Elements marked = body.select("[itemprop=articleBody]");
        if (marked.size() == 1 && letters(marked.first().text()) >= MIN_CHARS) return marked.first();
        Elements articles = body.select("article");
        if (articles.size() == 1 && letters(articles.first().text()) >= MIN_CHARS) return articles.first();
        return null;
    }

    private static Element bestScored(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : paragraphs(body)) {
            String t = p.text();
            if (t.length() < 25) continue;
            double score = 1 + count(t, ',') + count(t, '،') + Math.min(t.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) scores.merge(parent.parent(), score / 2, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        return best;
    }

    /** Paragraph-like elements: {@code <p>}, and {@code <div>}s holding text of their own (sites that write paragraphs as divs with breaks). */
    private static List<Element> paragraphs(Element root) {
        List<Element> out = new ArrayList<>(root.select("p, pre, blockquote"));
        for (Element div : root.select("div")) {
            if (ownText(div).length() >= 25) out.add(div);
        }
        return out;
    }

    private static String blocks(Element container) {
        StringBuilder sb = new StringBuilder();
        Map<Element, Boolean> taken = new HashMap<>();
        for (Element e : container.getAllElements()) {
            String text;
            if (e.is(BLOCKS)) {
                if (!e.select(BLOCKS).stream().allMatch(x -> x == e)) continue; // an inner block speaks for itself
                if (e.parents().stream().anyMatch(taken::containsKey)) continue;
                text = lines(e);
            } else if (e.tagName().equals("div") || e == container) {
                text = ownText(e);
            } else {
                continue;
            }
            if (text.isBlank()) continue;
            if (linkDensity(e) > 0.5) continue; // a list of other stories
            if (e.is(BLOCKS)) taken.put(e, true); // a block's inner blocks are in its text already; a div's own text is not
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(text.strip());
        }
        return sb.toString();
    }

    /** An element's text with its line breaks ({@code <br>}) kept, spaces collapsed. */
    private static String lines(Element e) {
        StringBuilder sb = new StringBuilder();
        e.forEachNode(n -> {
            if (n instanceof TextNode t) sb.append(t.text());
            else if (n instanceof Element x && x.tagName().equals("br")) sb.append('\n');
        });
        return collapse(sb.toString());
    }

    /** The text directly inside {@code e} (not in its child blocks), with inline elements, breaks kept. */
    private static String ownText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) sb.append(t.text());
            else if (n instanceof Element x) {
                if (x.tagName().equals("br")) sb.append('\n');
                else if (x.isBlock() || x.is(BLOCKS) || x.tagName().equals("div")) continue;
                else sb.append(lines(x));
            }
        }
        return collapse(sb.toString());
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n")) {
            String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1, links / (double) all);
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
