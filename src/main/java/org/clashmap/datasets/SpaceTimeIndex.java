package org.clashmap.datasets;

import org.clashmap.geodesy.Geodesy;

import org.clashmap.store.DatedEventPlace;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dated points indexed by time, then space. Points are sorted by start date and cut into chunks
 * of consecutive starts; each chunk knows its date span and has its own STRtree of the points'
 * envelopes, each widened by the point's precision radius. A query binary-searches the chunks
 * that can overlap its dates and asks only their trees; so a query touches a few months of
 * events near one place, not the whole dataset.
 */
final class SpaceTimeIndex {
    private static final int CHUNK = 2_048;

    private record Chunk(long minFrom, long maxTo, STRtree tree) {}

    private final List<Chunk> chunks = new ArrayList<>();
    private final long[] chunkMinFrom;
    private final int size;

    SpaceTimeIndex(List<DatedEventPlace> points) {
        List<DatedEventPlace> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(DatedEventPlace::from));
        for (int i = 0; i < sorted.size(); i += CHUNK) {
            List<DatedEventPlace> part = sorted.subList(i, Math.min(sorted.size(), i + CHUNK));
            STRtree tree = new STRtree();
            long maxTo = Long.MIN_VALUE;
            for (DatedEventPlace p : part) {
                tree.insert(envelope(p.lat(), p.lon(), p.precisionKm()), p);
                maxTo = Math.max(maxTo, p.to().toEpochDay());
            }
            tree.build();
            chunks.add(new Chunk(part.get(0).from().toEpochDay(), maxTo, tree));
        }
        chunkMinFrom = chunks.stream().mapToLong(Chunk::minFrom).toArray();
        size = sorted.size();
    }

    int size() {
        return size;
    }

    static Envelope envelope(double lat, double lon, double km) {
        double dLat = Geodesy.latDegrees(km);
        double dLon = Geodesy.lonDegrees(km, lat, dLat);
        return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
    }

    /**
     * Points whose dates overlap [from, to] and whose widened envelope meets the envelope of
     * (lat, lon) widened by km: a superset of the true matches, which the caller checks exactly.
     */
    List<DatedEventPlace> candidates(double lat, double lon, double km, LocalDate from, LocalDate to) {
        long f = from.toEpochDay(), t = to.toEpochDay();
        Envelope q = envelope(lat, lon, km);
        List<DatedEventPlace> out = new ArrayList<>();
        int last = lastChunkStartingBy(t);
        for (int i = 0; i <= last; i++) {
            Chunk c = chunks.get(i);
            if (c.maxTo() < f) continue; // every point in it ended before the query starts
            for (Object o : c.tree().query(q)) {
                DatedEventPlace p = (DatedEventPlace) o;
                if (p.from().toEpochDay() <= t && p.to().toEpochDay() >= f) out.add(p);
            }
        }
        return out;
    }

    /** Index of the last chunk whose first start is on or before day t, or -1. */
    private int lastChunkStartingBy(long t) {
        int lo = 0, hi = chunkMinFrom.length - 1, ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (chunkMinFrom[mid] <= t) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
}
