package org.clashmap.geo.control;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

public class ContestedZonesTest {
    @Test
    void clustersLinkExactlyThePointsWithinReachOfEachOther() {
        Random rnd = new Random(11);
        double snap = 4, link = 16;
        for (int round = 0; round < 20; round++) {
            // snapped battle points (one per grid cell, as zones() makes them), some around negative coordinates
            Set<Long> used = new HashSet<>();
            List<Coordinate> pts = new ArrayList<>();
            int n = 50 + rnd.nextInt(400);
            double ox = rnd.nextBoolean() ? 3000 : -200;
            while (pts.size() < n) {
                long gx = (long) Math.floor((ox + rnd.nextDouble() * 400) / snap), gy = (long) Math.floor((rnd.nextDouble() * 300 - 100) / snap);
                if (used.add(gx * 1_000_003 + gy)) pts.add(new Coordinate((gx + 0.5) * snap, (gy + 0.5) * snap, 1));
            }
            // every pair, no grid
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) if (pts.get(i).distance(pts.get(j)) <= link) parent[root(parent, i)] = root(parent, j);
            }
            Set<Set<Coordinate>> want = new HashSet<>();
            for (int i = 0; i < n; i++) {
                Set<Coordinate> group = new HashSet<>();
                for (int j = 0; j < n; j++) if (root(parent, j) == root(parent, i)) group.add(pts.get(j));
                want.add(group);
            }
            Set<Set<Coordinate>> got = new HashSet<>();
            for (List<Coordinate> c : ContestedZones.clusters(pts, link, snap)) got.add(new HashSet<>(c));
            assertEquals(want, got, "round " + round);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i];
        return i;
    }
}
