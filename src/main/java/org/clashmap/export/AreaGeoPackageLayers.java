package org.clashmap.export;

import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.sf.GeometryType;
import mil.nga.sf.LineString;
import mil.nga.sf.MultiPolygon;
import mil.nga.sf.Point;
import org.clashmap.geo.basemap.AdminAreaIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The exported events counted per area, as three polygon tables of a GeoPackage export:
 * {@code areas_governorate}, {@code areas_district} and {@code areas_subdistrict} (MULTIPOLYGON),
 * each area with its OCHA pcode, names, parent, and {@code incidents} and {@code fatalities}
 * counted by {@link AreaCounts} from the very rows of the {@code events} table - so a choropleth
 * made in QGIS from them adds up to the export. Every area is a row, quiet ones with 0. A
 * sub-district's polygon is its approximate cell ({@link AdminAreaIndex#outline}), flagged in
 * {@code approximate}.
 */
final class AreaGeoPackageLayers {
    private AreaGeoPackageLayers() {
    }

    /**
     * Counts the rows as the export writes them (each looked up in the areas once), then gives the three tables.
     * The counting runs on a thread of its own, in the rows' order, a batch behind the writing: looking the
     * points up (and loading the areas' outlines first, 0.15 s of parsing) was a fifth of the export's main
     * thread, which writes the rows and is the export's critical path (decision 049). At most
     * {@link #WAITING} batches wait, so memory stays bounded.
     */
    static final class Counter implements AutoCloseable {
        private static final int BATCH = 512, WAITING = 64;
        private final java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "clashmap-area-count");
            t.setDaemon(true);
            return t;
        });
        private final java.util.ArrayDeque<java.util.concurrent.Future<?>> pending = new java.util.ArrayDeque<>();
        private List<EventPoint> batch = new java.util.ArrayList<>(BATCH);
        /** The counting itself, made and used on the worker thread (and read after it has finished). */
        private Counts counts;

        Counter() {
            // the sub-districts' cells, drawn at the end, are built meanwhile on the core the rows leave half idle
            Thread cells = new Thread(() -> {
                try {
                    AdminAreaIndex.shared().prepareOutlines();
                } catch (RuntimeException e) {
                    // the rows of the area tables ask for each cell again, and report what fails then
                }
            }, "clashmap-area-cells");
            cells.setDaemon(true);
            cells.start();
            pending.add(worker.submit(() -> {
                counts = new Counts();
            }));
        }

        void add(EventPoint p) throws java.io.IOException {
            batch.add(p);
            if (batch.size() == BATCH) send();
        }

        private void send() throws java.io.IOException {
            List<EventPoint> rows = batch;
            batch = new java.util.ArrayList<>(BATCH);
            pending.add(worker.submit(() -> {
                for (EventPoint p : rows) counts.add(p);
            }));
            while (pending.size() > WAITING) await(pending.poll());
        }

        private static void await(java.util.concurrent.Future<?> f) throws java.io.IOException {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("export interrupted while counting the areas");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw new java.io.IOException(e.getCause());
            }
        }

        /** Waits for the last rows to be counted, then the tables. */
        List<GeoPackageLayer> layers() throws java.io.IOException {
            if (!batch.isEmpty()) send();
            while (!pending.isEmpty()) await(pending.poll());
            worker.shutdown();
            return counts.layers();
        }

        /** Stops the counting (an export that failed); nothing after. */
        @Override
        public void close() {
            worker.shutdownNow();
        }
    }

    /** The counts of the three levels, by incidents and by dead. */
    private static final class Counts {
        private final List<AreaCounts.Builder> incidents = new java.util.ArrayList<>(), fatalities = new java.util.ArrayList<>();
        /**
         * One tally per measure for the three levels (each level's builder would keep the same set of
         * incidents seen: three times the work and, at a million rows, some hundreds of MiB).
         */
        private final IncidentTally incidentTally = new IncidentTally(false), deadTally = new IncidentTally(true);
        private final AdminAreaIndex.Lookup lookup = AdminAreaIndex.shared().lookup();

        Counts() {
            for (AreaCounts.Level l : AreaCounts.Level.values()) {
                incidents.add(new AreaCounts.Builder(l, AreaCounts.Measure.INCIDENTS));
                fatalities.add(new AreaCounts.Builder(l, AreaCounts.Measure.FATALITIES));
            }
        }

        void add(EventPoint p) {
            AdminAreaIndex.Areas[] where = new AdminAreaIndex.Areas[1];
            java.util.function.Supplier<AdminAreaIndex.Areas> once = () -> {
                if (where[0] == null) where[0] = lookup.at(p.lat(), p.lon());
                return where[0];
            };
            long incident = incidentTally.add(p), dead = deadTally.add(p);
            for (AreaCounts.Builder b : incidents) b.addCounted(incident, once);
            for (AreaCounts.Builder b : fatalities) b.addCounted(dead, once);
        }

        List<GeoPackageLayer> layers() {
            List<GeoPackageLayer> out = new java.util.ArrayList<>();
            for (int i = 0; i < incidents.size(); i++) {
                AreaCounts inc = incidents.get(i).build();
                out.add(new Areas(inc.level(), inc, fatalities.get(i).build()));
            }
            return out;
        }
    }

    /** The table of a level. */
    static String tableName(AreaCounts.Level level) {
        return "areas_" + level.key();
    }

    private static final class Areas extends GeoPackageFeatureTable {
        private final AreaCounts.Level level;
        private final AreaCounts incidents, fatalities;

        Areas(AreaCounts.Level level, AreaCounts incidents, AreaCounts fatalities) {
            this.level = level;
            this.incidents = incidents;
            this.fatalities = fatalities;
        }

        @Override
        public String tableName() {
            return AreaGeoPackageLayers.tableName(level);
        }

        @Override
        GeometryType type() {
            return GeometryType.MULTIPOLYGON;
        }

        @Override
        Map<String, GeoPackageDataType> columns() {
            return ordered("pcode", GeoPackageDataType.TEXT, "name_en", GeoPackageDataType.TEXT, "name_ar", GeoPackageDataType.TEXT,
                    "parent_pcode", GeoPackageDataType.TEXT, "incidents", GeoPackageDataType.INTEGER, "fatalities", GeoPackageDataType.INTEGER,
                    "approximate", GeoPackageDataType.BOOLEAN);
        }

        @Override
        void rows(RowSink sink) throws IOException {
            AdminAreaIndex index = AdminAreaIndex.shared();
            for (AdminAreaIndex.Area a : incidents.areas()) {
                Geometry outline = index.outline(a);
                if (outline == null || outline.isEmpty()) continue;
                sink.row(multiPolygon(outline), a.pcode(), a.nameEn(), a.nameAr(), a.parent().isEmpty() ? null : a.parent(),
                        incidents.count(a.pcode()), fatalities.count(a.pcode()), a.outline() == null);
            }
        }
    }

    private static MultiPolygon multiPolygon(Geometry g) {
        MultiPolygon mp = new MultiPolygon();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p)) continue;
            mil.nga.sf.Polygon poly = new mil.nga.sf.Polygon();
            poly.addRing(ring(p.getExteriorRing().getCoordinates()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) poly.addRing(ring(p.getInteriorRingN(h).getCoordinates()));
            mp.addPolygon(poly);
        }
        return mp;
    }

    private static LineString ring(Coordinate[] cs) {
        LineString r = new LineString();
        for (Coordinate c : cs) r.addPoint(new Point(c.x, c.y));
        return r;
    }
}
