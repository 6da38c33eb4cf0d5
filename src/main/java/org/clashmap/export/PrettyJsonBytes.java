package org.clashmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON written as UTF-8 bytes in the layout of Jackson's default pretty printer, byte for byte: an object's entries one
 * a line, indented two spaces a level, {@code "name" : value}; an array's values on one line, {@code [ a, b ]}; empty
 * ones {@code { }} and {@code [ ]}. Strings are escaped as Jackson escapes them: {@code \"}, {@code \\}, {@code \b \t \n
 * \f \r}, the other C0 controls and each half of a surrogate pair as {@code \}{@code uXXXX}, everything else as its
 * UTF-8 bytes. Doubles as {@link Double#toString} (NaN and the infinities quoted), ints in decimal.
 *
 * <p>Why: {@code clashmap extract} prints about three bytes of GeoJSON for each byte of report it reads, and writing
 * them through Jackson's generator (a call per field, its pretty printer's indentation and each string copied and
 * encoded char by char at the short-run JVM's quick compiler tier) was two thirds of the main thread's time.
 * {@code PrettyJsonBytesTest} holds it to Jackson's own bytes.
 */
final class PrettyJsonBytes implements JsonSink {
    private static final byte[] EOL = System.lineSeparator().getBytes(StandardCharsets.US_ASCII); // DefaultIndenter's
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** Per ASCII char: 0 written as it is, 'u' as a backslash, u and four hex digits, else the letter written after a backslash. */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) ESCAPE[c] = 'u';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\f'] = 'f';
        ESCAPE['\n'] = 'n';
        ESCAPE['\r'] = 'r';
    }

    private final OutputStream out;
    private byte[] buf = new byte[1 << 16];
    private int n;
    /** Objects open: the indentation level of their entries (arrays stay on one line). */
    private int depth;
    /** Per open object or array (index 1 up; 0 is the root), its entries so far and whether it is an array. */
    private int[] entries = new int[16];
    private boolean[] array = new boolean[16];
    private int open;

    PrettyJsonBytes(OutputStream out) {
        this.out = out;
    }

    @Override
    public void startObject() throws IOException {
        value();
        openObject();
    }

    @Override
    public void startObject(String field) throws IOException {
        name(field);
        openObject();
    }

    private void openObject() throws IOException {
        put('{');
        depth++;
        push(false);
    }

    @Override
    public void endObject() throws IOException {
        int had = entries[open--];
        depth--;
        if (had > 0) newLine();
        else put(' ');
        put('}');
    }

    @Override
    public void startArray(String field) throws IOException {
        name(field);
        put('[');
        push(true);
    }

    @Override
    public void endArray() throws IOException {
        open--;
        put(' ');
        put(']');
    }

    @Override
    public void string(String value) throws IOException {
        value();
        quotedOrNull(value);
    }

    @Override
    public void string(String field, String value) throws IOException {
        name(field);
        quotedOrNull(value);
    }

    @Override
    public void number(double value) throws IOException {
        value();
        decimal(value);
    }

    @Override
    public void number(String field, int value) throws IOException {
        name(field);
        ascii(Integer.toString(value));
    }

    @Override
    public void number(String field, double value) throws IOException {
        name(field);
        decimal(value);
    }

    @Override
    public void nullField(String field) throws IOException {
        name(field);
        put(NULL);
    }

    /** Writes what is buffered to the stream and flushes it (the stream stays open). */
    void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
        out.flush();
    }

    /** Before a value in an array (" " first, ", " after); at the root, nothing. */
    private void value() throws IOException {
        if (open == 0 || !array[open]) return;
        if (entries[open]++ > 0) put(',');
        put(' ');
    }

    /** An object's entry: "," after the first, a new line at the object's indentation, the quoted name and " : ". */
    private void name(String field) throws IOException {
        if (entries[open]++ > 0) put(',');
        newLine();
        quoted(field);
        room(3);
        buf[n++] = ' ';
        buf[n++] = ':';
        buf[n++] = ' ';
    }

    private void push(boolean isArray) {
        if (++open == entries.length) {
            entries = java.util.Arrays.copyOf(entries, open * 2);
            array = java.util.Arrays.copyOf(array, open * 2);
        }
        entries[open] = 0;
        array[open] = isArray;
    }

    private void newLine() throws IOException {
        room(EOL.length + 2 * depth);
        for (byte b : EOL) buf[n++] = b;
        for (int i = 0; i < 2 * depth; i++) buf[n++] = ' ';
    }

    private void decimal(double v) throws IOException {
        if (Double.isFinite(v)) ascii(decimals.of(v));
        else quoted(Double.toString(v)); // Jackson quotes the non-numbers (QUOTE_NON_NUMERIC_NUMBERS)
    }

    private final Decimals decimals = new Decimals();

    /**
     * {@link Double#toString} of the values written lately, kept by their bits in a table where a newer value takes an
     * older one's slot: a feature has four doubles (its point, its place's precision, the confidence), the same few
     * places recur through a report set, and working a double's shortest digits out was the costliest step left.
     */
    private static final class Decimals {
        private static final int SLOTS = 4096;
        private final long[] bits = new long[SLOTS];
        private final String[] text = new String[SLOTS];

        String of(double v) {
            long b = Double.doubleToRawLongBits(v);
            int i = (int) ((b ^ b >>> 29) * 0x9E3779B97F4A7C15L >>> 52); // 12 bits
            String t = text[i];
            if (t != null && bits[i] == b) return t;
            t = Double.toString(v);
            bits[i] = b;
            text[i] = t;
            return t;
        }
    }

    private void quotedOrNull(String s) throws IOException {
        if (s == null) put(NULL);
        else quoted(s);
    }

    /** The chars of the string being written, copied out at once (a charAt per char costs more at the quick tier). */
    private char[] chars = new char[256];

    /** Strings up to this length have their quoted bytes kept ({@link #recent}). */
    private static final int RECENT_LENGTH = 64;
    /**
     * The quoted bytes of short strings written lately, by the string itself (identity) in a slot of its hash: the
     * field names, and the values features share (event types, actors, the places' names and ids), are then copied,
     * not escaped and encoded again.
     */
    private final String[] recent = new String[1024];
    private final byte[][] recentBytes = new byte[1024][];

    private void quoted(String s) throws IOException {
        if (s.length() > RECENT_LENGTH) {
            encode(s);
            return;
        }
        int slot = s.hashCode() & (recent.length - 1);
        if (recent[slot] == s) {
            put(recentBytes[slot]);
            return;
        }
        room(s.length() * 6 + 2);
        int from = n;
        encode(s);
        recent[slot] = s;
        recentBytes[slot] = java.util.Arrays.copyOfRange(buf, from, n);
    }

    /** The string quoted, escaped and encoded. */
    private void encode(String s) throws IOException {
        int len = s.length();
        room(len * 6 + 2); // at most six bytes a char (an escape)
        if (len > chars.length) chars = new char[Math.max(len, 2 * chars.length)];
        char[] cs = chars;
        s.getChars(0, len, cs, 0);
        byte[] b = buf;
        int at = n;
        b[at++] = '"';
        for (int i = 0; i < len; i++) {
            char c = cs[i];
            if (c < 0x80) {
                byte e = ESCAPE[c];
                if (e == 0) {
                    b[at++] = (byte) c;
                } else if (e == 'u') {
                    at = unicodeEscape(b, at, c);
                } else {
                    b[at++] = '\\';
                    b[at++] = e;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(b, at, c);
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[at++] = '"';
        n = at;
    }

    private static int unicodeEscape(byte[] b, int at, char c) {
        b[at++] = '\\';
        b[at++] = 'u';
        b[at++] = HEX[c >> 12 & 0xF];
        b[at++] = HEX[c >> 8 & 0xF];
        b[at++] = HEX[c >> 4 & 0xF];
        b[at++] = HEX[c & 0xF];
        return at;
    }

    /** Digits, signs and letters of a number. */
    private void ascii(String s) throws IOException {
        int len = s.length();
        room(len);
        for (int i = 0; i < len; i++) buf[n++] = (byte) s.charAt(i);
    }

    private void put(byte[] bytes) throws IOException {
        room(bytes.length);
        System.arraycopy(bytes, 0, buf, n, bytes.length);
        n += bytes.length;
    }

    private void put(char c) throws IOException {
        room(1);
        buf[n++] = (byte) c;
    }

    /** Room for {@code k} more bytes: what is buffered goes to the stream first when it would not fit. */
    private void room(int k) throws IOException {
        if (n + k <= buf.length) return;
        out.write(buf, 0, n);
        n = 0;
        if (k > buf.length) buf = new byte[k];
    }
}
