package org.clashmap.export;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.clashmap.cli.CommandLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** `clashmap export --format gpkg` on the seeds carries who-holds-what beside the events. */
class GeoPackageControlCliTest {
    @TempDir
    Path tmp;

    @Test
    void theGeoPackageHasControlDotsLinesAndZonesBesideTheEvents() throws Exception {
        Path db = tmp.resolve("s.db"), gpkg = tmp.resolve("s.gpkg");
        assertEquals(0, CommandLines.all().execute("ingest", "--db", db.toString(), "--seeds"));
        assertEquals(0, CommandLines.all().execute("export", "--db", db.toString(), "--format", "gpkg", "--out", gpkg.toString(),
                "--to", "2018-04-30"));
        try (GeoPackage g = GeoPackageManager.open(gpkg.toFile())) {
            assertTrue(g.getFeatureTables().containsAll(java.util.List.of("events", "control_points", "front_lines", "control_zones")),
                    g.getFeatureTables().toString());
            // Seed 002: ISIS took حميمية in April 2018, so at least that place has a controller.
            assertTrue(g.getFeatureDao("control_points").count() >= 1);
            assertTrue(g.getFeatureDao("events").count() > 30);
        }
        if (Ogr.available()) {
            var layers = Ogr.layers(gpkg).keySet();
            assertTrue(layers.containsAll(java.util.List.of("events", "control_points", "front_lines", "control_zones")), layers.toString());
        }
    }
}
