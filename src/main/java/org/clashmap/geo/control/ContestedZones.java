package org.clashmap.geo.control;

import org.clashmap.geo.LocalKm;
import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contested zones around clusters of battles in the window (t - contestedDays, t]. Battles are
 * sorted once by start; a window is a binary search plus a scan back over at most the longest
 * battle's duration. Points are first snapped to a grid of half the zone radius (a hundred reports
 * of fighting in one town are one blob, not a hundred buffers; the snap moves a point by at most
 * a third of the radius, invisible once buffered), then grouped into clusters whose buffers touch (see {@link #clusters}). The
 * snapping is what keeps a week of 100,000 battles a year within the step budget: unioning
 * thousands of overlapping buffers costs ten times more.
 */
public final class ContestedZones {
    private static final GeometryFactory GF = new GeometryFactory();

    private final ClashPoint[] byStart;
    private final int[] startDay, endDay;
    private final int maxDuration;
    private final ControlOptions options;

    public ContestedZones(List<ClashPoint> clashes, ControlOptions options) {
        this.options = options;
        // Sorted by start day, ties in list order (a stable sort), as (day, index) packed in one long: a primitive
        // sort, where sorting the points through a comparator of LocalDates was a tenth of a million-event render.
        ClashPoint[] given = clashes.toArray(new ClashPoint[0]);
        long[] keys = new long[given.length];
        for (int i = 0; i < given.length; i++) keys[i] = (given[i].from().toEpochDay() << 32) | i;
        java.util.Arrays.sort(keys);
        byStart = new ClashPoint[given.length];
        startDay = new int[byStart.length];
        endDay = new int[byStart.length];
        int longest = 0;
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = given[(int) (keys[i] & 0xFFFFFFFFL)];
            startDay[i] = (int) (keys[i] >> 32);
            endDay[i] = (int) byStart[i].to().toEpochDay();
            longest = Math.max(longest, endDay[i] - startDay[i]);
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
        for (int i = lo; i < hi; i++) if (endDay[i] >= since) out[n++] = i;
        return java.util.Arrays.copyOf(out, n);
    }

    List<ContestedZone> zones(int[] active) {
        if (active.length < options.minZoneClashes()) return List.of();
        double snap = Math.max(1, options.zoneRadiusKm() / 2);
        Map<Long, Integer> cells = new HashMap<>();
        List<Coordinate> pts = new ArrayList<>();
        for (int i : active) {
            double x = LocalKm.x(byStart[i].lon()), y = LocalKm.y(byStart[i].lat());
            long gx = (long) Math.floor(x / snap), gy = (long) Math.floor(y / snap);
            long key = cellKey(gx, gy);
            Integer c = cells.get(key);
            if (c == null) {
                cells.put(key, pts.size());
                pts.add(new Coordinate((gx + 0.5) * snap, (gy + 0.5) * snap, 1));
            } else {
                pts.get(c).z++;
            }
        }
        List<ContestedZone> out = new ArrayList<>();
        for (List<Coordinate> cluster : clusters(pts, 2 * options.zoneRadiusKm(), snap)) {
            int count = 0;
            for (Coordinate c : cluster) count += (int) c.z;
            if (count < options.minZoneClashes()) continue;
            Geometry hull = GF.createMultiPointFromCoords(cluster.toArray(new Coordinate[0])).convexHull();
            Polygon poly = (Polygon) hull.buffer(options.zoneRadiusKm(), 3);
            List<double[]> ll = new ArrayList<>(), w = new ArrayList<>();
            addRing(poly.getExteriorRing(), ll, w);
            out.add(new ContestedZone(ll, w, count));
        }
        return out;
    }

    /**
     * Groups snapped points closer than {@code link} (their buffers would touch) with union-find
     * over the grid. Each cluster becomes one zone: the buffered convex hull of its points. Exact
     * union of the buffers cost 150+ ms a step at 100,000 battles a year; the hull is a few ms and
     * differs only where a cluster is strongly concave. Each pair of grid cells is looked at once
     * (the upper half of the window around a point), with squared distances.
     */
    static List<List<Coordinate>> clusters(List<Coordinate> pts, double link, double snap) {
        int n = pts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<Long, Integer> at = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) at.put(cellKey((long) Math.floor(pts.get(i).x / snap), (long) Math.floor(pts.get(i).y / snap)), i);
        int reach = (int) Math.ceil(link / snap);
        double link2 = link * link;
        for (int i = 0; i < n; i++) {
            Coordinate c = pts.get(i);
            long gx = (long) Math.floor(c.x / snap), gy = (long) Math.floor(c.y / snap);
            for (long dy = 0; dy <= reach; dy++) {
                for (long dx = dy == 0 ? 1 : -reach; dx <= reach; dx++) {
                    Integer j = at.get(cellKey(gx + dx, gy + dy));
                    if (j == null) continue;
                    Coordinate o = pts.get(j);
                    double ex = o.x - c.x, ey = o.y - c.y;
                    if (ex * ex + ey * ey > link2) continue;
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Coordinate>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(pts.get(i));
        return new ArrayList<>(groups.values());
    }

    /**
     * A grid cell as a map key: (gx, gy) packed into one long, then multiplied by an odd constant
     * (a bijection, so keys stay distinct). Packed alone, Long.hashCode folds the key to gx ^ gy and
     * every anti-diagonal of the grid lands in one bucket, which made the lookups most of the zones' time.
     */
    private static long cellKey(long gx, long gy) {
        return ((gx << 32) ^ (gy & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
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
