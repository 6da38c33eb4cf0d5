package org.clashmap.ingest;

import org.clashmap.export.EventExporter;
import org.clashmap.export.ExportFormat;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.incidents.FingerprintTest;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.ReportStore;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports written for this test, through the real extractor and gazetteer into a store: one strike
 * on Maarrat al-Numan's market told by two outlets (12 dead, then a toll update to 19), the same
 * article re-posted by a third, and shelling of Kafranbel (11 km away) the same day.
 */
public class IncidentsAcrossReportsTest {
    static RuleBasedExtractor extractor;

    static final String KAFRANBEL = """
            قصف على كفرنبل

            قتل ثلاثة مدنيين أمس جراء قصف مدفعي لقوات النظام السوري على بلدة كفرنبل في ريف إدلب الجنوبي.
            """;

    @BeforeAll
    static void load() {
        extractor = new RuleBasedExtractor(Gazetteers.load());
    }

    /** A folder of reports with a metadata.tsv (outlet, publication day; "unknown" leaves it undated). */
    static Path folder(Path dir, String name, String... fileOutletDayText) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        StringBuilder meta = new StringBuilder("file\toutlet\tpublished\tprecision\tbasis\n");
        for (int i = 0; i < fileOutletDayText.length; i += 4) {
            Files.writeString(d.resolve(fileOutletDayText[i]), fileOutletDayText[i + 3]);
            boolean dated = !"unknown".equals(fileOutletDayText[i + 2]);
            meta.append(fileOutletDayText[i]).append('\t').append(fileOutletDayText[i + 1]).append('\t').append(fileOutletDayText[i + 2])
                    .append('\t').append(dated ? "day" : "unknown").append("\ttest\n");
        }
        Files.writeString(d.resolve("metadata.tsv"), meta);
        return d;
    }

    static IngestSummary ingest(EventStore store, Path folder) {
        return new Ingester(extractor, store).ingestFiles(Ingester.expand(List.of(folder)), (a, b, c) -> { }, () -> false);
    }

    static StoredEvent only(EventStore store, String file) {
        List<StoredEvent> es = store.allEvents().stream().filter(e -> file.equals(e.fileName())).toList();
        assertEquals(1, es.size(), file + ": " + es);
        return es.get(0);
    }

    @Test
    void twoOutletsOneStrikeIsOneIncidentWithLowBestHighAndARepostIsNoSecondReport(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("x.db"))) {
            EventStore store = new EventStore(db);
            IngestSummary first = ingest(store, folder(dir, "a", "r1.txt", "Outlet A", "2019-05-10", FingerprintTest.REPORT,
                    "r3.txt", "Outlet C", "2019-05-10", KAFRANBEL));
            assertEquals(0, first.linked());
            // Incremental: the next day's run links to what is stored.
            IngestSummary second = ingest(store, folder(dir, "b", "r2.txt", "Outlet B", "2019-05-11", FingerprintTest.OTHER_OUTLET,
                    "r4.txt", "Outlet D", "2019-05-11", FingerprintTest.REPOST));
            assertEquals(1, second.linked());
            assertEquals(1, second.duplicates());

            IncidentStore incidents = new IncidentStore(db, "test");
            Long market = incidents.incidentOf(only(store, "r1.txt").id());
            assertEquals(market, incidents.incidentOf(only(store, "r2.txt").id()));
            assertNotEquals(market, incidents.incidentOf(only(store, "r3.txt").id()), "Kafranbel is another incident");
            IncidentStore.Incident i = incidents.incident(market);
            assertEquals(2, i.facts().reports());
            assertEquals(2, i.facts().outlets());
            assertEquals(12, i.facts().low());
            assertEquals(19, i.facts().best(), "the later report's toll");
            assertEquals(19, i.facts().high());
            // Read one incident at a time, the facts are the same as in one batch (decision 032).
            Map<Long, org.clashmap.store.IncidentFacts> facts = incidents.factsByEvent();
            assertEquals(i.facts(), facts.get(only(store, "r2.txt").id()));
            assertEquals(facts, incidents.factsByEvent(1));

            ReportStore reports = new ReportStore(db);
            ReportStore.StoredReport repost = reports.reports().stream().filter(r -> r.fileName().equals("r4.txt")).findFirst().orElseThrow();
            assertEquals(only(store, "r1.txt").articleId(), repost.duplicateOf());
            assertEquals(0, repost.events());

            // Every export row says which incident, how many reports and outlets, low/best/high.
            Path csv = dir.resolve("out.csv");
            new EventExporter(store).export(EventFilter.ALL, ExportFormat.CSV, csv);
            String row = Files.readAllLines(csv).stream().filter(l -> l.contains("Outlet B")).findFirst().orElseThrow();
            assertTrue(row.endsWith("," + market + ",2,2,12,19,19"), row);
            // The fatalities column counts the strike once, on the later report's rows (its best figure): a
            // spreadsheet total gives 19 + 3, not 12 + 19 + 3.
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(Files.newBufferedReader(csv))) {
                int total = 0;
                for (var rec : parser) {
                    total += Integer.parseInt(rec.get("fatalities"));
                    if (rec.get("source").equals("Outlet A")) {
                        assertEquals("0", rec.get("fatalities"), "the earlier report's toll is counted on the later one's rows");
                        assertEquals("other report", rec.get("fatalities_scope"));
                    }
                }
                assertEquals(19 + 3, total);
            }
        }
    }

    @Test
    void splitAndMergeSurviveRelinkingAndRemovalIsWhole(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("x.db"))) {
            EventStore store = new EventStore(db);
            IngestSummary run1 = ingest(store, folder(dir, "a", "r1.txt", "Outlet A", "2019-05-10", FingerprintTest.REPORT,
                    "r3.txt", "Outlet C", "2019-05-10", KAFRANBEL));
            IngestSummary run2 = ingest(store, folder(dir, "b", "r2.txt", "Outlet B", "2019-05-11", FingerprintTest.OTHER_OUTLET));
            IncidentStore incidents = new IncidentStore(db, "analyst");
            long r1 = only(store, "r1.txt").id(), r2 = only(store, "r2.txt").id(), r3 = only(store, "r3.txt").id();
            long market = incidents.incidentOf(r1);

            long split = incidents.split(market, List.of(r2));
            assertNotEquals(market, split);
            incidents.relinkAll();
            assertEquals(market, incidents.incidentOf(r1));
            assertEquals(split, incidents.incidentOf(r2), "the analyst's split stays after relinking");

            incidents.merge(incidents.incidentOf(r3), market);
            incidents.relinkAll();
            assertEquals(incidents.incidentOf(r3), incidents.incidentOf(r1), "the analyst's merge stays after relinking");
            assertEquals(2, incidents.history().size());
            assertThrows(IllegalArgumentException.class, () -> incidents.merge(split, split));
            assertThrows(IllegalArgumentException.class, () -> incidents.split(split, List.of(r2)), "cannot empty an incident");

            ReportStore reports = new ReportStore(db);
            ReportStore.Removal gone = reports.removeRun(run2.runId());
            assertEquals(1, gone.reports());
            assertEquals(1, gone.events());
            assertNull(store.event(r2));
            assertEquals(1, gone.incidentsGone());
            Map<String, Long> counts = store.counts();
            ReportStore.Removal c = reports.removeOutlet("Outlet C");
            assertEquals(1, c.reports());
            assertEquals(counts.get("events") - 1, store.counts().get("events"));
            assertNotNull(store.event(r1));
            assertEquals(1, reports.runs().stream().filter(r -> r.id() == run1.runId()).findFirst().orElseThrow().reports());
            assertThrows(IllegalArgumentException.class, () -> reports.removeOutlet("Outlet C"), "nothing left to remove says so");
        }
    }

    @Test
    void anUndatedReportGivenItsDayLaterIsDatedAndLinked(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("x.db"))) {
            EventStore store = new EventStore(db);
            ingest(store, folder(dir, "a", "r1.txt", "Outlet A", "2019-05-10", FingerprintTest.REPORT));
            ingest(store, folder(dir, "b", "r2.txt", "Outlet B", "unknown", FingerprintTest.OTHER_OUTLET));
            StoredEvent undated = only(store, "r2.txt");
            assertTrue(!undated.date().isKnown());
            IncidentStore incidents = new IncidentStore(db, "test");
            assertNotEquals(incidents.incidentOf(only(store, "r1.txt").id()), incidents.incidentOf(undated.id()));

            int linked = new Ingester(extractor, store).redate(undated.articleId(), LocalDate.of(2019, 5, 11), TimePrecision.DAY);
            assertEquals(1, linked);
            StoredEvent dated = store.event(undated.id());
            assertEquals(LocalDate.of(2019, 5, 10), dated.date().from(), "'أمس' of 11 May");
            assertEquals(incidents.incidentOf(only(store, "r1.txt").id()), incidents.incidentOf(undated.id()));
            assertEquals(LocalDate.of(2019, 5, 11), new ReportStore(db).report(undated.articleId()).published());
        }
    }
}
