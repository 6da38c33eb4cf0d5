package org.clashmap.store;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** GDAL (what QGIS reads PostGIS with) lists ClashMap's PostgreSQL database as point layers, with every event place. */
class PostgisLayersTest {
    @TempDir
    Path tmp;

    @Test
    void ogrinfoListsTheEventIncidentAndControlLayers() throws Exception {
        try (StoreEngine.Fresh fresh = StoreEngine.POSTGRESQL.fresh(tmp)) {
            long places;
            try (Database db = fresh.open()) {
                new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
                places = new EventStore(db).counts().get("event_places");
            }
            String pg = Ogrinfo.source(fresh.address);
            String layers = ogrinfo(List.of("-ro", "-q", pg));
            for (String layer : List.of("events_layer (Point)", "incidents_layer (Point)", "control_claims (Point)", "event_places (Point)",
                    "control_layer_zones")) {
                assertTrue(layers.contains(layer), layer + " missing from: " + layers);
            }
            String events = ogrinfo(List.of("-ro", "-so", pg, "events_layer"));
            assertTrue(events.contains("Feature Count: " + places), events);
            assertTrue(events.contains("Extent: (3") && events.contains("WGS 84"), "points in Syria, in WGS 84: " + events);
        }
    }

    private static String ogrinfo(List<String> args) throws IOException, InterruptedException {
        return Ogrinfo.run(args.toArray(String[]::new));
    }
}
