package org.clashmap.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Says what is wrong with bytes that should be UTF-8 text, in words a user can act on. Analysts
 * get reports saved from old Windows tools (windows-1256), Excel (UTF-16) or by mistake (a PDF,
 * a zip): naming the likely encoding and the fix beats "malformed input".
 */
public final class Encodings {
    /** The command that fixes the commonest case; quoted in messages. */
    public static final String CP1256_HINT = "looks like windows-1256 Arabic; convert with iconv -f CP1256 -t UTF-8";

    private Encodings() {
    }

    /**
     * The problem with the first {@code len} bytes as UTF-8 text, or null when they are fine.
     *
     * @param whole false when the bytes are only a file's head: a character cut at {@code len} is then no problem
     */
    public static String problem(byte[] b, int len, boolean whole) {
        if (len >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return "is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
        }
        for (int i = 0; i < len; i++) {
            if (b[i] == 0) return "looks binary (it contains NUL bytes at offset " + i + "), not a UTF-8 text file";
        }
        int bad = firstMalformed(b, len, whole);
        if (bad < 0) return null;
        if (looksLikeCp1256Arabic(b, len)) return "is not UTF-8: it " + CP1256_HINT;
        return String.format(Locale.ROOT, "is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", b[bad] & 0xFF, bad);
    }

    /**
     * True when {@code b[from, to)} is whole, strict UTF-8 (what a decoder set to report errors accepts: no overlong
     * forms, no surrogates, nothing above U+10FFFF, no character cut at the end) and holds no NUL. One pass over
     * the bytes with no decoding: the answer a reader needs for the common sound file, the wording of a problem
     * being left to {@link #problem}.
     */
    public static boolean isSoundUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c > 0) { // ASCII other than NUL
                i++;
                continue;
            }
            if (c == 0) return false;
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= to || !continuation(b[i + 1])) return false;
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                if (i + 2 >= to) return false;
                int c1 = b[i + 1] & 0xFF;
                int lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF; // no overlong form, no surrogate
                if (c1 < lo || c1 > hi || !continuation(b[i + 2])) return false;
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                if (i + 3 >= to) return false;
                int c1 = b[i + 1] & 0xFF;
                int lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF; // no overlong form, nothing past U+10FFFF
                if (c1 < lo || c1 > hi || !continuation(b[i + 2]) || !continuation(b[i + 3])) return false;
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Offset of the first byte that is not UTF-8, or -1. */
    public static int firstMalformed(byte[] b, int len, boolean whole) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, len);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, false);
            if (r.isError()) return in.position();
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            // underflow: all consumed, or a character cut at the end (an error only in a whole file)
            return whole && in.hasRemaining() ? in.position() : -1;
        }
    }

    /** Decoded as windows-1256, are the non-ASCII characters mostly Arabic letters? */
    public static boolean looksLikeCp1256Arabic(byte[] b, int len) {
        if (!Charset.isSupported("windows-1256")) return false;
        String s = new String(b, 0, len, Charset.forName("windows-1256"));
        int nonAscii = 0, arabic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if (Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) arabic++;
        }
        return arabic >= 3 && arabic >= 0.7 * nonAscii;
    }
}
