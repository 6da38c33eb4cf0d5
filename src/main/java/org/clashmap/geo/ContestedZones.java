package org.clashmap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contested zones around clusters of battles in the window (t - contestedDays, t]. Battles are
 * sorted once by start; a window is a binary search plus a scan back over at most the longest
 * battle's duration. Points are first snapped to a 2 km grid (a hundred reports of fighting in one
 * town are one blob, not a hundred buffers), then buffered as octagons and unioned.
 */
public final class ContestedZones {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double SNAP_KM = 2;

    private final ClashPoint[] byStart;
    private final int[] startDay;
    private final int maxDuration;
    private final ControlOptions options;

    public ContestedZones(List<ClashPoint> clashes, ControlOptions options) {
        this.options = options;
        byStart = clashes.toArray(new ClashPoint[0]);
        java.util.Arrays.sort(byStart, Comparator.comparing(ClashPoint::from));
        startDay = new int[byStart.length];
        int longest = 0;
        for (int i = 0; i < byStart.length; i++) {
            startDay[i] = (int) byStart[i].from().toEpochDay();
            longest = Math.max(longest, (int) (byStart[i].to().toEpochDay() - startDay[i]));
        }
        maxDuration = longest;
    }

    /** Indexes (into the sorted battles) of those active in the window ending at t: also the cache key. */
    int[] activeAt(LocalDate t) {
        int today = (int) t.toEpochDay(), since = today - options.contestedDays();
        int hi = ControlModel.upperBound(startDay, today);
        int lo = ControlModel.upperBound(startDay, since - maxDuration - 1);
        int[] out = new int[hi - lo];
        int n = 0;
        for (int i = lo; i < hi; i++) if (byStart[i].to().toEpochDay() >= since) out[n++] = i;
        return java.util.Arrays.copyOf(out, n);
    }

    List<ContestedZone> zones(int[] active) {
        if (active.length < options.minZoneClashes()) return List.of();
        Map<Long, Integer> cells = new HashMap<>();
        List<Coordinate> pts = new ArrayList<>();
        for (int i : active) {
            double x = LocalKm.x(byStart[i].lon()), y = LocalKm.y(byStart[i].lat());
            long key = ((long) Math.floor(x / SNAP_KM) << 32) ^ ((long) Math.floor(y / SNAP_KM) & 0xffffffffL);
            Integer c = cells.get(key);
            if (c == null) {
                cells.put(key, pts.size());
                pts.add(new Coordinate(x, y, 1));
            } else {
                pts.get(c).z++;
            }
        }
        List<Geometry> buffers = new ArrayList<>(pts.size());
        for (Coordinate c : pts) buffers.add(GF.createPoint(c).buffer(options.zoneRadiusKm(), 2));
        Geometry union = UnaryUnionOp.union(buffers);
        List<ContestedZone> out = new ArrayList<>();
        for (int g = 0; g < union.getNumGeometries(); g++) {
            Polygon poly = (Polygon) union.getGeometryN(g);
            int count = 0;
            for (Coordinate c : pts) {
                Point p = GF.createPoint(c);
                if (poly.getEnvelopeInternal().contains(c) && poly.contains(p)) count += (int) c.z;
            }
            if (count < options.minZoneClashes()) continue;
            List<double[]> ll = new ArrayList<>(), w = new ArrayList<>();
            addRing(poly.getExteriorRing(), ll, w);
            for (int h = 0; h < poly.getNumInteriorRing(); h++) addRing(poly.getInteriorRingN(h), ll, w);
            out.add(new ContestedZone(ll, w, count));
        }
        return out;
    }

    private static void addRing(LineString ring, List<double[]> ll, List<double[]> w) {
        int n = ring.getNumPoints();
        double[] a = new double[n * 2], b = new double[n * 2];
        for (int i = 0; i < n; i++) {
            Coordinate c = ring.getCoordinateN(i);
            a[2 * i] = LocalKm.lon(c.x);
            a[2 * i + 1] = LocalKm.lat(c.y);
            b[2 * i] = WebMercator.worldX(a[2 * i]);
            b[2 * i + 1] = WebMercator.worldY(a[2 * i + 1]);
        }
        ll.add(a);
        w.add(b);
    }
}
