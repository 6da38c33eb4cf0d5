package org.clashmap.text;

/**
 * A normalised text with the way back: {@code originalIndex(i)} is the offset in the original of
 * normalised char {@code i}; {@code originalIndex(length())} is the original's length.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;
    private final int length;

    NormalizedText(String original, String text, int[] toOriginal, int length) {
        this.original = original;
        this.text = text;
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
        return normEnd == 0 ? 0 : toOriginal[normEnd - 1] + 1;
    }
}
