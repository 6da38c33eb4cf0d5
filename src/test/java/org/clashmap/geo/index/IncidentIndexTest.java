package org.clashmap.geo.index;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.render.SymbolPlan;

import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.Ingester;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Hit-testing through the grid index agrees with a brute-force search, at every zoom. */
public class IncidentIndexTest {
    static IncidentSet set;

    @BeforeAll
    static void seeds() throws Exception {
        Path dir = Files.createTempDirectory("hit");
        try (Database db = Database.open(dir.resolve("h.db"))) {
            new Ingester(new RuleBasedExtractor(Gazetteers.load()), new EventStore(db)).ingestBuiltInSeeds(IngestProgress.NONE);
            List<StoredEvent> events = new EventStore(db).allEvents();
            set = IncidentSet.of(events);
        }
        assertTrue(set.size > 30);
    }

    static int bruteForce(IncidentSet s, BitSet visible, Viewport vp, double x, double y, double tol) {
        int best = -1;
        double bestD = tol * tol;
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            double dx = vp.screenX(s.wx[i]) - x, dy = vp.screenY(s.wy[i]) - y, d = dx * dx + dy * dy;
            if (d < bestD || (d == bestD && i > best)) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(doubles = {5, 7, 8.5, 10, 12.25, 14})
    void indexAgreesWithBruteForce(double zoom) {
        IncidentIndex index = new IncidentIndex(set);
        Random rnd = new Random(42);
        BitSet visible = new BitSet();
        for (int i = 0; i < set.size; i++) if (rnd.nextInt(5) != 0) visible.set(i);
        int hits = 0;
        for (int k = 0; k < 400; k++) {
            int target = rnd.nextInt(set.size);
            Viewport vp = Viewport.centredOn(set.lat[target], set.lon[target], zoom, 1200, 800);
            // Around a real incident (to get hits) and anywhere in the view (to get misses).
            double x = k % 2 == 0 ? 600 + rnd.nextGaussian() * 8 : rnd.nextDouble() * 1200;
            double y = k % 2 == 0 ? 400 + rnd.nextGaussian() * 8 : rnd.nextDouble() * 800;
            int expected = bruteForce(set, visible, vp, x, y, 10);
            int got = index.nearest(visible, vp, x, y, 10);
            if (expected >= 0) {
                hits++;
                double de = Math.hypot(vp.screenX(set.wx[expected]) - x, vp.screenY(set.wy[expected]) - y);
                double dg = Math.hypot(vp.screenX(set.wx[got]) - x, vp.screenY(set.wy[got]) - y);
                assertEquals(de, dg, 1e-9, "zoom " + zoom + " at " + x + "," + y);
            } else {
                assertEquals(-1, got);
            }
        }
        assertTrue(hits > 50, "the sample must exercise hits, got " + hits);
    }

    @ParameterizedTest
    @ValueSource(doubles = {5, 7, 8})
    void clustersAccountForEveryVisibleIncidentInView(double zoom) {
        BitSet visible = new BitSet();
        visible.set(0, set.size);
        Viewport vp = Viewport.centredOn(35, 38.5, zoom, 1600, 1000);
        SymbolPlan plan = new SymbolPlan();
        plan.plan(set, visible, vp);
        // Below clustering zoom a cell is a counted cluster or a single symbol, so the two add up to
        // every incident in view and nothing beyond the margin the plan looks at.
        int shown = plan.symbolCount();
        for (int c = 0; c < plan.clusterCount(); c++) shown += plan.clusterSize(c);
        assertTrue(shown >= inView(vp, 0), shown + " < " + inView(vp, 0));
        assertTrue(shown <= inView(vp, SymbolPlan.MARGIN), shown + " > " + inView(vp, SymbolPlan.MARGIN));
        assertEquals(inView(vp, 0), plan.inView());
    }

    private static int inView(Viewport vp, double margin) {
        int n = 0;
        for (int i = 0; i < set.size; i++) {
            double x = vp.screenX(set.wx[i]), y = vp.screenY(set.wy[i]);
            if (x >= -margin && y >= -margin && x <= vp.width() + margin && y <= vp.height() + margin) n++;
        }
        return n;
    }
}
