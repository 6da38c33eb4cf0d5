package org.clashmap.datasets;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A header-first CSV read with commons-csv (quoted fields may hold commas, quotes and newlines),
 * record by record, knowing each record's first line number and checking its column count.
 * {@link PlainCsvRows} reads the same records faster from a file and hands over to this reader
 * for anything it does not read exactly as this one does.
 */
final class CsvRows implements CsvRecords {
    /** A record's fields by position. */
    interface Fields {
        int size();

        String get(int i);
    }

    /** One record with access by column name; problems become {@link BadRow}s naming the column. */
    static final class Row {
        final Fields rec;
        final Map<String, Integer> header;

        Row(Fields rec, Map<String, Integer> header) {
            this.rec = rec;
            this.header = header;
        }

        String text(String col) {
            Integer i = header.get(col);
            return i == null || i >= rec.size() ? "" : rec.get(i).trim();
        }

        String required(String col) throws BadRow {
            String v = text(col);
            if (v.isEmpty()) throw new BadRow(col + " is empty");
            return v;
        }

        int integer(String col) throws BadRow {
            String v = required(col);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new BadRow(col + " is not a whole number: '" + v + "'");
            }
        }

        /** A count that may be missing ("" or NA); negative counts are refused. */
        Integer count(String col) throws BadRow {
            String v = text(col);
            if (v.isEmpty() || v.equals("NA")) return null;
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new BadRow(col + " is not a whole number: '" + v + "'");
            }
            if (n < 0) throw new BadRow(col + " is negative: " + n);
            return n;
        }

        double number(String col, double min, double max) throws BadRow {
            String v = required(col);
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new BadRow(col + " is not a number: '" + v + "'");
            }
            if (!(d >= min && d <= max)) throw new BadRow(col + " " + v + " is out of range [" + min + ", " + max + "]");
            return d;
        }

        LocalDate isoDate(String col) throws BadRow {
            String v = required(col);
            try {
                return fastIsoDate(v);
            } catch (java.time.DateTimeException | NumberFormatException e) {
                throw new BadRow(col + " is not a date (YYYY-MM-DD): '" + v + "'");
            }
        }
    }

    /** YYYY-MM-DD without the formatter machinery (it runs twice per row); anything else goes through LocalDate.parse. */
    static LocalDate fastIsoDate(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
        }
        return LocalDate.parse(v);
    }

    /** A record or, when its column count is wrong, the problem. */
    record Next(long line, Row row, String problem) {}

    /** The header's required columns that it lacks, or null when it has them all. */
    static String missing(Map<String, Integer> header, List<String> requiredColumns) {
        List<String> missing = requiredColumns.stream().filter(c -> !header.containsKey(c)).toList();
        return missing.isEmpty() ? null : "the header lacks column(s) " + String.join(", ", missing);
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> it;
    private final Map<String, Integer> header;

    CsvRows(Reader in, List<String> requiredColumns) throws IOException {
        try {
            parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false)
                    .build().parse(skipBom(in));
        } catch (CSVException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reads the header in the constructor: a quoting break there is the file's problem, not an I/O one
            throw new IllegalArgumentException("line 1: unreadable CSV header (" + rootMessage(e) + ")", e);
        }
        header = parser.getHeaderMap();
        String missing = missing(header, requiredColumns);
        if (missing != null) throw new IllegalArgumentException(missing);
        it = parser.iterator();
    }

    private static Reader skipBom(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int c = r.read();
        if (c != -1 && c != '\uFEFF') r.unread(c);
        return r;
    }

    /**
     * The next record, or null at the end. A quoting error that leaves the rest of the file
     * unreadable is thrown as an {@link IllegalArgumentException} naming the line.
     */
    @Override
    public Next next() {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord rec;
        try {
            if (!it.hasNext()) return null;
            rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("line " + line + ": unreadable CSV from here on (" + rootMessage(e) + ")", e);
        }
        CSVRecord r = rec;
        return checked(line, new Fields() {
            @Override
            public int size() {
                return r.size();
            }

            @Override
            public String get(int i) {
                return r.get(i);
            }
        }, header);
    }

    /** The record as a row, or the problem when its column count is not the header's. */
    static Next checked(long line, Fields fields, Map<String, Integer> header) {
        if (fields.size() != header.size()) {
            return new Next(line, null, "has " + fields.size() + " fields, the header has " + header.size());
        }
        return new Next(line, new Row(fields, header), null);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        if (t instanceof java.nio.charset.CharacterCodingException) return "the bytes here are not valid UTF-8";
        return t.getMessage();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
