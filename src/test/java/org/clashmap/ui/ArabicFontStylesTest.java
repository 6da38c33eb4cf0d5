package org.clashmap.ui;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The window's style sheet uses no italic or oblique font style: the fonts JavaFX falls back to for Arabic have no
 * italic Arabic glyphs and draw junk instead of الرستن (issue 19 item 1). Edited rows are marked by a bar and a tint.
 */
class ArabicFontStylesTest {
    @Test
    void theStyleSheetHasNoItalics() throws Exception {
        try (InputStream in = ArabicFontStylesTest.class.getResourceAsStream("/ui/clashmap.css")) {
            assertNotNull(in, "the window's style sheet is on the classpath");
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            // comments may explain why italics are avoided; the rules themselves must not use them
            String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");
            assertFalse(rules.contains("italic") || rules.contains("oblique"), "a font style Arabic fonts lack");
        }
    }
}
