package org.clashmap.export;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.clashmap.store.EventFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class GeoPackageExportTest {
    @TempDir
    Path tmp;
    ExportFixture fx;
    Path out;

    @BeforeEach
    void export() throws Exception {
        fx = ExportFixture.build(tmp);
        out = tmp.resolve("events.gpkg");
        new EventExporter(fx.store).export(EventFilter.ALL, ExportFormat.GPKG, out);
    }

    @AfterEach
    void close() {
        fx.db.close();
    }

    /** The point blobs written straight from the coordinates are the bytes NGA's geometry writer gives, and read back as the point. */
    @Test
    void pointBlobsAreThoseNgaWrites() throws Exception {
        java.util.Random r = new java.util.Random(2);
        for (int i = 0; i < 1000; i++) {
            double x = i == 0 ? -0.0 : (r.nextDouble() - 0.5) * 360, y = i == 1 ? 90 : (r.nextDouble() - 0.5) * 180;
            byte[] ours = GeoPackageTables.BulkInsert.pointBlob(4326, x, y);
            assertArrayEquals(mil.nga.geopackage.geom.GeoPackageGeometryData.create(4326, new Point(x, y)).toBytes(), ours, x + " " + y);
            Point back = (Point) mil.nga.geopackage.geom.GeoPackageGeometryData.create(ours).getGeometry();
            assertEquals(x, back.getX());
            assertEquals(y, back.getY());
        }
    }

    @Test
    void eventsTableIsAWgs84PointTableWithEveryAttributeAndAnRtree() {
        try (GeoPackage gp = GeoPackageManager.open(out.toFile())) {
            assertEquals(List.of(GeoPackageExporter.EVENTS, "areas_governorate", "areas_district", "areas_subdistrict"), gp.getFeatureTables(),
                    "the events, then the events counted per area");
            FeatureDao dao = gp.getFeatureDao(GeoPackageExporter.EVENTS);
            assertEquals(4326, dao.getGeometryColumns().getSrs().getOrganizationCoordsysId());
            assertEquals("EPSG", dao.getGeometryColumns().getSrs().getOrganization().toUpperCase());
            assertEquals(GeometryType.POINT, dao.getGeometryColumns().getGeometryType());
            List<String> expectedColumns = new ArrayList<>(List.of(GeoPackageTables.ID_COLUMN, GeoPackageTables.GEOMETRY_COLUMN));
            EventProperties.ALL.forEach(p -> expectedColumns.add(p.name()));
            assertEquals(expectedColumns, List.of(dao.getTable().getColumnNames()));
            assertEquals(ExportFixture.DEFAULT_FEATURES, dao.count());
            assertTrue(new RTreeIndexExtension(gp).has(GeoPackageExporter.EVENTS), "spatial index present");
            var box = dao.getContents().getBoundingBox();
            assertNotNull(box, "extent recorded for zoom-to-layer");
            assertTrue(box.getMinLongitude() > 38 && box.getMaxLongitude() < 41.5, "extent is around Tadmor..Abu Kamal: " + box);
        }
    }

    /**
     * GeoPackage 1.2, which GDAL 3.6 / QGIS 3.22 open without "may only be partially supported" (NGA
     * stamps 1.4), and a spatial index that holds every point once, at its place: a box query through the
     * index finds exactly the rows whose point lies in the box.
     */
    @Test
    void theFileIsAGeoPackage12AndItsIndexFindsExactlyThePointsInABox() {
        try (GeoPackage gp = GeoPackageManager.open(out.toFile())) {
            assertEquals(0x47504B47L, ((Number) gp.getConnection().querySingleResult("PRAGMA application_id", null)).longValue());
            assertEquals(10200L, ((Number) gp.getConnection().querySingleResult("PRAGMA user_version", null)).longValue());
            FeatureDao dao = gp.getFeatureDao(GeoPackageExporter.EVENTS);
            var index = new RTreeIndexExtension(gp).getTableDao(dao);
            assertEquals(dao.count(), index.count(), "one index entry per row");
            List<Point> points = new ArrayList<>();
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) points.add((Point) rs.getRow().getGeometry().getGeometry());
            } finally {
                rs.close();
            }
            double lon = points.get(0).getX(), lat = points.get(0).getY();
            mil.nga.geopackage.BoundingBox box = new mil.nga.geopackage.BoundingBox(lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5);
            long inBox = points.stream().filter(p -> p.getX() >= lon - 0.5 && p.getX() <= lon + 0.5 && p.getY() >= lat - 0.5 && p.getY() <= lat + 0.5).count();
            assertTrue(inBox >= 1 && inBox < points.size(), "the box holds some points, not all: " + inBox);
            assertEquals(inBox, index.count(box), "the index finds the points in the box");
        }
    }

    @Test
    void rowsMatchTheDatabase() {
        Map<String, EventPoint> expected = EventPoint.of(fx.events().stream().filter(EventFilter.ALL::test).toList(),
                new org.clashmap.store.IncidentStore(fx.db, "test").factsByEvent())
                .stream().collect(Collectors.toMap(p -> p.event().id() + "/" + p.place().placeId() + "/" + p.place().lat(), p -> p));
        Map<Long, Integer> perEvent = new HashMap<>();
        try (GeoPackage gp = GeoPackageManager.open(out.toFile())) {
            FeatureDao dao = gp.getFeatureDao(GeoPackageExporter.EVENTS);
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    FeatureRow row = rs.getRow();
                    Point pt = assertInstanceOf(Point.class, row.getGeometry().getGeometry());
                    long id = ((Number) row.getValue("event_id")).longValue();
                    perEvent.merge(id, 1, Integer::sum);
                    EventPoint p = expected.remove(id + "/" + row.getValue("place_id") + "/" + pt.getY());
                    assertNotNull(p, "unexpected row for event " + id + " at " + pt);
                    assertEquals(p.lon(), pt.getX(), 1e-12);
                    for (EventProperties.Property prop : EventProperties.ALL) {
                        assertColumnEquals(prop.of(p), row.getValue(prop.name()), prop.name() + " of " + p.featureId());
                    }
                }
            } finally {
                rs.close();
            }
        }
        assertTrue(expected.isEmpty(), "rows missing: " + expected.keySet());
        assertEquals(2, perEvent.get(fx.a), "event A has two places");
    }

    @Test
    void arabicAndEditsSurvive() {
        try (GeoPackage gp = GeoPackageManager.open(out.toFile())) {
            FeatureDao dao = gp.getFeatureDao(GeoPackageExporter.EVENTS);
            FeatureResultSet rs = dao.queryForEq("event_id", fx.d);
            try {
                assertTrue(rs.moveToNext());
                FeatureRow row = rs.getRow();
                assertEquals("تدمر", row.getValue("place_ar"));
                assertEquals(3L, ((Number) row.getValue("fatalities")).longValue());
                assertEquals(Boolean.TRUE, row.getValue("edited"));
                assertTrue(((String) row.getValue("sentence")).contains("وكالة أنباء النظام \"سانا\""));
                assertInstanceOf(java.util.Date.class, row.getValue("date_from"), "a real GeoPackage DATE column");
            } finally {
                rs.close();
            }
        }
    }

    @Test
    void datesAreStoredAsIsoTextAsTheGeoPackageStandardRequires() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + out);
             var ps = c.prepareStatement("SELECT date_from, date_to, typeof(date_from) FROM events WHERE event_id = ?")) {
            ps.setLong(1, fx.b);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("2018-06-08", rs.getString(1));
                assertEquals("2018-06-10", rs.getString(2));
                assertEquals("text", rs.getString(3));
            }
        }
    }

    @Test
    void ogrinfoReadsTheEventsLayer() throws Exception {
        assertEquals(ExportFixture.DEFAULT_FEATURES, Ogr.layers(out).get(GeoPackageExporter.EVENTS));
    }

    private static void assertColumnEquals(Object expected, Object actual, String what) {
        if (expected == null) assertNull(actual, what);
        else if (expected instanceof Integer || expected instanceof Long) {
            assertInstanceOf(Number.class, actual, what);
            assertEquals(((Number) expected).longValue(), ((Number) actual).longValue(), what);
        } else if (expected instanceof Double d) assertEquals(d, ((Number) actual).doubleValue(), 0, what);
        else if (expected instanceof Boolean) assertEquals(expected, actual, what);
        else if (actual instanceof java.util.Date date) {
            // NGA turns DATE columns into java.util.Date (UTC midnight) when reading.
            assertEquals(expected.toString(), date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString(), what);
        }
        else assertEquals(expected.toString(), String.valueOf(actual), what);
    }
}
