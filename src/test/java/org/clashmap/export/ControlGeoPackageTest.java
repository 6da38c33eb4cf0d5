package org.clashmap.export;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.geo.control.ClashPoint;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.PlaceClaim;
import org.clashmap.geo.basemap.SyriaOutline;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ControlGeoPackageTest {
    @TempDir
    Path tmp;

    @Test
    void controlPointsFrontLinesAndZonesBecomeTablesBesideEvents() throws Exception {
        LocalDate day = LocalDate.of(2018, 3, 1);
        Place m = Gazetteers.load().byId("ocha:C5192"), t = Gazetteers.load().byId("ocha:C5202");
        List<PlaceClaim> claims = List.of(PlaceClaim.gained(m.id(), m.nameAr(), m.lat(), m.lon(), "regime", day),
                PlaceClaim.gained(t.id(), t.nameAr(), t.lat(), t.lon(), "sdf", day));
        List<ClashPoint> clashes = List.of(new ClashPoint(null, 35.02, 40.47, day, day, "regime", "sdf"),
                new ClashPoint(null, 35.03, 40.48, day, day, "regime", "sdf"));
        ControlSnapshot snap = new ControlMap(claims, clashes, null, ControlOptions.DEFAULTS, SyriaOutline.load()).at(day.plusDays(1));
        assertEquals(1, snap.lines().size());
        assertEquals(1, snap.zones().size());
        Path out = tmp.resolve("control.gpkg");
        try (Database db = Database.open(tmp.resolve("e.db"))) {
            new EventExporter(new EventStore(db), ExportOptions.defaults().withGeoPackageLayers(ControlGeoPackageLayers.of(snap)))
                    .export(EventFilter.ALL, ExportFormat.GPKG, out);
        }
        try (GeoPackage gp = GeoPackageManager.open(out.toFile())) {
            assertEquals(2, gp.getFeatureDao("control_points").count());
            assertEquals(1, gp.getFeatureDao("front_lines").count());
            assertEquals(1, gp.getFeatureDao("control_zones").count());
            FeatureResultSet rs = gp.getFeatureDao("front_lines").queryForAll();
            try {
                assertTrue(rs.moveToNext());
                assertEquals("Syrian regime forces | Syrian Democratic Forces", rs.getRow().getValue("sides"));
                assertEquals(Boolean.TRUE, rs.getRow().getValue("tentative"));
            } finally {
                rs.close();
            }
        }
    }
}
