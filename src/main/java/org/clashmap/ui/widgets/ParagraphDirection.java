package org.clashmap.ui.widgets;

/**
 * Keeps a one-line text of a left-to-right interface left to right whatever letter it starts with. JavaFX takes a
 * label's paragraph direction from its first strong letter, not from the node's orientation, so the
 * English interface's "العربية (Arabic)" was laid out right to left and showed as "(Arabic) العربية"
 * (issue 19 item 7). A text whose first strong letter runs against the interface gets an invisible
 * left-to-right mark (LRM, U+200E) in front; other texts are returned as they are.
 */
public final class ParagraphDirection {
    public static final char LRM = '\u200E';

    private ParagraphDirection() {}

    /**
     * {@code text} laid out in a right-to-left ({@code rtl}) or left-to-right paragraph. Only the left-to-right
     * mark is used: JavaFX draws an RLM as a missing-glyph box in the Arabic menus (seen under Xvfb), so an Arabic
     * text that must start with a Latin word is written the other way round in messages_ar instead.
     */
    public static String of(String text, boolean rtl) {
        Boolean first = firstStrongIsRtl(text);
        if (rtl || first == null || !first) return text;
        return LRM + text;
    }

    /** Whether the first letter with a direction runs right to left; null when there is none. */
    static Boolean firstStrongIsRtl(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return false;
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return true;
            i += Character.charCount(c);
        }
        return null;
    }
}
