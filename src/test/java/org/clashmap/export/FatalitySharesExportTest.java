package org.clashmap.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.cli.CommandLines;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.Event;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Report;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every export spreads an event's dead over its places by the one rule (FatalityShares): the
 * place's own count where the text gives one, the rest on the first place, nothing repeated; and
 * all formats carry the same values.
 */
class FatalitySharesExportTest {
    @TempDir
    Path tmp;

    /** A three-place event: 42 dead, 10 of them at the second place; a one-place event with 5; one with unknown dead. */
    private EventStore fill(Database db) {
        EventStore store = new EventStore(db);
        String text = "قتل 42 شخصاً في غارات على إدلب وزردنا وسراقب، بينهم 10 في زردنا. وقتل 5 في دوما. واشتباكات في حرستا.";
        Report r = new Report(text, LocalDate.of(2018, 6, 10), TimePrecision.DAY, "shares.txt", "test outlet");
        EventPlace idlib = new EventPlace("idlib", "إدلب", "Idlib", null, 35.93, 36.63, 10, 0.9, 27, 31);
        EventPlace zardana = new EventPlace("zardana", "زردنا", "Zardana", null, 36.04, 36.62, 2, 0.9, 32, 37).withFatalities(10);
        EventPlace saraqib = new EventPlace("saraqib", "سراقب", "Saraqib", null, 35.86, 36.80, 2, 0.9, 38, 43);
        EventPlace douma = new EventPlace("douma", "دوما", "Douma", null, 33.57, 36.40, 2, 0.9, 70, 74);
        EventPlace harasta = new EventPlace("harasta", "حرستا", "Harasta", null, 33.56, 36.36, 2, 0.9, 90, 95);
        DateRange d = DateRange.day(LocalDate.of(2018, 6, 9));
        store.ingest(new Extraction(r, List.of(
                new Event(EventType.EXPLOSIONS_REMOTE_VIOLENCE, null, List.of(), List.of(idlib, zardana, saraqib), d, 42, 7, text, 0, 60, 0.8),
                new Event(EventType.BATTLES, null, List.of(), List.of(douma), d, 5, null, text, 61, 80, 0.8),
                new Event(EventType.BATTLES, null, List.of(), List.of(harasta), d, null, null, text, 81, 100, 0.8)), List.of()));
        return store;
    }

    /** place_en → {fatalities, fatalities_scope, wounded} as each format reads back ("" for none). */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "Idlib", List.of("32", "event", "7"),
            "Zardana", List.of("10", "place", ""),
            "Saraqib", List.of("", "", ""),
            "Douma", List.of("5", "event", ""),
            "Harasta", List.of("", "", ""));

    @Test
    void theStoreKeepsAPlacesOwnCount() {
        try (Database db = Database.open(tmp.resolve("s.db"))) {
            StoredEvent e = fill(db).allEvents().get(0);
            assertEquals(List.of("Idlib", "Zardana", "Saraqib"), e.places().stream().map(EventPlace::nameEn).toList());
            assertNull(e.places().get(0).fatalities());
            assertEquals(10, e.places().get(1).fatalities());
            assertEquals(42, e.fatalities(), "the event's total is kept as given");
        }
    }

    @Test
    void everyFormatCarriesTheSameShares() throws Exception {
        try (Database db = Database.open(tmp.resolve("s.db"))) {
            EventStore store = fill(db);
            EventExporter x = new EventExporter(store);
            for (ExportFormat f : ExportFormat.values()) {
                Path out = tmp.resolve("out." + f.name().toLowerCase());
                x.export(EventFilter.ALL, f, out);
                Map<String, List<String>> got = switch (f) {
                    case CSV -> csv(out);
                    case GEOJSON -> geojson(out);
                    case GPKG -> gpkg(out);
                    case KML -> kml(out);
                };
                Map<String, List<String>> expected = new HashMap<>(EXPECTED);
                if (f == ExportFormat.CSV) { // ACLED's column: 0 for none, and no wounded column
                    expected.replaceAll((k, v) -> List.of(v.get(0).isEmpty() ? "0" : v.get(0), v.get(1)));
                }
                assertEquals(expected, got, f.name());
            }
        }
    }

    @Test
    void kmlBalloonsSayTheTotalAndThePlacesShare() {
        try (Database db = Database.open(tmp.resolve("s.db"))) {
            List<EventPoint> pts = EventPoint.of(fill(db).allEvents());
            assertTrue(KmlExporter.description(pts.get(0)).contains("Dead: 42 (event total, 3 places; here: 32, the rest not given per place)"));
            assertTrue(KmlExporter.description(pts.get(1)).contains("Dead: 42 (event total, 3 places; here: 10)"));
            assertTrue(KmlExporter.description(pts.get(2)).contains("Dead: 42 (event total, 3 places; here: counted at the first place)"));
            assertTrue(KmlExporter.description(pts.get(3)).contains("Dead: 5<br/>"), "one place: just the toll");
        }
    }

    private static Map<String, List<String>> csv(Path out) throws Exception {
        Map<String, List<String>> m = new HashMap<>();
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) m.put(rec.get("location"), List.of(rec.get("fatalities"), rec.get("fatalities_scope")));
        }
        return m;
    }

    private static Map<String, List<String>> geojson(Path out) throws Exception {
        Map<String, List<String>> m = new HashMap<>();
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).get("features")) {
            JsonNode p = f.get("properties");
            m.put(p.get("place_en").asText(), List.of(text(p.get("fatalities")), text(p.get("fatalities_scope")), text(p.get("wounded"))));
            assertEquals(p.get("event_id").asLong() == 1 ? 42 : p.get("event_id").asLong() == 2 ? 5 : -1,
                    p.get("event_fatalities").isNull() ? -1 : p.get("event_fatalities").asInt(), "the event's total on each point, for reading");
        }
        return m;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static Map<String, List<String>> gpkg(Path out) {
        Map<String, List<String>> m = new HashMap<>();
        try (GeoPackage gp = GeoPackageManager.open(out.toFile())) {
            FeatureResultSet rs = gp.getFeatureDao(GeoPackageExporter.EVENTS).queryForAll();
            try {
                while (rs.moveToNext()) {
                    var row = rs.getRow();
                    m.put((String) row.getValue("place_en"), List.of(str(row.getValue("fatalities")), str(row.getValue("fatalities_scope")),
                            str(row.getValue("wounded"))));
                }
            } finally {
                rs.close();
            }
        }
        return m;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Map<String, List<String>> kml(Path out) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList pms = f.newDocumentBuilder().parse(out.toFile()).getElementsByTagNameNS(KmlExporter.NS, "Placemark");
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < pms.getLength(); i++) {
            Map<String, String> data = new HashMap<>();
            NodeList ds = ((Element) pms.item(i)).getElementsByTagNameNS(KmlExporter.NS, "Data");
            for (int k = 0; k < ds.getLength(); k++) {
                Element d = (Element) ds.item(k);
                data.put(d.getAttribute("name"), d.getElementsByTagNameNS(KmlExporter.NS, "value").item(0).getTextContent());
            }
            m.put(data.get("place_en"), List.of(data.getOrDefault("fatalities", ""), data.getOrDefault("fatalities_scope", ""),
                    data.getOrDefault("wounded", "")));
        }
        return m;
    }

    /**
     * The five seed reports through the real extractor and the command line: the CSV's fatalities
     * column adds up to the events' totals, each event counted once (it used to repeat an event's
     * toll on each of its places: 83 rows summing to 475).
     */
    @Test
    void seedCsvFatalitiesAddUpToTheEventsTotals() throws Exception {
        Path dbFile = tmp.resolve("seeds.db"), csv = tmp.resolve("seeds.csv");
        assertEquals(0, CommandLines.all().execute("ingest", "--db", dbFile.toString(), "--seeds"));
        assertEquals(0, CommandLines.all().execute("export", "--db", dbFile.toString(), "--format", "csv", "--no-bom", "--out", csv.toString()));
        List<StoredEvent> events;
        try (Database db = Database.open(dbFile)) {
            events = new EventStore(db).allEvents().stream()
                    .filter(e -> e.review() != ReviewStatus.REJECTED && !e.places().isEmpty()).toList();
        }
        int expectedSum = events.stream().filter(e -> e.fatalities() != null).mapToInt(StoredEvent::fatalities).sum();
        int expectedRows = events.stream().mapToInt(e -> e.places().size()).sum();
        int sum = 0;
        List<String> ids = new ArrayList<>();
        Map<String, Integer> eventScoped = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                ids.add(rec.get("event_id_cnty"));
                sum += Integer.parseInt(rec.get("fatalities"));
                String event = rec.get("event_id_cnty").replaceAll("-\\d+$", "");
                // "no casualties" puts 0 on every place of the event; only a real remainder must sit on one row
                if (rec.get("fatalities_scope").equals("event") && Integer.parseInt(rec.get("fatalities")) > 0) {
                    eventScoped.merge(event, 1, Integer::sum);
                }
            }
        }
        assertTrue(events.stream().anyMatch(e -> e.places().size() > 1 && e.fatalities() != null && e.fatalities() > 0),
                "the seeds have a multi-place event with dead, or this test proves little");
        assertEquals(expectedRows, ids.size(), "one row per event and place");
        assertEquals(expectedSum, sum, "each event's dead once");
        assertTrue(eventScoped.values().stream().allMatch(n -> n == 1), "at most one 'event' row with dead per event: " + eventScoped);
    }
}
