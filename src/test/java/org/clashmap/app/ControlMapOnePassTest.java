package org.clashmap.app;

import org.clashmap.datasets.Generator;
import org.clashmap.datasets.UcdpProfile;
import org.clashmap.extract.EventType;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.EventStore;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The control map is the same whichever way its battles are read (decision 029): from the store's lean
 * pass ({@code render}, the window), or from the full events as they stream into an export — on the
 * seeds (claims, battles) with synthetic battles around them and an analyst's edit of who fought.
 */
class ControlMapOnePassTest {
    @TempDir
    Path tmp;

    @Test
    void battlesSeenDuringAnExportGiveTheControlMapOfTheLeanPass() {
        try (Database db = Database.open(tmp.resolve("c.db"))) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            new Generator(UcdpProfile.bundled(), 7).fill(new DatasetStore(db), 2_000, 1_000);
            EventStore store = new EventStore(db);
            StoredEvent battle = store.allEvents().stream().filter(e -> e.type() == EventType.BATTLES && e.date().isKnown())
                    .findFirst().orElseThrow();
            new Reviewer(db, "test").setActors(battle.id(), "isis", "regime");

            ControlMaps.ClashCollector seen = new ControlMaps.ClashCollector();
            store.forEachEvent(seen);
            for (LocalDate day : List.of(LocalDate.of(2018, 4, 25), LocalDate.of(2016, 6, 1), LocalDate.of(2013, 1, 1))) {
                ControlSnapshot lean = ControlMaps.load(db, ControlOptions.DEFAULTS).at(day);
                ControlSnapshot streamed = seen.map(db, ControlOptions.DEFAULTS).at(day);
                assertEquals(describe(lean), describe(streamed), "control on " + day);
                if (day.getYear() == 2018) assertFalse(lean.dots().isEmpty() && lean.zones().isEmpty(), "something to compare on " + day);
            }
        }
    }

    private static String describe(ControlSnapshot s) {
        String dots = s.dots().stream().map(Object::toString).collect(Collectors.joining("\n"));
        String lines = s.lines().stream().map(l -> l.sideA() + "/" + l.sideB() + " " + Arrays.toString(l.lonLat()) + " " + l.supportingClaims())
                .collect(Collectors.joining("\n"));
        String zones = s.zones().stream().map(z -> z.clashes() + " " + z.lonLatRings().stream().map(Arrays::toString).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\n"));
        return dots + "\n--\n" + lines + "\n--\n" + zones;
    }
}
