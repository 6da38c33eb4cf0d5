package org.clashmap.export;

import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.sf.GeometryType;
import mil.nga.sf.LineString;
import mil.nga.sf.MultiPolygon;
import mil.nga.sf.Point;
import mil.nga.sf.Polygon;
import org.clashmap.geo.control.ContestedZone;
import org.clashmap.geo.render.ControlPalette;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.FrontLine;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The derived control map of one day as three GeoPackage tables beside {@code events}:
 * {@code control_points} (POINT), {@code front_lines} (LINESTRING) and {@code control_zones}
 * (MULTIPOLYGON, the contested zones). Pass {@link #of} to {@link ExportOptions#withGeoPackageLayers}.
 */
public final class ControlGeoPackageLayers {
    private ControlGeoPackageLayers() {
    }

    public static List<GeoPackageLayer> of(ControlSnapshot s) {
        return List.of(new Points(s), new Lines(s), new Zones(s));
    }

    private static final class Points extends GeoPackageFeatureTable {
        private final ControlSnapshot snap;

        Points(ControlSnapshot s) {
            this.snap = s;
        }

        @Override
        public String tableName() {
            return "control_points";
        }

        @Override
        GeometryType type() {
            return GeometryType.POINT;
        }

        @Override
        Map<String, GeoPackageDataType> columns() {
            return GeoPackageFeatureTable.ordered("place_id", GeoPackageDataType.TEXT, "name_ar", GeoPackageDataType.TEXT, "controller", GeoPackageDataType.TEXT,
                    "controller_name", GeoPackageDataType.TEXT, "contested", GeoPackageDataType.BOOLEAN, "contender", GeoPackageDataType.TEXT,
                    "supporting_claims", GeoPackageDataType.INTEGER, "date", GeoPackageDataType.DATE);
        }

        @Override
        void rows(RowSink sink) throws IOException {
            for (ControlSnapshot.Dot d : snap.dots()) {
                sink.row(new Point(d.lon(), d.lat()), d.placeKey(), d.name(), d.controller(), ControlPalette.name(d.controller()), d.contested(),
                        d.contender(), d.supportingClaims(), snap.date().toString());
            }
        }
    }

    private static final class Lines extends GeoPackageFeatureTable {
        private final ControlSnapshot snap;

        Lines(ControlSnapshot s) {
            this.snap = s;
        }

        @Override
        public String tableName() {
            return "front_lines";
        }

        @Override
        GeometryType type() {
            return GeometryType.LINESTRING;
        }

        @Override
        Map<String, GeoPackageDataType> columns() {
            return GeoPackageFeatureTable.ordered("side_a", GeoPackageDataType.TEXT, "side_b", GeoPackageDataType.TEXT, "sides", GeoPackageDataType.TEXT,
                    "supporting_claims", GeoPackageDataType.INTEGER, "tentative", GeoPackageDataType.BOOLEAN, "date", GeoPackageDataType.DATE);
        }

        @Override
        void rows(RowSink sink) throws IOException {
            for (FrontLine l : snap.lines()) {
                LineString ls = new LineString();
                for (int i = 0; i < l.points(); i++) ls.addPoint(new Point(l.lonLat()[2 * i], l.lonLat()[2 * i + 1]));
                sink.row(ls, l.sideA(), l.sideB(), ControlPalette.name(l.sideA()) + " | " + ControlPalette.name(l.sideB()),
                        l.supportingClaims(), l.tentative(), snap.date().toString());
            }
        }
    }

    private static final class Zones extends GeoPackageFeatureTable {
        private final ControlSnapshot snap;

        Zones(ControlSnapshot s) {
            this.snap = s;
        }

        @Override
        public String tableName() {
            return "control_zones";
        }

        @Override
        GeometryType type() {
            return GeometryType.MULTIPOLYGON;
        }

        @Override
        Map<String, GeoPackageDataType> columns() {
            return GeoPackageFeatureTable.ordered("kind", GeoPackageDataType.TEXT, "clashes", GeoPackageDataType.INTEGER, "date", GeoPackageDataType.DATE);
        }

        @Override
        void rows(RowSink sink) throws IOException {
            for (ContestedZone z : snap.zones()) {
                Polygon poly = new Polygon();
                for (double[] ring : z.lonLatRings()) {
                    LineString r = new LineString();
                    for (int i = 0; i < ring.length; i += 2) r.addPoint(new Point(ring[i], ring[i + 1]));
                    poly.addRing(r);
                }
                MultiPolygon mp = new MultiPolygon();
                mp.addPolygon(poly);
                sink.row(mp, "contested", z.clashes(), snap.date().toString());
            }
        }
    }

}
