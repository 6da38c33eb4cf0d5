package org.clashmap.sources;

import org.clashmap.text.Encodings;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved page's bytes in the charset they are really in. Arabic sites still serve
 * windows-1256, and pages saved by browsers often declare a charset they are not in (the server's
 * header said one thing, the meta tag another, the browser saved as UTF-8). Order: a byte-order mark;
 * then the bytes themselves: valid UTF-8 with non-ASCII characters is UTF-8 whatever is declared
 * (random windows-1256 text is never valid UTF-8); then the declared charset ({@code <meta charset>},
 * {@code http-equiv}, the XML declaration), unless it cannot show Arabic and the bytes read as
 * windows-1256 Arabic; then windows-1256 for Arabic-looking bytes, windows-1252 for anything else.
 */
public final class PageCharset {
    private static final Pattern DECLARED = Pattern.compile(
            "(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    static final Charset CP1256 = Charset.forName("windows-1256");

    private PageCharset() {
    }

    /** The charset to read {@code bytes} in, and why. */
    public record Choice(Charset charset, String basis) {}

    public static Choice detect(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) return new Choice(StandardCharsets.UTF_8, "byte-order mark");
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) return new Choice(StandardCharsets.UTF_16LE, "byte-order mark");
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) return new Choice(StandardCharsets.UTF_16BE, "byte-order mark");
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        boolean validUtf8 = Encodings.firstMalformed(b, b.length, true) < 0;
        if (!ascii && validUtf8) return new Choice(StandardCharsets.UTF_8, "valid UTF-8");
        Charset declared = declared(b);
        boolean arabicBytes = !ascii && Encodings.looksLikeCp1256Arabic(b, b.length);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            if (arabicBytes && !showsArabic(declared)) return new Choice(CP1256, "declared " + declared.name() + ", but the bytes are windows-1256 Arabic");
            return new Choice(declared, "declared");
        }
        if (ascii) return new Choice(StandardCharsets.UTF_8, "ASCII");
        if (arabicBytes) return new Choice(CP1256, declared == null ? "undeclared; the bytes are windows-1256 Arabic" : "declared UTF-8, but the bytes are windows-1256 Arabic");
        return new Choice(Charset.forName("windows-1252"), "not UTF-8; read as windows-1252");
    }

    public static String decode(byte[] b) {
        Choice c = detect(b);
        String s = new String(b, c.charset());
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The charset the page's own markup declares in its first 4 kB, or null (unknown names too). */
    static Charset declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean showsArabic(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.contains("1256") || n.contains("8859-6") || n.startsWith("utf") || n.contains("864") || n.contains("720");
    }
}
