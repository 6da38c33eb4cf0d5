package org.clashmap.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.store.EventFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AcledCsvExportTest {
    static final List<String> ACLED_HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities", "fatalities_scope",
            "incident_id", "reports", "outlets", "fatalities_low", "fatalities_best", "fatalities_high");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path tmp;
    ExportFixture fx;

    @BeforeEach
    void fill() {
        fx = ExportFixture.build(tmp);
    }

    @AfterEach
    void close() {
        fx.db.close();
    }

    private byte[] export(ExportOptions options) throws Exception {
        Path out = tmp.resolve("events.csv");
        new EventExporter(fx.store, options).export(EventFilter.ALL, ExportFormat.CSV, out);
        return Files.readAllBytes(out);
    }

    private static List<CSVRecord> parse(String text) throws Exception {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text))) {
            assertEquals(ACLED_HEADER, p.getHeaderNames(), "ACLED's header, exactly");
            return p.getRecords();
        }
    }

    @Test
    void startsWithABomSoExcelReadsArabicAndHasAcledsHeader() throws Exception {
        byte[] bytes = export(ExportOptions.defaults());
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("event_id_cnty,event_date,year,"), "header right after the BOM");
        assertEquals(ExportFixture.DEFAULT_FEATURES, parse(text).size());
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void withoutBomOnRequest() throws Exception {
        byte[] bytes = export(ExportOptions.defaults().withCsvBom(false));
        assertEquals('e', bytes[0]);
        assertEquals(ExportFixture.DEFAULT_FEATURES, parse(new String(bytes, StandardCharsets.UTF_8)).size());
    }

    @Test
    void rowsCarryAcledValues() throws Exception {
        byte[] bytes = export(ExportOptions.defaults());
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            assertNull(rows.put(r.get("event_id_cnty"), r), "event_id_cnty is unique");
        }

        CSVRecord a = rows.get("SYR" + fx.a);
        assertNotNull(rows.get("SYR" + fx.a + "-2"), "second place of event A");
        assertEquals("24 April 2018", a.get("event_date"));
        assertEquals("2018", a.get("year"));
        assertEquals("1", a.get("time_precision"));
        assertEquals("Battles", a.get("event_type"));
        assertEquals("Armed clash", a.get("sub_event_type"));
        assertEquals("Military Forces of Syria (2000-)", a.get("actor1"));
        assertEquals("Islamic State (Syria)", a.get("actor2"));
        assertEquals("Sokhneh", a.get("location"));
        assertEquals(OchaPlaces.place("السخنة", 2, 0, 0).lat(), Double.parseDouble(a.get("latitude")), 1e-6);
        assertEquals(OchaPlaces.place("السخنة", 2, 0, 0).lon(), Double.parseDouble(a.get("longitude")), 1e-6);
        assertEquals("1", a.get("geo_precision"));
        assertEquals("Sada al-Sham (صدى الشام)", a.get("source"));
        assertEquals(fx.store.event(fx.a).sentence(), a.get("notes"), "Arabic sentence with its quotes and commas intact");
        assertEquals("0", a.get("fatalities"), "ACLED codes unreported dead as 0");
        assertEquals("", a.get("fatalities_scope"), "unknown dead: no scope");
        assertEquals("0", rows.get("SYR" + fx.a + "-2").get("fatalities"));

        CSVRecord b = rows.get("SYR" + fx.b);
        assertEquals("08 June 2018", b.get("event_date"), "a range is dated by its first day");
        assertEquals("2", b.get("time_precision"));
        assertEquals("30", b.get("fatalities"));
        assertEquals("event", b.get("fatalities_scope"), "the event's toll, no count given per place");
        assertEquals("Non-state actor overtakes territory", b.get("sub_event_type"));

        CSVRecord d = rows.get("SYR" + fx.d);
        assertEquals("3", d.get("fatalities"), "the analyst's edit");
        assertTrue(d.get("notes").contains("\"سانا\""), "ASCII quotes survive CSV quoting: " + d.get("notes"));

        CSVRecord g = rows.get("SYR" + fx.g);
        assertEquals("2", g.get("geo_precision"), "a point 60 km off a town, 15 km radius");

        CSVRecord f = rows.get("SYR" + fx.f);
        assertEquals("", f.get("event_date"), "undated stays empty");
        assertEquals("", f.get("year"));
        assertEquals("", f.get("time_precision"));
        assertEquals("Al-Modon (المدن)", f.get("source"));

        assertNull(rows.get("SYR" + fx.e), "rejected event not exported by default");
    }

    @Test
    void gdalSkipsTheBomAndSeesAcledsColumns() throws Exception {
        export(ExportOptions.defaults());
        String info = Ogr.summary(tmp.resolve("events.csv"));
        assertTrue(info.contains("Feature Count: " + ExportFixture.DEFAULT_FEATURES), info);
        assertTrue(info.contains("\nevent_id_cnty: String"), "first column name without a BOM glued to it:\n" + info);
    }

    @Test
    void geoPrecisionFollowsTheRadius() {
        assertEquals(1, AcledCsvExporter.geoPrecision(0.5));
        assertEquals(1, AcledCsvExporter.geoPrecision(2));
        assertEquals(2, AcledCsvExporter.geoPrecision(2.5));
        assertEquals(2, AcledCsvExporter.geoPrecision(25));
        assertEquals(3, AcledCsvExporter.geoPrecision(40));
    }

    @Test
    void coordinatesAreNeverInScientificNotation() {
        assertEquals("0.00001", AcledCsvExporter.decimal(1e-5));
        assertEquals("34.557302", AcledCsvExporter.decimal(34.557302));
        assertEquals("40", AcledCsvExporter.decimal(40.0));
    }

    /** Issue 24: the text rounding of coordinates gives what BigDecimal's HALF_UP gives, ties and signs included. */
    @Test
    void coordinatesRoundAsBigDecimalDoes() {
        java.util.Random random = new java.util.Random(24);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 35.0000005, -35.0000005, 35.9999995, -0.0000005,
                0.0000004, 1e-7, -1e-7, 9.9999996, 180.0, -179.9999999, 36.12345649999, 123456789012.5, 1e13, Double.MIN_VALUE));
        for (int i = 0; i < 200_000; i++) {
            double v = (random.nextDouble() - 0.5) * 360;
            values.add(v);
            values.add(Math.round(v * 1e7) / 1e7); // seven places: a tie in every tenth
        }
        for (double v : values) {
            String expected = new java.math.BigDecimal(Double.toString(v)).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            assertEquals(expected, AcledCsvExporter.decimal(v), () -> "decimal(" + v + ")");
        }
    }

    /** Issue 24: ACLED's "dd MMMM yyyy" written without the formatter reads as the formatter writes it. */
    @Test
    void acledDatesReadAsTheFormatterWritesThem() {
        for (java.time.LocalDate d = java.time.LocalDate.of(1999, 12, 25); d.getYear() < 2031; d = d.plusDays(3)) {
            assertEquals(AcledCsvExporter.ACLED_DATE.format(d), AcledCsvExporter.acledDate(d));
        }
        java.time.LocalDate far = java.time.LocalDate.of(12024, 1, 5);
        assertEquals(AcledCsvExporter.ACLED_DATE.format(far), AcledCsvExporter.acledDate(far));
    }

    @Test
    void unknownActorIdsAreExportedAsTheIdAndKnownOnesByName() {
        AcledActorNames names = AcledActorNames.defaults();
        assertEquals("Opposition Rebels (Syria)", names.name("opposition"));
        assertEquals("some_new_group", names.name("some_new_group"));
        assertNull(names.name(null));
        // Every actor of the extraction lexicon has a name here.
        for (String id : List.of("civilians", "coalition", "hezbollah", "hts", "iran_militias", "isis", "israel",
                "opposition", "regime", "russia", "sdf", "sna", "turkey")) {
            assertTrue(names.knows(id), id);
        }
    }
}
