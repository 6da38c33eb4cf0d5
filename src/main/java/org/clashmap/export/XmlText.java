package org.clashmap.export;

/**
 * Text made safe for any XML 1.0 document we write (KML today; any future SVG or GeoPackage XML
 * metadata goes through here too). XML 1.0 allows only tab, line feed, carriage return,
 * U+0020..U+D7FF, U+E000..U+FFFD and the supplementary planes; one other character (a C0 control
 * from a pasted report, a lone surrogate, U+FFFE) makes the whole file ill-formed, and xmllint,
 * ogrinfo and Google Earth then reject all of it. Such characters cannot be escaped either
 * ({@code &#1;} is just as forbidden), so they are dropped. Markup characters are left to the
 * XML writer.
 */
public final class XmlText {
    private XmlText() {
    }

    /** {@code s} without the characters XML 1.0 forbids; the same instance when there are none. */
    public static String clean(String s) {
        if (s == null) return null;
        int n = s.length(), i = 0;
        // Nearly all text is ordinary characters of the Basic Multilingual Plane, allowed one char at a time: a
        // KML export spent a fifth of its time walking code points. From the first other char (a control, a
        // surrogate, U+FFFE/U+FFFF) on, code points decide.
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x20 ? c < 0xD800 || (c >= 0xE000 && c <= 0xFFFD) : c == 0x9 || c == 0xA || c == 0xD) i++;
            else break;
        }
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!allowed(cp)) break;
            i += Character.charCount(cp);
        }
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            if (allowed(cp)) b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** XML 1.0's Char production. A lone surrogate comes back from codePointAt as itself and is refused. */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
