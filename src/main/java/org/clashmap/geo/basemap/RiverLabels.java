package org.clashmap.geo.basemap;

import org.clashmap.geo.GeoJsonGeometries;
import org.clashmap.geo.LocalKm;
import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * River names along their lines (issue 19 item 4): label anchors every {@value #SPACING_KM} km along each named
 * river where its course runs straight for the length of a name, each with the direction of the line there, so
 * the name is drawn along the water. Names come from Natural Earth ({@code name_ar}, {@code name_en}: the
 * Euphrates, the Tigris) and, for the supplement's unnamed rivers (the Orontes, Khabur, Balikh), from
 * {@value #NAMES_FILE}: a line takes a name when it passes within {@value #THROUGH_KM} km of two of the towns
 * the table lists for that river. The label layout thins the anchors by zoom, as it does place names.
 */
public final class RiverLabels {
    public static final String NAMES_FILE = "river_names.tsv";
    static final double SPACING_KM = 30, HALF_NAME_KM = 7, STRAIGHT_KM = 1.2, THROUGH_KM = 3;
    /** Between a district seat (60,000 + population) and the largest villages: rivers name the land between towns. */
    static final long SCORE = 40_000;

    /** A name for the supplement's rivers, and the towns (P-codes) its river runs through. */
    record Name(String ar, String en, List<String> through) {
    }

    private RiverLabels() {
    }

    /** The names table (tab-separated, # comments). */
    static List<Name> readNames(Path file) throws IOException {
        List<Name> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 3) throw new IOException(file + ": a row needs name_ar, name_en and towns: " + line);
            out.add(new Name(c[0].strip(), c[1].strip(), List.of(c[2].strip().split("\\s+"))));
        }
        return out;
    }

    /** Community P-code → {lat, lon} from the OCHA communities file. */
    static Map<String, double[]> towns(Path communities) throws IOException {
        List<String> rows = Files.readAllLines(communities, StandardCharsets.UTF_8);
        List<String> h = List.of(rows.get(0).split("\t", -1));
        int iCode = h.indexOf("PCODE"), iLat = h.indexOf("lat"), iLon = h.indexOf("lon");
        Map<String, double[]> out = new HashMap<>();
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split("\t", -1);
            out.put(c[iCode], new double[]{Double.parseDouble(c[iLat]), Double.parseDouble(c[iLon])});
        }
        return out;
    }

    /**
     * Label anchors of the named rivers among {@code shared} (Natural Earth names) and {@code supplement} (named by
     * {@code names} through {@code towns}).
     */
    static List<PlaceLabel> anchors(List<GeoJsonGeometries.Feature> shared, List<GeoJsonGeometries.Feature> supplement,
                                    List<Name> names, Map<String, double[]> towns) {
        List<PlaceLabel> out = new ArrayList<>();
        for (GeoJsonGeometries.Feature f : shared) {
            String ar = f.text("name_ar"), en = f.text("name_en");
            if (ar == null || en == null || ar.isBlank() || en.isBlank()) continue;
            // the Euphrates and the Tigris from zoom 7, the rest from 8
            int minZoom = "Euphrates".equals(en) || "Tigris".equals(en) ? 7 : 8;
            out.addAll(along(f.geometry(), stripRiver(ar), en, minZoom));
        }
        for (GeoJsonGeometries.Feature f : supplement) {
            Name n = nameOf(f.geometry(), names, towns);
            if (n != null) out.addAll(along(f.geometry(), n.ar(), n.en(), 8));
        }
        return out;
    }

    /** "نهر الأردن" is labelled "الأردن" beside its water, as the Euphrates is "الفرات". */
    private static String stripRiver(String ar) {
        return ar.startsWith("نهر ") ? ar.substring(4) : ar;
    }

    static Name nameOf(Geometry line, List<Name> names, Map<String, double[]> towns) {
        Geometry km = toKm(line);
        for (Name n : names) {
            int near = 0;
            for (String code : n.through()) {
                double[] t = towns.get(code);
                if (t == null) throw new IllegalArgumentException(NAMES_FILE + ": no community " + code);
                Point p = GeoJsonGeometries.GF.createPoint(new Coordinate(LocalKm.x(t[1]), LocalKm.y(t[0])));
                if (km.distance(p) <= THROUGH_KM) near++;
            }
            if (near >= 2) return n;
        }
        return null;
    }

    /** A geometry in degrees (lon, lat) moved onto the {@link LocalKm} grid. */
    static Geometry toKm(Geometry g) {
        Geometry c = g.copy();
        c.apply((org.locationtech.jts.geom.CoordinateFilter) co -> {
            double x = LocalKm.x(co.x), y = LocalKm.y(co.y);
            co.x = x;
            co.y = y;
        });
        c.geometryChanged();
        return c;
    }

    /** Anchors every SPACING_KM along each part of a line, where it runs straight for a name's length. */
    private static List<PlaceLabel> along(Geometry g, String ar, String en, int minZoom) {
        List<PlaceLabel> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Coordinate[] deg = ((LineString) g.getGeometryN(i)).getCoordinates();
            int n = deg.length;
            double[] x = new double[n], y = new double[n], s = new double[n];
            for (int k = 0; k < n; k++) {
                x[k] = LocalKm.x(deg[k].x);
                y[k] = LocalKm.y(deg[k].y);
                if (k > 0) s[k] = s[k - 1] + Math.hypot(x[k] - x[k - 1], y[k] - y[k - 1]);
            }
            for (double at = SPACING_KM / 2; at + HALF_NAME_KM < s[n - 1]; at += SPACING_KM) {
                if (at < HALF_NAME_KM) continue;
                double[] a = pointAt(x, y, s, at - HALF_NAME_KM), b = pointAt(x, y, s, at + HALF_NAME_KM), m = pointAt(x, y, s, at);
                if (!straight(x, y, s, at, a, b)) continue;
                double lat = LocalKm.lat(m[1]), lon = LocalKm.lon(m[0]);
                // the direction on screen (Mercator, y down), turned so the text reads upright
                double dx = WebMercator.worldX(LocalKm.lon(b[0])) - WebMercator.worldX(LocalKm.lon(a[0]));
                double dy = WebMercator.worldY(LocalKm.lat(b[1])) - WebMercator.worldY(LocalKm.lat(a[1]));
                double angle = Math.rint(Math.toDegrees(Math.atan2(dy, dx)));
                if (angle > 90) angle -= 180;
                if (angle <= -90) angle += 180;
                out.add(new PlaceLabel(PlaceLabel.Kind.RIVER, minZoom, 99, 5, SCORE, round(lat), round(lon), ar, en, angle));
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static double[] pointAt(double[] x, double[] y, double[] s, double at) {
        int k = 1;
        while (k < s.length - 1 && s[k] < at) k++;
        double seg = s[k] - s[k - 1], t = seg == 0 ? 0 : (at - s[k - 1]) / seg;
        return new double[]{x[k - 1] + t * (x[k] - x[k - 1]), y[k - 1] + t * (y[k] - y[k - 1])};
    }

    /** Whether the line between {@code at ± HALF_NAME_KM} stays within STRAIGHT_KM of the chord a–b. */
    private static boolean straight(double[] x, double[] y, double[] s, double at, double[] a, double[] b) {
        double cx = b[0] - a[0], cy = b[1] - a[1], len = Math.hypot(cx, cy);
        if (len < HALF_NAME_KM) return false; // doubles back on itself
        for (int k = 0; k < s.length; k++) {
            if (s[k] < at - HALF_NAME_KM || s[k] > at + HALF_NAME_KM) continue;
            double d = Math.abs((x[k] - a[0]) * cy - (y[k] - a[1]) * cx) / len;
            if (d > STRAIGHT_KM) return false;
        }
        return true;
    }
}
