package org.clashmap.geo.control;

import org.clashmap.geo.LocalKm;
import org.clashmap.geo.basemap.SyriaOutline;

import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Property tests for the cells {@link LocalVoronoi} keeps across control states: whatever the
 * sequence of states (places appearing and fading, controllers changing, the timeline scrubbed
 * backwards or jumped across), the pieces it emits are those of a computation from scratch, to the
 * bit (vertices are recomputed from the sites that define them), and match an independent
 * brute-force oracle (each cell clipped by every other site) to rounding; and {@link ControlMap}'s
 * lines are those of {@link FrontLines#compute(ControlModel, ControlState, SyriaOutline)} from
 * scratch. A missed invalidation leaves a stale cell, whose pieces then differ from both.
 */
public class IncrementalVoronoiTest {
    private static final double TOL_KM = 1e-6;

    /** A piece keyed by its two places (each pair emits at most one). */
    private record Piece(int a, int b, double x0, double y0, double x1, double y1) {
    }

    private static List<Piece> pieces(LocalVoronoi cells, int[] controller) {
        List<Piece> out = new ArrayList<>();
        cells.pieces(controller, (a, b, x0, y0, x1, y1) -> out.add(new Piece(a, b, x0, y0, x1, y1)));
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // places: seeded random points (a dense cluster, a sparse spread, exact duplicates), and real
    // gazetteer places around Aleppo (which has places sharing one point)

    private static double[][] randomPlaces(Random rnd, int n) {
        double[] x = new double[n], y = new double[n];
        for (int p = 0; p < n; p++) {
            int kind = rnd.nextInt(10);
            if (p > 0 && kind == 0) {
                int q = rnd.nextInt(p); // same point as an earlier place
                x[p] = x[q];
                y[p] = y[q];
            } else if (kind < 7) {
                x[p] = LocalKm.x(37.0 + rnd.nextDouble() * 0.6);
                y[p] = LocalKm.y(36.0 + rnd.nextDouble() * 0.5);
            } else {
                x[p] = LocalKm.x(36.5 + rnd.nextDouble() * 2.5);
                y[p] = LocalKm.y(35.0 + rnd.nextDouble() * 2.0);
            }
        }
        return new double[][]{x, y};
    }

    private static List<Place> aleppoPlaces(int max) {
        List<Place> out = new ArrayList<>();
        for (Place p : Gazetteers.places()) {
            if (p.lat() >= 35.9 && p.lat() <= 36.5 && p.lon() >= 36.7 && p.lon() <= 37.6) out.add(p);
            if (out.size() == max) break;
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // the oracle: every site's 16-gon clipped by the bisector of every other site, no grid, no cache

    private static Map<Long, Piece> bruteForce(double[] x, double[] y, int[] controller, double d) {
        Map<String, Integer> speaker = new HashMap<>();
        List<Integer> sites = new ArrayList<>();
        for (int p = 0; p < x.length; p++) {
            if (controller[p] < 0) continue;
            if (speaker.putIfAbsent(x[p] + "," + y[p], p) == null) sites.add(p);
        }
        Map<Long, Piece> out = new HashMap<>();
        for (int a : sites) {
            List<double[]> poly = new ArrayList<>(); // x, y, label of the edge to the next vertex
            for (int k = 0; k < 16; k++) {
                double ang = 2 * Math.PI * k / 16;
                poly.add(new double[]{x[a] + d * Math.cos(ang), y[a] + d * Math.sin(ang), -1});
            }
            for (int b : sites) {
                if (b == a) continue;
                double nx = x[b] - x[a], ny = y[b] - y[a], mx = (x[a] + x[b]) / 2, my = (y[a] + y[b]) / 2;
                List<double[]> next = new ArrayList<>();
                for (int k = 0; k < poly.size(); k++) {
                    double[] u = poly.get(k), v = poly.get((k + 1) % poly.size());
                    double fu = (u[0] - mx) * nx + (u[1] - my) * ny, fv = (v[0] - mx) * nx + (v[1] - my) * ny;
                    if (fu <= 0) next.add(u);
                    if ((fu <= 0) != (fv <= 0)) {
                        double t = fu / (fu - fv);
                        next.add(new double[]{u[0] + t * (v[0] - u[0]), u[1] + t * (v[1] - u[1]), fu <= 0 ? b : u[2]});
                    }
                }
                poly = next;
            }
            for (int k = 0; k < poly.size(); k++) {
                int b = (int) poly.get(k)[2];
                if (b < 0 || b < a || controller[b] == controller[a]) continue;
                double[] u = poly.get(k), v = poly.get((k + 1) % poly.size());
                out.put(((long) a << 32) | b, new Piece(a, b, u[0], u[1], v[0], v[1]));
            }
        }
        return out;
    }

    private static void assertSamePieces(Map<Long, Piece> expected, List<Piece> actual, String what) {
        Map<Long, Piece> got = new LinkedHashMap<>();
        for (Piece p : actual) assertNull(got.put(((long) p.a() << 32) | p.b(), p), what + ": pair emitted twice " + p);
        for (Map.Entry<Long, Piece> e : expected.entrySet()) {
            Piece w = e.getValue(), g = got.get(e.getKey());
            assertNotNull(g, what + ": missing piece " + w);
            assertTrue(close(w, g), what + ": " + g + " should be " + w);
        }
        for (Map.Entry<Long, Piece> e : got.entrySet()) assertTrue(expected.containsKey(e.getKey()), what + ": extra piece " + e.getValue());
    }

    private static boolean close(Piece w, Piece g) {
        return Math.abs(w.x0() - g.x0()) < TOL_KM && Math.abs(w.y0() - g.y0()) < TOL_KM
                && Math.abs(w.x1() - g.x1()) < TOL_KM && Math.abs(w.y1() - g.y1()) < TOL_KM;
    }

    // ---------------------------------------------------------------------------------------------
    // random walks through states

    /** Next state: a few places appear or fade, a few change hands; sometimes an earlier state again, sometimes a jump. */
    private static int[] step(Random rnd, int[] cur, List<int[]> history, int sides) {
        int r = rnd.nextInt(10);
        if (r == 0 && !history.isEmpty()) return history.get(rnd.nextInt(history.size())).clone(); // scrub back
        int[] next = cur.clone();
        if (r == 1) { // jump: a different time altogether
            for (int p = 0; p < next.length; p++) next[p] = rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(sides);
            return next;
        }
        int toggles = rnd.nextInt(1 + next.length / 20), flips = rnd.nextInt(1 + next.length / 30);
        for (int k = 0; k < toggles; k++) {
            int p = rnd.nextInt(next.length);
            next[p] = next[p] < 0 ? rnd.nextInt(sides) : -1;
        }
        for (int k = 0; k < flips; k++) {
            int p = rnd.nextInt(next.length);
            if (next[p] >= 0) next[p] = rnd.nextInt(sides);
        }
        return next;
    }

    private static void walk(double[] x, double[] y, double d, long seed, int steps) {
        Random rnd = new Random(seed);
        LocalVoronoi kept = new LocalVoronoi(x, y, d);
        int[] cur = new int[x.length];
        Arrays.fill(cur, -1);
        List<int[]> history = new ArrayList<>();
        long recomputed = 0, sites = 0;
        for (int s = 0; s < steps; s++) {
            int[] prev = cur;
            cur = step(rnd, cur, history, 4);
            history.add(cur);
            int appearedOrFaded = 0;
            for (int p = 0; p < cur.length; p++) if ((cur[p] >= 0) != (prev[p] >= 0)) appearedOrFaded++;
            kept.update(cur);
            if (appearedOrFaded <= cur.length / 20) { // a small step: most cells must have been kept
                recomputed += kept.lastRecomputed();
                sites += kept.activeSites();
            }
            List<Piece> incremental = pieces(kept, cur);
            LocalVoronoi fresh = new LocalVoronoi(x, y, d);
            fresh.update(cur);
            List<Piece> scratch = pieces(fresh, cur);
            String what = "seed " + seed + " step " + s;
            assertEquals(kept.activeSites(), fresh.activeSites(), what);
            // the same pieces in the same order (the order decides how chains start), the same coordinates
            assertEquals(scratch.size(), incremental.size(), what + ": piece count");
            for (int k = 0; k < scratch.size(); k++) assertEquals(scratch.get(k), incremental.get(k), what + ": piece " + k);
            assertSamePieces(bruteForce(x, y, cur, d), incremental, what);
        }
        // the walk must have exercised the kept cells, not recomputed everything each step
        assertTrue(sites > 0 && recomputed < sites / 2, "small steps recomputed " + recomputed + " of " + sites + " cells");
        System.out.println("seed " + seed + ", reach " + d + " km: small steps recomputed " + recomputed + " of " + sites + " cells");
    }

    @Test
    void keptCellsGiveThePiecesOfAComputationFromScratchOverRandomPoints() {
        for (long seed = 1; seed <= 6; seed++) {
            double[][] xy = randomPlaces(new Random(seed), 250 + (int) seed * 40);
            walk(xy[0], xy[1], seed % 2 == 0 ? 30 : 12, seed, 60);
        }
    }

    @Test
    void keptCellsGiveThePiecesOfAComputationFromScratchOverGazetteerPlaces() {
        List<Place> places = aleppoPlaces(500);
        assertTrue(places.size() >= 300, "places around Aleppo: " + places.size());
        double[] x = new double[places.size()], y = new double[places.size()];
        for (int p = 0; p < x.length; p++) {
            x[p] = LocalKm.x(places.get(p).lon());
            y[p] = LocalKm.y(places.get(p).lat());
        }
        walk(x, y, 30, 99, 60);
        walk(x, y, 5, 100, 60);
    }

    @Test
    void aPlaceSharingAPointSpeaksForItOnlyWhileItIsTheFirstKnownOne() {
        // three places at one point, one neighbour east: the first place with a known controller speaks
        double[] x = {0, 0, 0, 10}, y = {0, 0, 0, 0};
        LocalVoronoi cells = new LocalVoronoi(x, y, 30);
        int[] c = {-1, 1, 2, 0};
        cells.update(c);
        List<Piece> p = pieces(cells, c);
        assertEquals(1, p.size());
        assertEquals(1, p.get(0).a(), "place 1 is the first known one at the point");
        c = new int[]{0, 1, 2, 0};
        cells.update(c);
        assertTrue(pieces(cells, c).isEmpty(), "place 0 now speaks, on the same side as its neighbour");
        assertEquals(0, cells.lastRecomputed(), "the point was a site before and after: nothing to recompute");
        c = new int[]{-1, -1, 2, 0};
        cells.update(c);
        assertEquals(2, pieces(cells, c).get(0).a());
        c = new int[]{-1, -1, -1, 0};
        cells.update(c);
        assertTrue(pieces(cells, c).isEmpty());
        assertEquals(1, cells.activeSites());
    }

    // ---------------------------------------------------------------------------------------------
    // the whole step: ControlMap (cells kept across at() calls, in any date order) against from scratch

    private static final LocalDate START = LocalDate.of(2018, 1, 1);

    /**
     * Claims over 120 days (gains by four sides, and withdrawals, which leave the place unknown) at
     * gazetteer places around Aleppo, or at seeded random points in the same area (one in ten at
     * the same point as an earlier one).
     */
    private static List<PlaceClaim> scrubClaims(Random rnd, boolean gazetteer) {
        String[] sides = {"regime", "opposition", "sdf", "isis"};
        record Site(String key, double lat, double lon) {
        }
        List<Site> sites = new ArrayList<>();
        for (Place p : aleppoPlaces(400)) {
            if (gazetteer) {
                sites.add(new Site(p.id(), p.lat(), p.lon()));
            } else {
                Site like = !sites.isEmpty() && rnd.nextInt(10) == 0 ? sites.get(rnd.nextInt(sites.size())) : null;
                sites.add(like != null ? new Site("r" + sites.size(), like.lat(), like.lon())
                        : new Site("r" + sites.size(), 35.9 + rnd.nextDouble() * 0.6, 36.7 + rnd.nextDouble() * 0.9));
            }
        }
        List<PlaceClaim> claims = new ArrayList<>();
        for (Site p : sites) {
            int k = 1 + rnd.nextInt(4);
            for (int j = 0; j < k; j++) {
                LocalDate day = START.plusDays(rnd.nextInt(120));
                String side = sides[rnd.nextInt(sides.length)];
                claims.add(rnd.nextInt(6) == 0 ? new PlaceClaim(p.key(), p.key(), p.lat(), p.lon(), side, false, day, "extracted", null)
                        : PlaceClaim.gained(p.key(), p.key(), p.lat(), p.lon(), side, day));
            }
        }
        return claims;
    }

    /** Places fade out often, so the set of sites changes from day to day. */
    private static final ControlOptions SCRUB = ControlOptions.DEFAULTS.withFadeDays(25);

    @Test
    void controlMapLinesEqualLinesFromScratchWhileScrubbingTheTimeline() {
        Random rnd = new Random(7);
        SyriaOutline outline = SyriaOutline.load();
        ControlMap map = new ControlMap(scrubClaims(rnd, true), List.of(), null, SCRUB, outline);
        ControlModel model = map.model();
        int day = 0, compared = 0;
        for (int s = 0; s < 80; s++) {
            int r = rnd.nextInt(10);
            day = r < 6 ? day + 1 + rnd.nextInt(3) : r < 9 ? day - 1 - rnd.nextInt(20) : rnd.nextInt(140); // forward, back, jump
            day = Math.max(0, Math.min(139, day));
            LocalDate t = START.plusDays(day);
            List<FrontLine> got = map.at(t).lines();
            List<FrontLine> want = FrontLines.compute(model, model.stateAt(t), outline);
            assertSameLines(want, got, "day " + day + " (step " + s + ")");
            compared += want.size();
        }
        assertTrue(compared > 200, "the walk saw front lines: " + compared);
    }

    /**
     * The threads visit days in an order that changes from run to run; over random points (no four
     * of them exactly on one circle, where rounding may decide whether a sliver edge exists) the
     * lines must still be exactly those from scratch.
     */
    @Test
    void controlMapCalledFromSeveralThreadsGivesTheLinesFromScratch() throws Exception {
        SyriaOutline outline = SyriaOutline.load();
        ControlMap map = new ControlMap(scrubClaims(new Random(8), false), List.of(), null, SCRUB, outline);
        ControlModel model = map.model();
        Map<Integer, List<FrontLine>> want = new HashMap<>();
        for (int day = 0; day < 140; day++) want.put(day, FrontLines.compute(model, model.stateAt(START.plusDays(day)), outline));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int k = 0; k < 4; k++) {
            Random rnd = new Random(100 + k);
            threads.add(new Thread(() -> {
                try {
                    for (int s = 0; s < 40; s++) {
                        int day = rnd.nextInt(140);
                        assertSameLines(want.get(day), map.at(START.plusDays(day)).lines(), "day " + day);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        if (!failures.isEmpty()) throw new AssertionError(failures.get(0));
    }

    private static void assertSameLines(List<FrontLine> want, List<FrontLine> got, String what) {
        assertEquals(want.size(), got.size(), what + ": number of lines");
        for (int i = 0; i < want.size(); i++) {
            FrontLine w = want.get(i), g = got.get(i);
            assertEquals(w.sideA() + "|" + w.sideB(), g.sideA() + "|" + g.sideB(), what + ": line " + i);
            assertEquals(w.supportingClaims(), g.supportingClaims(), what + ": support of line " + i);
            assertEquals(w.tentative(), g.tentative(), what);
            assertEquals(w.points(), g.points(), what + ": points of line " + i);
            // exactly: a difference in the last bits can make Douglas-Peucker keep another of two points equally far from a chord
            assertArrayEquals(w.lonLat(), g.lonLat(), what + ": line " + i);
        }
    }
}
