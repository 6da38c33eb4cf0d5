package org.clashmap.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.cli.CommandLines;
import org.clashmap.export.charts.ChartData;
import org.clashmap.export.charts.ChartRows;
import org.clashmap.export.charts.ChartSpec;
import org.clashmap.extract.EventType;
import org.clashmap.geo.Language;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chart's totals are the export's for the same filter: incidents once, their dead once (issue 20). */
class ChartTotalsTest {
    @TempDir
    Path tmp;

    /** Filters the totals are checked for (the choropleth's test checks the same). */
    static final List<EventFilter> FILTERS = List.of(
            EventFilter.ALL,
            new EventFilter(null, null, Set.of(EventType.BATTLES), Set.of(), 0, false, Set.of()),
            new EventFilter(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30), Set.of(), Set.of(), 0, false, Set.of(), false, Set.of(), ""),
            new EventFilter(null, null, Set.of(), Set.of("isis"), 0, false, Set.of()));

    @Test
    void chartTotalsEqualTheExportsForTheSameFilter() throws Exception {
        try (Database db = Database.open(ExportFixtures.database())) {
            EventStore store = new EventStore(db);
            for (EventFilter f : FILTERS) {
                Path csv = tmp.resolve("e.csv");
                ExportResult r = new EventExporter(store).export(f, ExportFormat.CSV, csv);
                long dead = csvFatalities(csv);
                var rows = ChartRows.of(store, f::test);
                assertTrue(r.incidents() > 0, "the filter keeps something: " + f);
                for (ChartSpec.Stack stack : ChartSpec.Stack.values()) {
                    for (ChartSpec.Period period : ChartSpec.Period.values()) {
                        ChartData incidents = ChartData.of(spec(ChartSpec.Kind.INCIDENTS, period, stack), rows);
                        assertEquals(r.incidents(), incidents.total(), "incidents by " + stack + " per " + period + " for " + f);
                        assertEquals(incidents.total(), incidents.drawn() + incidents.undated(), "every incident in a bar or undated");
                        ChartData fatalities = ChartData.of(spec(ChartSpec.Kind.FATALITIES, period, stack), rows);
                        assertEquals(dead, fatalities.total(), "fatalities by " + stack + " per " + period + " for " + f);
                        assertEquals(fatalities.total(), fatalities.drawn() + fatalities.undated());
                    }
                    ChartData gov = ChartData.of(spec(ChartSpec.Kind.GOVERNORATES, ChartSpec.Period.MONTH, stack), rows);
                    assertEquals(dead, gov.drawn(), "fatalities by governorate add up to the CSV column for " + f);
                }
            }
        }
    }

    @Test
    void chartCommandWritesAnSvgWithArabicTitleAndLegendAndPrintsTheExportsTotal() throws Exception {
        Path out = tmp.resolve("c.svg");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = CommandLines.all().execute("chart", "--db", ExportFixtures.database().toString(), "--kind", "incidents",
                    "--type", "battles", "--out", out.toString(), "--lang", "ar");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        int exported;
        try (Database db = Database.open(ExportFixtures.database())) {
            exported = new EventExporter(new EventStore(db)).export(
                    new EventFilter(null, null, Set.of(EventType.BATTLES), Set.of(), 0, false, Set.of()), ExportFormat.CSV, tmp.resolve("b.csv")).incidents();
        }
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains(exported + " incidents in all"), buf.toString(StandardCharsets.UTF_8));
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile()).getElementsByTagName("text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) strings.add(texts.item(i).getTextContent().replaceAll("[\\u202B\\u202C]", ""));
        ResourceBundle charts = ResourceBundle.getBundle("export.charts", Locale.forLanguageTag("ar"));
        String title = java.text.MessageFormat.format(charts.getString("title.INCIDENTS"), charts.getString("period.MONTH"));
        assertTrue(strings.stream().anyMatch(s -> s.startsWith(title)), "Arabic title in " + strings);
        assertTrue(strings.contains(charts.getString("axis.incidents")), "value axis named: " + strings);
        assertTrue(strings.contains(charts.getString("axis.time.MONTH")), "time axis named: " + strings);
        assertEquals(2, CommandLines.all().execute("chart", "--db", ExportFixtures.database().toString(), "--kind", "pie",
                "--out", tmp.resolve("x.png").toString()), "an unknown kind is refused");
    }

    @Test
    void aTwoTypeChartHasALegendOfTheTypesInTheChartsLanguage() throws Exception {
        Path out = tmp.resolve("t.svg");
        assertEquals(0, CommandLines.all().execute("chart", "--db", ExportFixtures.database().toString(), "--kind", "top-places",
                "--out", out.toString(), "--lang", "ar"));
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        ResourceBundle ui = ResourceBundle.getBundle("ui.messages", Locale.forLanguageTag("ar"));
        for (EventType t : List.of(EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE))
            assertTrue(svg.contains(ui.getString("type." + t.name())), "legend row " + t);
    }

    private static ChartSpec spec(ChartSpec.Kind kind, ChartSpec.Period period, ChartSpec.Stack stack) {
        return new ChartSpec(kind, period, stack, 15, Language.EN, null, null);
    }

    static long csvFatalities(Path csv) throws Exception {
        long sum = 0;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            if (r.read() != '\uFEFF') throw new AssertionError("BOM expected");
            try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                for (CSVRecord rec : p) if (!rec.get("fatalities").isEmpty()) sum += Long.parseLong(rec.get("fatalities"));
            }
        }
        return sum;
    }
}
