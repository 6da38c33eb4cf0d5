package org.clashmap.text;

import java.util.Objects;

/**
 * A word of a text: {@code start}/{@code end} are offsets into the original text (end exclusive),
 * {@code normStart}/{@code normEnd} into the normalised text, {@code text} is the normalised word.
 *
 * <p>A value like a record, but its text is made on first use from the normalised chars it was cut from: a
 * tokenised line has hundreds of words and its readers look at the few around a place name or a cue, and
 * making a string of every word was the tokenizer's main cost at the quick JIT tier (decision 038).
 */
public final class Token {
    private final int start, end, normStart, normEnd;
    private final char[] chars;
    private String text;

    public Token(int start, int end, int normStart, int normEnd, String text) {
        this(start, end, normStart, normEnd, null, Objects.requireNonNull(text));
    }

    /** A word whose text is {@code chars[normStart, normEnd)}, made when asked. */
    Token(int start, int end, int normStart, int normEnd, char[] chars) {
        this(start, end, normStart, normEnd, chars, null);
    }

    private Token(int start, int end, int normStart, int normEnd, char[] chars, String text) {
        this.start = start;
        this.end = end;
        this.normStart = normStart;
        this.normEnd = normEnd;
        this.chars = chars;
        this.text = text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int normStart() {
        return normStart;
    }

    public int normEnd() {
        return normEnd;
    }

    /** Length of the normalised word. */
    public int length() {
        return normEnd - normStart;
    }

    /** Char {@code i} of the normalised word, without making its text. */
    public char charAt(int i) {
        return chars != null ? chars[normStart + i] : text.charAt(i);
    }

    /** The normalised word. */
    public String text() {
        String t = text;
        if (t == null) text = t = new String(chars, normStart, normEnd - normStart);
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.normStart == normStart && t.normEnd == normEnd
                && t.text().equals(text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, normStart, normEnd, text());
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", normStart=" + normStart + ", normEnd=" + normEnd + ", text=" + text() + "]";
    }
}
