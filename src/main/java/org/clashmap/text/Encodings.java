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
