package org.clashmap.datasets;

import org.clashmap.text.Encodings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a CSV file exactly as {@link CsvRows} gives them, read from the file's bytes: commons-csv
 * decodes every character, copies it into a builder and makes a string of every field, and a dataset file's
 * fields are mostly ones no reader asks for (UCDP's article lists, WKT, names of the dyad); here a field is
 * found by its bytes (the separators are ASCII, which no byte of a multi-byte UTF-8 character can be) and
 * decoded only when asked for. Parsing the UCDP file was the larger half of its import (issue 24, decision 045).
 * <p>
 * Only the common shape is read here: plain fields, fields in double quotes (doubled quotes inside), lines that
 * end in LF or CRLF, a header of distinct, non-blank names with every required column, and UTF-8 that the JDK's
 * decoder accepts. At the first thing outside it — a quote inside a plain field, text after a closing quote, a
 * lone CR, an empty line, an odd header, a byte sequence that is not UTF-8, a failed read — it hands over to {@link CsvRows}
 * started again on the file and moved past the records already given, so the rest of the file, its records,
 * line numbers and messages (the unreadable CSV, the bytes that are not UTF-8) are commons-csv's as before.
 * <p>
 * Every record given here is one {@link CsvRows} gives too: before a record is given, the file is checked as
 * UTF-8 for {@link #AHEAD} bytes past it, more than {@link CsvRows}' readers decode ahead of the record they
 * parse (three buffers of 8,192), so a file that {@link CsvRows} stops reading at a bad byte is handed over
 * before the last record {@link CsvRows} would give. A row's fields are valid until the next call of
 * {@link #next}.
 */
final class PlainCsvRows implements CsvRecords {
    /** Bytes past a record checked as UTF-8 before it is given. */
    static final int AHEAD = 1 << 20;
    /**
     * Bytes read (and checked) at a time. Not the whole buffer: the first record waits until {@link #AHEAD} bytes past
     * it are checked, and a first read of the buffer's 4 MB had them all checked first, in a JVM that has not compiled
     * the check yet, while the store waited for its first part (decision 056).
     */
    static final int READ = AHEAD / 4;
    private static final byte QUOTE = '"', COMMA = ',', CR = '\r', LF = '\n';

    private final Path file;
    private final InputStream in;
    private final List<String> requiredColumns;
    private byte[] buf = new byte[4 * AHEAD];
    /** Bytes read into {@link #buf}; of them, those before {@link #checked} are known to be UTF-8. */
    private int limit, checked;
    private boolean eof;
    /** Set at a byte sequence that is not UTF-8 or a failed read: what follows is commons-csv's to read and word. */
    private boolean leaveToCommonsCsv;
    /** Where the next record starts, and how many line breaks came before it. */
    private int pos;
    private long lineBreaks;
    private Map<String, Integer> header;
    /** Records given so far: the hand-over skips them. */
    private long given;
    private CsvRows handedOver;
    private final Record record = new Record();

    /** Reads {@code in}, the open file {@code file}; {@code file} is opened again only if the reading is handed over. */
    PlainCsvRows(Path file, InputStream in, List<String> requiredColumns) {
        this.file = file;
        this.in = in;
        this.requiredColumns = requiredColumns;
    }

    @Override
    public CsvRows.Next next() throws IOException {
        if (handedOver != null) return handedOver.next();
        if (header == null && !readHeader()) return handOver();
        long line = lineBreaks + 1;
        int end = parse();
        if (end == END && !leaveToCommonsCsv) return null;
        if (end < 0 || !checkedAhead(end)) return handOver();
        pos = end;
        given++;
        return CsvRows.checked(line, record, header);
    }

    private boolean readHeader() throws IOException {
        fill(3);
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) pos = 3; // the BOM
        int end = parse();
        if (end < 0 || !checkedAhead(end)) return false;
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i);
            if (name.isBlank() || names.put(name, i) != null) return false;
        }
        if (CsvRows.missing(names, requiredColumns) != null) return false;
        pos = end;
        header = names;
        return true;
    }

    /** From here on commons-csv reads, started again on the file and moved past the records given here. */
    private CsvRows.Next handOver() throws IOException {
        try {
            in.close();
        } catch (IOException e) {
            // the file is opened again below; a failure there is the one to report
        }
        handedOver = new CsvRows(Files.newBufferedReader(file, StandardCharsets.UTF_8), requiredColumns);
        for (long i = 0; i < given; i++) handedOver.next();
        return handedOver.next();
    }

    /** Whether the bytes up to {@link #AHEAD} past {@code end} (or to the end of the file) are UTF-8. */
    private boolean checkedAhead(int end) throws IOException {
        while (!eof && !leaveToCommonsCsv && limit - end < AHEAD) more();
        return !leaveToCommonsCsv;
    }

    private static final int END = -1, STRANGE = -2;

    /**
     * Parses the record at {@link #pos} into {@link #record}: where it ends (past its line break), {@link #END} at
     * the end of the file, or {@link #STRANGE} when it is not of the shape read here.
     */
    private int parse() throws IOException {
        compact();
        record.size = 0;
        int p = pos;
        long breaks = 0;
        if (!fill(p + 1)) return END;
        if (buf[p] == LF || buf[p] == CR) return onlyLineBreaksLeft(p) ? END : STRANGE; // commons-csv skips empty lines
        while (true) {
            int start, stop;
            boolean doubled = false;
            if (fill(p + 1) && buf[p] == QUOTE) {
                start = ++p;
                while (true) {
                    if (!fill(p + 1)) return STRANGE; // the file ends inside quotes
                    byte b = buf[p];
                    if (b == QUOTE) {
                        if (fill(p + 2) && buf[p + 1] == QUOTE) {
                            doubled = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (b == CR) {
                        if (!fill(p + 2) || buf[p + 1] != LF) return STRANGE;
                        p++;
                    }
                    if (buf[p] == LF) breaks++;
                    p++;
                }
                stop = p++;
                if (fill(p + 1) && buf[p] != COMMA && buf[p] != LF && buf[p] != CR) return STRANGE; // text after the closing quote
            } else {
                start = p;
                while (fill(p + 1) && buf[p] != COMMA && buf[p] != LF && buf[p] != CR) {
                    if (buf[p] == QUOTE) return STRANGE; // commons-csv keeps it; rare enough to leave to it
                    p++;
                }
                stop = p;
            }
            record.add(start, stop, doubled);
            if (!fill(p + 1)) {
                lineBreaks += breaks;
                return p;
            }
            byte b = buf[p];
            if (b == COMMA) {
                p++;
                continue;
            }
            if (b == CR) {
                if (!fill(p + 2) || buf[p + 1] != LF) return STRANGE;
                p++;
            }
            lineBreaks += breaks + 1;
            return p + 1;
        }
    }

    /** Whether nothing but line breaks follows {@code p} to the end of the file: commons-csv finds no record there. */
    private boolean onlyLineBreaksLeft(int p) throws IOException {
        for (; fill(p + 1); p++) if (buf[p] != LF && buf[p] != CR) return false;
        return true;
    }

    /** Whether the buffer holds the bytes before {@code upTo}, reading on as needed; false when the file ends first. */
    private boolean fill(int upTo) throws IOException {
        while (limit < upTo) {
            if (eof) return false;
            more();
        }
        return true;
    }

    /** Reads on into the buffer (making room first) and checks what came as UTF-8. */
    private void more() throws IOException {
        if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2); // a record longer than the buffer
        int n;
        try {
            n = in.read(buf, limit, Math.min(buf.length - limit, READ));
        } catch (IOException e) {
            // commons-csv, reading the file again, meets the failure itself and words it as it always did
            leaveToCommonsCsv = true;
            eof = true;
            return;
        }
        if (n < 0) eof = true;
        else limit += n;
        int whole = eof ? limit : wholeCharacters(buf, checked, limit);
        if (!Encodings.isSoundUtf8(buf, checked, whole)) leaveToCommonsCsv = true; // (a NUL too: commons-csv keeps it)
        else checked = whole;
    }

    /** Where the last character begun in {@code b[from, to)} ends if it is whole, else where it begins: the rest is still to come. */
    static int wholeCharacters(byte[] b, int from, int to) {
        int lead = to - 1;
        while (lead >= from && lead > to - 4 && (b[lead] & 0xC0) == 0x80) lead--;
        if (lead < from) return to;
        int c = b[lead] & 0xFF;
        int length = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        return lead + length > to ? lead : to;
    }

    /** Moves the unread bytes to the start of the buffer once the records before them take half of it. */
    private void compact() {
        if (pos < buf.length / 2) return;
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        checked -= pos;
        pos = 0;
    }

    /** The fields of the record parsed last, as offsets into the buffer, decoded when asked for. */
    private final class Record implements CsvRows.Fields {
        int size;
        int[] starts = new int[64], stops = new int[64];
        boolean[] doubled = new boolean[64];

        void add(int start, int stop, boolean hasDoubledQuotes) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                stops = Arrays.copyOf(stops, size * 2);
                doubled = Arrays.copyOf(doubled, size * 2);
            }
            starts[size] = start;
            stops[size] = stop;
            doubled[size++] = hasDoubledQuotes;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public String get(int i) {
            if (i < 0 || i >= size) throw new ArrayIndexOutOfBoundsException(i);
            int from = starts[i], to = stops[i];
            if (!doubled[i]) return new String(buf, from, to - from, StandardCharsets.UTF_8);
            byte[] b = new byte[to - from];
            int n = 0;
            for (int k = from; k < to; k++) {
                b[n++] = buf[k];
                if (buf[k] == QUOTE) k++; // "" inside quotes is one "
            }
            return new String(b, 0, n, StandardCharsets.UTF_8);
        }
    }

    /** Whether commons-csv reads the rest of the file (for tests). */
    boolean handedOver() {
        return handedOver != null;
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } finally {
            if (handedOver != null) handedOver.close();
        }
    }
}
