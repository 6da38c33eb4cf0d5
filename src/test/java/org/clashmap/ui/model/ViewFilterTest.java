package org.clashmap.ui.model;

import org.clashmap.datasets.Format;
import org.clashmap.datasets.Importer;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The window's filter on the seeds plus the committed UCDP excerpt: layers, text search, dates. */
public class ViewFilterTest {
    static List<StoredEvent> events;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Files.createTempDirectory("filter");
        try (Database db = Database.open(dir.resolve("f.db"))) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            new Importer(new DatasetStore(db), m -> { }).importFile(Format.UCDP,
                    Path.of(System.getProperty("clashmap.repo", ".")).resolve("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv"));
            events = new EventStore(db).allEvents();
        }
    }

    private static long count(ViewFilter f) {
        return events.stream().filter(f::test).count();
    }

    @Test
    void eachSourceIsALayer() {
        long extracted = events.stream().filter(e -> "extracted".equals(e.origin())).count();
        long ucdp = events.stream().filter(e -> "ucdp".equals(e.origin())).count();
        assertTrue(extracted > 30 && ucdp > 100);
        assertEquals(extracted, count(ViewFilter.ALL.withLayers(Set.of("extracted"))));
        assertEquals(ucdp, count(ViewFilter.ALL.withLayers(Set.of("ucdp"))));
        assertEquals(extracted + ucdp, count(ViewFilter.ALL));
    }

    @Test
    void textSearchIgnoresHamzaAndTaMarbutaVariants() {
        // The seeds write البوكمال; a search typed without the article or with another alef still finds it.
        long exact = count(ViewFilter.ALL.withText("البوكمال"));
        assertTrue(exact > 0);
        assertEquals(exact, count(ViewFilter.ALL.withText("ألبوكمال")));
        assertEquals(0, count(ViewFilter.ALL.withText("'; DROP TABLE events; --")));
    }

    @Test
    void aDateWindowKeepsOverlappingEventsAndDropsUndatedOnesOnlyWhenAsked() {
        var april2018 = ViewFilter.ALL.withDates(java.time.LocalDate.of(2018, 4, 1), java.time.LocalDate.of(2018, 4, 30));
        long undated = events.stream().filter(e -> !e.date().isKnown()).count();
        assertTrue(undated > 0);
        long inApril = events.stream().filter(e -> e.date().isKnown() && !e.date().to().isBefore(java.time.LocalDate.of(2018, 4, 1))
                && !e.date().from().isAfter(java.time.LocalDate.of(2018, 4, 30))).count();
        assertEquals(inApril + undated, count(april2018));
        assertEquals(inApril, count(april2018.withShowUndated(false)));
    }
}
