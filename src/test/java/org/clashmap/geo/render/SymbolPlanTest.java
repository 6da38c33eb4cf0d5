package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.GeneratedIncidents;
import org.clashmap.geo.index.IncidentIndex;
import org.clashmap.geo.index.IncidentSet;

import org.clashmap.extract.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.BitSet;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a frame shows, on 20,000 events from {@code clashmap generate} (places and frequencies
 * learned from UCDP): the spatial runs find exactly the incidents in view, every incident in view
 * is either in a cluster or in a cell drawn symbol by symbol, and clusters above the clustering
 * zoom follow the crowding rule.
 */
public class SymbolPlanTest {
    static IncidentSet set;

    @BeforeAll
    static void generated() {
        set = GeneratedIncidents.of(20_000, 7);
    }

    private static BitSet someVisible(long seed) {
        Random rnd = new Random(seed);
        BitSet v = new BitSet();
        for (int i = 0; i < set.size; i++) if (rnd.nextInt(3) != 0) v.set(i);
        return v;
    }

    private static Viewport randomView(Random rnd, double zoom) {
        int target = rnd.nextInt(set.size);
        Viewport c = Viewport.centredOn(set.lat[target], set.lon[target], zoom, 1200, 800);
        return new Viewport(zoom, c.originX() + rnd.nextGaussian() * 300, c.originY() + rnd.nextGaussian() * 300, 1200, 800);
    }

    private static boolean within(Viewport vp, int i, double margin) {
        double x = vp.screenX(set.wx[i]), y = vp.screenY(set.wy[i]);
        return x >= -margin && y >= -margin && x <= vp.width() + margin && y <= vp.height() + margin;
    }

    @ParameterizedTest
    @ValueSource(doubles = {5, 7.5, 9, 11.3, 14, 16})
    void runsInViewHoldEveryIncidentInTheViewAndEachOnce(double zoom) {
        Random rnd = new Random((long) (zoom * 100));
        IncidentIndex index = set.index();
        IncidentIndex.Runs runs = new IncidentIndex.Runs();
        for (int k = 0; k < 30; k++) {
            Viewport vp = randomView(rnd, zoom);
            index.runsInView(vp, 20, runs);
            BitSet seen = new BitSet();
            for (int r = 0; r < runs.count; r++) {
                for (int p = runs.from[r]; p < runs.to[r]; p++) {
                    int i = index.incidentAt(p);
                    assertFalse(seen.get(i), "incident " + i + " listed twice");
                    seen.set(i);
                    assertEquals(set.wx[i], index.worldX(p));
                    assertEquals(set.type[i], index.type(p));
                }
            }
            for (int i = 0; i < set.size; i++) if (within(vp, i, 20)) assertTrue(seen.get(i), "incident " + i + " in view but not in the runs");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {6, 8, 9, 10.5, 12, 15})
    void everyIncidentInViewIsClusteredOrInASymbolCell(double zoom) {
        Random rnd = new Random(3);
        BitSet visible = someVisible(11);
        SymbolPlan plan = new SymbolPlan();
        for (int k = 0; k < 20; k++) {
            Viewport vp = randomView(rnd, zoom);
            plan.plan(set, visible, vp);
            int inView = 0, inMargin = 0;
            for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
                if (within(vp, i, 0)) inView++;
                if (within(vp, i, SymbolPlan.MARGIN)) inMargin++;
            }
            assertEquals(inView, plan.inView());
            int clustered = 0;
            for (int c = 0; c < plan.clusterCount(); c++) clustered += plan.clusterSize(c);
            BitSet drawn = new BitSet();
            for (int s = 0; s < plan.symbolCount(); s++) {
                int i = plan.symbol(s);
                assertTrue(visible.get(i), "a hidden incident drawn");
                assertTrue(within(vp, i, SymbolPlan.MARGIN), "a symbol far off screen");
                assertFalse(drawn.get(i), "drawn twice");
                drawn.set(i);
            }
            // symbols stand for their cells' incidents (stacks draw one per kind), clusters for theirs
            assertTrue(clustered + plan.symbolCount() <= inMargin, clustered + " + " + plan.symbolCount() + " > " + inMargin);
            if (inMargin > 0) assertTrue(clustered + plan.symbolCount() > 0, "something in view, nothing drawn");
            if (zoom >= SymbolPlan.NO_CLUSTERS_FROM_ZOOM) assertEquals(0, plan.clusterCount());
            for (int c = 0; c < plan.clusterCount(); c++) {
                int n = plan.clusterSize(c);
                if (zoom >= IncidentPainter.CLUSTER_BELOW_ZOOM) assertTrue(n > SymbolPlan.MAX_SYMBOLS_PER_CELL, "a small cluster above clustering zoom: " + n);
                assertTrue(plan.clusterAt(plan.clusterX(c), plan.clusterY(c)) >= 0, "clicking a cluster's centre finds a cluster");
            }
        }
    }

    @Test
    void aStackAtOnePlaceIsNeverClusteredButASpreadCrowdIsUntilZoomedIn() {
        assertFalse(SymbolPlan.clusters(9, 500, 0), "500 events at one point: one symbol per kind, zooming would not split them");
        assertTrue(SymbolPlan.clusters(9, 500, 30));
        assertTrue(SymbolPlan.clusters(7, 2, 0), "below clustering zoom any two incidents in a cell merge");
        assertFalse(SymbolPlan.clusters(11, SymbolPlan.MAX_SYMBOLS_PER_CELL, 40), "a few symbols stay symbols");
        assertFalse(SymbolPlan.clusters(SymbolPlan.NO_CLUSTERS_FROM_ZOOM, 500, 30));
    }

    @Test
    void aCrowdedCityClustersAtZoomElevenAndSplitsAtFourteen() {
        BitSet all = new BitSet();
        all.set(0, set.size);
        // the busiest incident's surroundings
        int busiest = 0, best = -1;
        IncidentIndex index = set.index();
        for (int k = 0; k < 200; k++) {
            int i = new Random(k).nextInt(set.size);
            int near = index.nearest(all, Viewport.centredOn(set.lat[i], set.lon[i], 9, 400, 400), 200, 200, 30) >= 0 ? countNear(i, 0.05) : 0;
            if (near > best) {
                best = near;
                busiest = i;
            }
        }
        SymbolPlan plan = new SymbolPlan();
        plan.plan(set, all, Viewport.centredOn(set.lat[busiest], set.lon[busiest], 11, 1200, 800));
        assertTrue(plan.clusterCount() > 0, "thousands of events around a city at zoom 11 must cluster (" + best + " within 5 km)");
        plan.plan(set, all, Viewport.centredOn(set.lat[busiest], set.lon[busiest], 14, 1200, 800));
        assertEquals(0, plan.clusterCount());
        assertTrue(plan.symbolCount() > 0);
    }

    private static int countNear(int i, double deg) {
        int n = 0;
        for (int j = 0; j < set.size; j++) if (Math.abs(set.lat[j] - set.lat[i]) < deg && Math.abs(set.lon[j] - set.lon[i]) < deg) n++;
        return n;
    }

    @Test
    void rasterAndVectorPaintersDrawTheSamePlan() {
        BitSet visible = someVisible(5);
        Viewport vp = Viewport.centredOn(36.2, 37.16, 10, 1000, 700);
        RasterIncidentPainter raster = new RasterIncidentPainter();
        raster.paint(new Raster(1000, 700), set, visible, vp, -1);
        IncidentPainter vector = new IncidentPainter();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1000, 700, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        vector.paint(new Java2DSurface(img.createGraphics(), 1000, 700), set, visible, vp, -1);
        SymbolPlan a = raster.lastPlan(), b = vector.lastPlan();
        assertEquals(a.symbolCount(), b.symbolCount());
        assertEquals(a.clusterCount(), b.clusterCount());
        for (int k = 0; k < a.symbolCount(); k++) assertEquals(a.symbol(k), b.symbol(k));
        assertTrue(a.symbolCount() + a.clusterCount() > 0);
        assertEquals(EventType.values().length, 4, "cluster type counts assume four event types");
    }

    @ParameterizedTest
    @ValueSource(doubles = {7, 9, 11, 14})
    void walkingOnlyTheVisibleIncidentsGivesTheSamePlanAsWalkingTheView(double zoom) {
        Random rnd = new Random(21);
        BitSet month = new BitSet(); // a thin filter, as a 30-day window is
        for (int i = 0; i < set.size; i++) if (rnd.nextInt(40) == 0) month.set(i);
        SymbolPlan sparse = new SymbolPlan(), dense = new SymbolPlan();
        for (int k = 0; k < 20; k++) {
            Viewport vp = randomView(rnd, zoom);
            sparse.plan(set, month, vp, true);
            dense.plan(set, month, vp, false);
            assertEquals(dense.inView(), sparse.inView());
            assertEquals(dense.symbolCount(), sparse.symbolCount());
            for (int s = 0; s < dense.symbolCount(); s++) assertEquals(dense.symbol(s), sparse.symbol(s), "symbol " + s);
            assertEquals(dense.clusterCount(), sparse.clusterCount());
            for (int c = 0; c < dense.clusterCount(); c++) {
                assertEquals(dense.clusterSize(c), sparse.clusterSize(c));
                assertEquals(dense.clusterX(c), sparse.clusterX(c), 1e-6);
            }
        }
    }

    @Test
    void clusterCountsStayShortEnoughToFitTheirDisc() {
        assertEquals("999", IncidentPainter.countLabel(999));
        assertEquals("1k", IncidentPainter.countLabel(1000));
        assertEquals("1.2k", IncidentPainter.countLabel(1234));
        assertEquals("9.9k", IncidentPainter.countLabel(9999));
        assertEquals("83k", IncidentPainter.countLabel(83_012));
        assertEquals("999k", IncidentPainter.countLabel(999_999));
        assertEquals("1M", IncidentPainter.countLabel(1_000_000));
        assertEquals("1.2M", IncidentPainter.countLabel(1_250_000));
        for (int n = 2; n < 20_000_000; n = n * 3 / 2 + 1) assertTrue(IncidentPainter.countLabel(n).length() <= 4, n + " -> " + IncidentPainter.countLabel(n));
    }
}
