package org.clashmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An XML document's bytes in UTF-8 as it is written: markup as given, text and attribute values escaped and encoded in
 * one pass over their chars. The characters XML 1.0 forbids are dropped ({@link XmlText#allowed}, one rule for every XML
 * file we write). A KML export of 100k events wrote 30 values a placemark through a StAX writer, then through a
 * StringBuilder and {@code String.getBytes}: each pass a loop over every char, which the short-run JVM's quick
 * compiler keeps slow (decision 046).
 */
final class XmlBytes {
    /** ASCII chars that need more than their byte: markup in text or in a double-quoted attribute, and the C0 controls. */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (int c = 0; c < 0x20; c++) SPECIAL[c] = true;
        for (char c : new char[]{'&', '<', '>', '"'}) SPECIAL[c] = true;
    }

    private byte[] buf = new byte[1 << 16];
    private int n;

    int length() {
        return n;
    }

    /** Markup, as written (ASCII names and punctuation, never user text). */
    XmlBytes markup(byte[] ascii) {
        room(ascii.length);
        System.arraycopy(ascii, 0, buf, n, ascii.length);
        n += ascii.length;
        return this;
    }

    /** Markup from a string of ASCII (element names). */
    XmlBytes markup(String ascii) {
        return markup(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** Element content: &amp; &lt; &gt; as entities, a carriage return as a reference (a parser would make it a line feed). */
    XmlBytes text(String s) {
        return escaped(s, false);
    }

    /** A double-quoted attribute's value: as {@link #text}, and the quote, tab and line feed as references. */
    XmlBytes attribute(String s) {
        return escaped(s, true);
    }

    /** CDATA content as it is (the caller keeps "]]>" out), the forbidden characters dropped. */
    XmlBytes cdata(String s) {
        return encode(s, false, false);
    }

    /**
     * A value in HTML inside a CDATA section: &amp; &lt; &gt; &quot; as entities (as {@code KmlExporter.html}), white
     * space as it is; a null as nothing.
     */
    XmlBytes html(String s) {
        return s == null ? this : encode(s, true, true, false);
    }

    private XmlBytes escaped(String s, boolean attribute) {
        return encode(s, true, attribute);
    }

    private XmlBytes encode(String s, boolean escape, boolean attribute) {
        return encode(s, escape, attribute, attribute);
    }

    /** {@code quote}: the double quote as an entity; {@code whiteSpace}: tab, line feed and carriage return as references. */
    private XmlBytes encode(String s, boolean escape, boolean quote, boolean whiteSpace) {
        int len = s.length();
        room(len * 3 + 16);
        byte[] b = buf;
        int at = n;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (!SPECIAL[c]) {
                    b[at++] = (byte) c;
                    continue;
                }
                // an entity is longer than the room kept per char: write it, keep room for the rest again
                n = at;
                special(c, escape, quote, whiteSpace);
                room((len - i) * 3 + 16);
                b = buf;
                at = n;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                int cp = s.codePointAt(i);
                if (!XmlText.allowed(cp)) continue; // a lone surrogate
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | (cp >> 12) & 0x3F);
                b[at++] = (byte) (0x80 | (cp >> 6) & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
                i++;
            } else {
                if (!XmlText.allowed(c)) continue; // U+FFFE, U+FFFF
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | (c >> 6) & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        n = at;
        return this;
    }

    private void special(char c, boolean escape, boolean quote, boolean whiteSpace) {
        if (!XmlText.allowed(c)) return; // a C0 control other than tab, line feed, carriage return
        String entity = !escape ? null : switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> quote && whiteSpace ? null : "&gt;"; // an attribute leaves it (as Woodstox did); text and HTML escape it
            case '"' -> quote ? "&quot;" : null;
            case '\t' -> whiteSpace ? "&#9;" : null;
            case '\n' -> whiteSpace ? "&#10;" : null;
            case '\r' -> quote && !whiteSpace ? null : "&#13;";
            default -> null;
        };
        if (entity == null) {
            buf[n++] = (byte) c;
        } else {
            room(entity.length());
            for (int k = 0; k < entity.length(); k++) buf[n++] = (byte) entity.charAt(k);
        }
    }

    private void room(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }

    /** Writes the bytes so far and empties the buffer. */
    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }
}
