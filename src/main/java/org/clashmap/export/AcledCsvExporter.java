package org.clashmap.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.store.StoredEvent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Stored events as a CSV with ACLED's column names, so scripts written for ACLED downloads run on
 * ClashMap output. RFC 4180 quoting and CRLF line ends (what Excel and pandas expect), UTF-8 with
 * an optional byte-order mark (see docs/decisions/008-export-formats.md).
 */
final class AcledCsvExporter implements FeatureWriter {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities", "fatalities_scope",
            "incident_id", "reports", "outlets", "fatalities_low", "fatalities_best", "fatalities_high");
    /** ACLED's country prefix for Syria. */
    static final String COUNTRY = "SYR";
    static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);

    private final Writer writer;
    private final CSVPrinter csv;
    private final ExportOptions options;

    AcledCsvExporter(Path file, ExportOptions options) throws IOException {
        this.options = options;
        writer = new CsvWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        if (options.csvBom()) writer.write('\uFEFF');
        csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
    }

    @Override
    public void write(EventPoint p) throws IOException {
        StoredEvent e = p.event();
        DateRange d = e.date();
        AdminAreas.Names admin = options.adminAreas().of(p);
        record(
                COUNTRY + p.featureId(),
                d.isKnown() ? acledDate(d.from()) : "",
                d.isKnown() ? Integer.toString(d.from().getYear()) : "",
                d.isKnown() ? Integer.toString(d.precision().acledCode) : "",
                cell(e.type().label),
                e.subType() == null ? "" : cell(e.subType().label),
                cell(options.actorNames().name(p.actor(ActorRole.ACTOR1))),
                cell(options.actorNames().name(p.actor(ActorRole.ACTOR2))),
                cell(admin.admin1()), cell(admin.admin2()), cell(admin.admin3()),
                cell(location(p)),
                decimal(p.lat()), decimal(p.lon()),
                Integer.toString(geoPrecision(p.place().precisionKm())),
                cell(e.outlet()),
                cell(e.sentence()),
                // This row's share of the event's dead (FatalityShares: an event's rows add up to its
                // toll, as in ACLED). ACLED's column is always a number and codes "not reported" as 0.
                Integer.toString(p.dead().count() == null ? 0 : p.dead().count()),
                // "place": the text's count for this place; "event": the event's dead not given per
                // place (all of them when none is); "other report": another report of the same incident
                // carries its dead; empty: this row carries none of the event's dead.
                cell(p.dead().scopeLabel()),
                // The incident across reports (decision 021); its dead repeated on each of its rows.
                num(p.incident().incidentId()), Integer.toString(p.incident().reports()), Integer.toString(p.incident().outlets()),
                num(p.incident().low()), num(p.incident().best()), num(p.incident().high()));
    }

    /**
     * One row, value by value: what {@code printRecord} writes, without the stream of values it
     * builds per row (a fifth of a CSV export's main thread went to that machinery, issue 24).
     */
    private void record(Object... values) throws IOException {
        for (Object v : values) csv.print(v);
        csv.println();
    }

    /** {@link #ACLED_DATE}'s text ("03 April 2017") without the formatter's machinery for the four-digit years events have. */
    static String acledDate(LocalDate d) {
        int y = d.getYear(), day = d.getDayOfMonth();
        if (y < 1000 || y > 9999) return ACLED_DATE.format(d);
        return new StringBuilder(20).append((char) ('0' + day / 10)).append((char) ('0' + day % 10)).append(' ')
                .append(MONTHS[d.getMonthValue() - 1]).append(' ').append(y).toString();
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /**
     * A buffered writer whose {@code append(text, start, end)} writes the characters in place; the
     * {@link Writer} default copies them into a new string first, and the CSV printer appends every
     * value that way.
     */
    private static final class CsvWriter extends BufferedWriter {
        CsvWriter(Writer out) {
            super(out, 1 << 16);
        }

        @Override
        public Writer append(CharSequence text, int start, int end) throws IOException {
            if (text instanceof String s) write(s, start, end - start);
            else super.append(text, start, end);
            return this;
        }
    }

    /** ACLED's location is the English place name; the Arabic one stands in when there is none. */
    private static String location(EventPoint p) {
        String en = p.place().nameEn();
        return en != null && !en.isBlank() ? en : p.placeName();
    }

    /**
     * ACLED geo_precision: 1 the exact town, 2 a nearby or part of a region, 3 only a larger region.
     * Our radius maps onto it: a village or town is within ~2 km, a district ~25 km.
     */
    static int geoPrecision(double km) {
        if (km <= 2) return 1;
        if (km <= 25) return 2;
        return 3;
    }

    /** Plain decimal (never scientific), at most 6 places (~0.1 m), as gazetteers give them. */
    static String decimal(double v) {
        String fast = sixPlaces(Double.toString(v));
        return fast != null ? fast : BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * The same rounding as {@link BigDecimal#valueOf(double)} then {@code setScale(6, HALF_UP)} done on
     * the shortest decimal text of the double, for the plain forms coordinates take ("-35.9533304460157"):
     * two BigDecimals per row cost more than the rest of a coordinate's cell. Null for any other form
     * (an exponent, more than 12 integer digits), which the BigDecimal path takes.
     */
    static String sixPlaces(String text) {
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0, dot = text.indexOf('.');
        if (dot < 0 || dot - start > 12 || text.indexOf('E') >= 0) return null;
        long micros = 0;
        for (int i = start; i < dot; i++) micros = micros * 10 + (text.charAt(i) - '0');
        for (int i = dot + 1; i <= dot + 6; i++) micros = micros * 10 + (i < text.length() ? text.charAt(i) - '0' : 0);
        if (dot + 7 < text.length() && text.charAt(dot + 7) >= '5') micros++; // HALF_UP: away from zero from the seventh place's 5
        if (micros == 0) return "0";
        long whole = micros / 1_000_000;
        int fraction = (int) (micros % 1_000_000), places = 6;
        while (fraction != 0 && fraction % 10 == 0) {
            fraction /= 10;
            places--;
        }
        StringBuilder b = new StringBuilder(20);
        if (negative) b.append('-');
        b.append(whole);
        if (fraction != 0) {
            String f = Integer.toString(fraction);
            b.append('.');
            for (int i = f.length(); i < places; i++) b.append('0');
            b.append(f);
        }
        return b.toString();
    }

    /**
     * A text cell a spreadsheet will not run (OWASP, "CSV Injection"): a value starting with
     * {@code = + - @}, a tab or a carriage return is prefixed with a single quote, so Excel and
     * LibreOffice show it as text instead of evaluating it ({@code =HYPERLINK(...)} would otherwise
     * be a live link). The quote is visible in the cell; the other columns are our own numbers and
     * dates and are written as they are. Every text column goes through here.
     */
    static String cell(String s) {
        if (s == null || s.isEmpty()) return "";
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static String num(Number n) {
        return n == null ? "" : n.toString();
    }

    @Override
    public void finish() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
