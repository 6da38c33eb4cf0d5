package org.clashmap.ui.widgets;

import java.text.Bidi;

/**
 * A word without Arabic letters shown alone inside right-to-left text, in the order the Unicode
 * bidi algorithm gives it there. JavaFX lays out a label holding only digits and punctuation left
 * to right even when the label is right to left, so the word 11” of “الفرقة 11” (one label per word
 * in the source pane's highlighted sentence) showed its closing quote on the number's right (issue 19
 * item 7). This computes the visual order with {@link java.text.Bidi} at a right-to-left base, with
 * brackets mirrored where they run right to left; the result is meant for a left-to-right label.
 */
public final class RtlWord {
    private RtlWord() {}

    /** True when JavaFX would get {@code word} wrong inside right-to-left text: no letter of a right-to-left script, and something that can move. */
    public static boolean needsVisualOrder(String word) {
        boolean movable = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return false;
            if (!Character.isLetterOrDigit(c)) movable = true;
            i += Character.charCount(c);
        }
        return movable;
    }

    /** {@code word} in visual order, left to right, as it appears inside right-to-left text. */
    public static String visual(String word) {
        Bidi bidi = new Bidi(word, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] pieces = new String[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String piece = word.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            // A run at an odd level reads right to left: its characters reversed, brackets mirrored.
            pieces[r] = levels[r] % 2 == 1 ? mirror(new StringBuilder(piece).reverse().toString()) : piece;
        }
        Object[] order = pieces.clone();
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder();
        for (Object o : order) out.append(o);
        return out.toString();
    }

    private static String mirror(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '{' -> '}';
                case '}' -> '{';
                case '«' -> '»';
                case '»' -> '«';
                case '<' -> '>';
                case '>' -> '<';
                default -> c;
            });
        }
        return b.toString();
    }
}
