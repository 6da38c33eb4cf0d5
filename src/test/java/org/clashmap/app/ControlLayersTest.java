package org.clashmap.app;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import org.clashmap.store.DerivedControl;
import org.clashmap.store.EventStore;
import org.clashmap.store.Ogrinfo;
import org.clashmap.store.StoreEngine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The derived control map stored as GIS layers (decision 031), on both engines, from the seeds: on 25 April
 * 2018 ISIS-held Humaymah faces regime-held places ~97 km away (ControlFromSeedsTest), so with a 120 km reach
 * there is a front line, and the battles there make contested zones. What is stored is what geo computed;
 * an analyst's control edit computes the stored day again (one day, not two); GDAL lists the layers.
 */
class ControlLayersTest {
    private static final LocalDate APRIL_25 = LocalDate.of(2018, 4, 25);
    private static final ControlOptions BADIA = ControlOptions.DEFAULTS.withFrontDistanceKm(120);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void theStoredDayIsWhatGeoComputesAndAControlEditComputesItAgain(StoreEngine engine) throws Exception {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            Database db = fresh.open();
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            ControlStore control = new ControlStore(db);
            assertTrue(ControlLayers.refresh(db, "test").isEmpty(), "nothing stored: a refresh computes nothing");

            ControlLayers.store(db, List.of(ControlLayers.Ask.on(APRIL_25)), BADIA, "test");
            ControlSnapshot s = ControlMaps.load(db, BADIA).at(APRIL_25);
            assertFalse(s.lines().isEmpty(), "Humaymah faces the regime's places across the desert");
            assertFalse(s.zones().isEmpty(), "battles at Humaymah");
            assertArrayEquals(new int[]{s.dots().size(), s.lines().size(), s.zones().size()}, control.derivedCounts(APRIL_25));
            assertEquals(List.of(new DerivedControl.Day(APRIL_25, false, ControlLayers.options(BADIA))), control.derivedDays());

            // The analyst says the regime took Humaymah: ISIS's last place goes, and with it the line across the desert.
            control.setController("cur:humaymah", "حميمة", "Humaymah", 34.457, 39.786, "regime", LocalDate.of(2018, 4, 20));
            List<DerivedControl.Map> again = ControlLayers.refresh(db, "test");
            assertEquals(1, again.size());
            ControlSnapshot after = ControlMaps.load(db, BADIA).at(APRIL_25);
            assertEquals("regime", after.dots().stream().filter(d -> d.placeKey().equals("cur:humaymah")).findFirst().orElseThrow().controller());
            assertNotEquals(s.lines().size(), after.lines().size(), "the edit changes the front");
            assertArrayEquals(new int[]{after.dots().size(), after.lines().size(), after.zones().size()}, control.derivedCounts(APRIL_25),
                    "the stored day was computed again, with the 120 km it was stored with, and is stored once");
            assertEquals(1, control.derivedDays().size());

            // GDAL (QGIS) reads the layers straight from the database, with the rows just written.
            String src = Ogrinfo.source(fresh.address);
            String layers = Ogrinfo.run("-ro", "-q", src);
            for (String layer : List.of("control_dots (Point)", "front_lines (Line String)", "contested_zones (Polygon)", "events_layer (Point)",
                    "incidents_layer (Point)", "event_places (Point)")) {
                assertTrue(layers.contains(layer), layer + " missing from: " + layers);
            }
            String dots = Ogrinfo.run("-ro", "-so", src, "control_dots");
            assertTrue(dots.contains("Feature Count: " + after.dots().size()) && dots.contains("WGS 84"), dots);
            String zones = Ogrinfo.run("-ro", "-so", src, "contested_zones");
            assertTrue(zones.contains("Feature Count: " + after.zones().size()) && zones.contains("Extent: (3"), "polygons in Syria: " + zones);
            long places = new EventStore(db).counts().get("event_places");
            assertTrue(Ogrinfo.run("-ro", "-so", src, "events_layer").contains("Feature Count: " + places));

            assertEquals(1, ControlLayers.clear(db));
            assertArrayEquals(new int[3], control.derivedCounts(APRIL_25), "cleared with its rows");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void aDayThatFollowsTheLatestMovesWithANewerReport(StoreEngine engine) {
        try (StoreEngine.Fresh fresh = engine.fresh(tmp)) {
            Database db = fresh.open();
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            ControlStore control = new ControlStore(db);
            LocalDate newest = control.latestReportedDay();
            ControlLayers.store(db, List.of(ControlLayers.Ask.newest()), ControlOptions.DEFAULTS, "test");
            assertEquals(newest, control.derivedDays().get(0).at());

            LocalDate later = newest.plusDays(40);
            control.setController("cur:humaymah", "حميمة", "Humaymah", 34.457, 39.786, "regime", later);
            ControlLayers.refresh(db, "test");
            assertEquals(List.of(later), control.derivedDays().stream().map(DerivedControl.Day::at).toList(), "moved, not added");
            assertEquals(ControlMaps.load(db, ControlOptions.DEFAULTS).at(later).dots().size(), control.derivedCounts(later)[0]);
        }
    }
}
