package org.clashmap.text;

/**
 * A normalised text with the way back: {@code originalIndex(i)} is the offset in the original of
 * normalised char {@code i}; {@code originalIndex(length())} is the original's length.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    /** The normalised chars ({@code [0, length)}; the array may be longer), for scans that would otherwise ask {@code text.charAt}. */
    private final char[] chars;
    private final int[] toOriginal;
    private final int length;

    NormalizedText(String original, String text, char[] chars, int[] toOriginal, int length) {
        this.original = original;
        this.text = text;
        this.chars = chars;
        this.toOriginal = toOriginal;
        this.length = length;
    }

    public String original() {
        return original;
    }

    /** The normalised string. */
    public String text() {
        return text;
    }

    /** The normalised chars, valid up to {@link #length()}; shared, not to be changed. */
    public char[] chars() {
        return chars;
    }

    public int length() {
        return length;
    }

    /** Original offset of normalised offset {@code i} (0..length inclusive). */
    public int originalIndex(int i) {
        return toOriginal[i];
    }

    /** Original start of a normalised span. */
    public int originalStart(int normStart) {
        return toOriginal[normStart];
    }

    /** Original end (exclusive) of a normalised span ending at {@code normEnd} (exclusive). */
    public int originalEnd(int normEnd) {
        if (normEnd == 0) return 0;
        int end = toOriginal[normEnd - 1] + 1;
        // Take in the marks that belong to the last letter (a final kasra, a shadda), dropped by normalising.
        int limit = toOriginal[normEnd];
        while (end < limit && isMark(original.charAt(end))) end++;
        return end;
    }

    private static boolean isMark(char c) {
        return c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640 || c >= 0x06D6 && c <= 0x06ED;
    }
}
