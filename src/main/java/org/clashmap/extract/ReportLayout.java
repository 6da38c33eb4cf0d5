package org.clashmap.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a report cut into paragraphs and sentences, with page chrome (related headlines,
 * comment forms, captchas) cut off and headings marked. Offsets are into the original text.
 */
final class ReportLayout {
    /** A sentence: text[start, end), its paragraph, and whether it is a heading rather than body text. */
    record Sentence(int index, int start, int end, int paragraph, boolean heading) {}

    final int bodyEnd;
    final List<Sentence> sentences;

    private ReportLayout(int bodyEnd, List<Sentence> sentences) {
        this.bodyEnd = bodyEnd;
        this.sentences = sentences;
    }

    /** Headings are short lines without final punctuation: titles, bylines, captions, breadcrumbs. */
    private static final int HEADING_MAX_WORDS = 16;

    static ReportLayout of(String text, List<String> chromeCuts) {
        return of(text, text.toCharArray(), chromeCuts);
    }

    /** {@link #of(String, List)} with the text's chars at hand (the extractor has them): lines are split on the array. */
    static ReportLayout of(String text, char[] chars, List<String> chromeCuts) {
        int bodyEnd = chromeStart(text, chromeCuts);
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        boolean blankSeen = false;
        int lineStart = 0;
        while (lineStart < bodyEnd) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > bodyEnd ? bodyEnd : nl;
            int s = trimStart(text, lineStart, lineEnd);
            int e = trimEnd(text, s, lineEnd);
            if (s >= e) {
                blankSeen = true;
            } else {
                if (blankSeen && !out.isEmpty()) paragraph++;
                blankSeen = false;
                boolean heading = isHeading(text, s, e);
                splitLine(text, chars, s, e, paragraph, heading, out);
                if (heading) paragraph++; // a heading separates what comes before and after it
            }
            lineStart = lineEnd + 1;
        }
        return new ReportLayout(bodyEnd, List.copyOf(out));
    }

    private static void splitLine(String text, char[] chars, int s, int e, int paragraph, boolean heading, List<Sentence> out) {
        int start = s;
        for (int i = s; i < e; i++) {
            char c = chars[i];
            boolean end = c == '.' || c == '!' || c == '?' || c == '؟' || c == '…' || c == '؛' || c == ';';
            if (c == '.' && i > s && i + 1 < e && Character.isDigit(chars[i - 1]) && Character.isDigit(chars[i + 1])) end = false;
            if (!end) continue;
            int stop = i + 1;
            while (stop < e && (TermMatcher.isQuote(chars[stop]) || chars[stop] == ')')) stop++;
            add(text, start, stop, paragraph, heading, out);
            start = stop;
            i = stop - 1;
        }
        add(text, start, e, paragraph, heading, out);
    }

    /**
     * Longest sentence read as one (characters). Real sentences stay far below it (a long news sentence is ~600);
     * a line without sentence ends (a scraped table, a pasted log) is cut at a space before it, so the work per
     * sentence stays bounded whatever arrives.
     */
    static final int MAX_SENTENCE_CHARS = 10_000;

    private static void add(String text, int s, int e, int paragraph, boolean heading, List<Sentence> out) {
        while (e - s > MAX_SENTENCE_CHARS) {
            int cut = s + MAX_SENTENCE_CHARS;
            while (cut > s + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) cut--;
            if (!Character.isWhitespace(text.charAt(cut))) cut = s + MAX_SENTENCE_CHARS;
            if (Character.isLowSurrogate(text.charAt(cut))) cut--;
            addOne(text, s, cut, paragraph, heading, out);
            s = cut;
        }
        addOne(text, s, e, paragraph, heading, out);
    }

    private static void addOne(String text, int s, int e, int paragraph, boolean heading, List<Sentence> out) {
        s = trimStart(text, s, e);
        e = trimEnd(text, s, e);
        boolean hasLetter = false;
        for (int i = s; i < e && !hasLetter; i++) hasLetter = Character.isLetter(text.charAt(i));
        if (hasLetter) out.add(new Sentence(out.size(), s, e, paragraph, heading));
    }

    private static boolean isHeading(String text, int s, int e) {
        char last = text.charAt(e - 1);
        if (last == '.' || last == '؟' || last == '?' || last == '!' || last == '…' || TermMatcher.isQuote(last) || last == ':') {
            return false;
        }
        int words = 1;
        for (int i = s; i < e; i++) if (Character.isWhitespace(text.charAt(i))) words++;
        return words <= HEADING_MAX_WORDS;
    }

    /** Start of the first chrome line (a cut marker at a line start, or a captcha "a × b ="), else text length. */
    static int chromeStart(String text, List<String> cuts) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = trimStart(text, lineStart, lineEnd);
            int e = trimEnd(text, s, lineEnd);
            // Asked of the line in place (no copy of every line of every report)
            for (String cut : cuts) {
                if (cut.length() <= e - s && text.startsWith(cut, s)) return lineStart;
            }
            if (e - s < 40 && e > s && text.charAt(e - 1) == '=') {
                int times = text.indexOf('×', s);
                if (times > s && times < e) return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return text.length();
    }

    private static int trimStart(String t, int s, int e) {
        while (s < e && (Character.isWhitespace(t.charAt(s)) || t.charAt(s) == '\u200F' || t.charAt(s) == '\uFEFF')) s++;
        return s;
    }

    private static int trimEnd(String t, int s, int e) {
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        return e;
    }
}
