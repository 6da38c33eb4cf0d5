package org.clashmap.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class XmlTextTest {
    @Test
    void dropsWhatXml10ForbidsAndKeepsTheRest() {
        String ok = "حلب\tline\nCR\r \uD83D\uDE00 \uE000 \uFFFD";
        assertSame(ok, XmlText.clean(ok), "nothing to drop: the same string");
        assertEquals("ab", XmlText.clean("\u0000a\u0001\u0008\u000B\u000C\u001Fb"));
        assertEquals("xy", XmlText.clean("x\uFFFE\uFFFFy"));
        assertEquals("xy", XmlText.clean("x\uD800y"), "a lone high surrogate");
        assertEquals("xy", XmlText.clean("x\uDC00y"), "a lone low surrogate");
        assertEquals("x\uD83D\uDE00", XmlText.clean("x\u0002\uD83D\uDE00"), "a pair is one allowed character");
    }
}
