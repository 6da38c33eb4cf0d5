package org.clashmap.ingest;

import org.clashmap.export.charts.ChartData;
import org.clashmap.export.charts.ChartRows;
import org.clashmap.export.charts.ChartSpec;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.Language;
import org.clashmap.incidents.FingerprintTest;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two outlets' reports of one strike are one incident in a chart, and its dead are the later report's 19 (issue 20). */
class ChartsAcrossReportsTest {
    @Test
    void anIncidentToldByTwoReportsCountsOnceWithItsBestFigure(@TempDir Path dir) throws Exception {
        IncidentsAcrossReportsTest.extractor = new RuleBasedExtractor(Gazetteers.load());
        try (Database db = Database.open(dir.resolve("x.db"))) {
            EventStore store = new EventStore(db);
            IncidentsAcrossReportsTest.ingest(store, IncidentsAcrossReportsTest.folder(dir, "a",
                    "r1.txt", "Outlet A", "2019-05-10", FingerprintTest.REPORT,
                    "r3.txt", "Outlet C", "2019-05-10", IncidentsAcrossReportsTest.KAFRANBEL));
            IncidentsAcrossReportsTest.ingest(store, IncidentsAcrossReportsTest.folder(dir, "b",
                    "r2.txt", "Outlet B", "2019-05-11", FingerprintTest.OTHER_OUTLET));
            var rows = ChartRows.of(store, EventFilter.ALL::test);
            assertEquals(3, rows.stream().map(p -> p.event().id()).distinct().count(), "three reports' events");
            for (ChartSpec.Stack stack : ChartSpec.Stack.values()) {
                ChartData incidents = ChartData.of(new ChartSpec(ChartSpec.Kind.INCIDENTS, ChartSpec.Period.WEEK, stack, 15, Language.EN, null, null), rows);
                assertEquals(2, incidents.total(), "the market strike and Kafranbel, by " + stack);
                ChartData dead = ChartData.of(new ChartSpec(ChartSpec.Kind.FATALITIES, ChartSpec.Period.MONTH, stack, 15, Language.EN, null, null), rows);
                assertEquals(19 + 3, dead.total(), "the strike's best figure once, and Kafranbel's three, by " + stack);
            }
        }
    }
}
