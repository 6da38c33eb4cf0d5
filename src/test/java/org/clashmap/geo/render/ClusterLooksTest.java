package org.clashmap.geo.render;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 19 item 10: a cluster of undated events is drawn hollow, as the legend says undated events are,
 * and a selected event inside a cluster rings the cluster instead of covering its count.
 */
public class ClusterLooksTest {
    private static StoredEvent event(long id, boolean dated, double lat, double lon) {
        LocalDate d = LocalDate.of(2018, 6, 8);
        return new StoredEvent(id, null, "test", null, EventType.BATTLES, null, dated ? new DateRange(d, d, TimePrecision.DAY) : DateRange.UNKNOWN,
                3, null, 0.9, ReviewStatus.UNREVIEWED, null, 0, 0, List.of(),
                List.of(new EventPlace(null, "م" + id, null, null, lat, lon, 1, 0.9, 0, 0)), null, null, false);
    }

    /** Eight events at villages a few km apart: one cluster at zoom 5. */
    private static IncidentSet eight(boolean... dated) {
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; i < dated.length; i++) events.add(event(i + 1, dated[i], 35.0 + 0.02 * i, 38.0 + 0.015 * i));
        return IncidentSet.of(events);
    }

    private static BitSet all(IncidentSet set) {
        BitSet b = new BitSet();
        b.set(0, set.size);
        return b;
    }

    private static final int W = 400, H = 300;
    private static final Viewport VIEW = Viewport.centredOn(35.07, 38.05, 5, W, H);

    @Test
    void aClusterOfUndatedEventsIsHollowAndAMixedOneIsNot() {
        SymbolPlan plan = new SymbolPlan();
        IncidentSet undated = eight(false, false, false, false, false, false, false, false);
        plan.plan(undated, all(undated), VIEW);
        assertEquals(1, plan.clusterCount());
        assertTrue(plan.clusterUndated(0));

        IncidentSet mixed = eight(false, true, false, false, false, false, false, false);
        plan.plan(mixed, all(mixed), VIEW);
        assertEquals(1, plan.clusterCount());
        assertFalse(plan.clusterUndated(0));
    }

    @Test
    void theWindowDrawsTheUndatedClusterPaleAndTheDatedOneSolid() {
        int undatedCentre = centrePixel(eight(false, false, false, false, false, false, false, false), -1);
        int datedCentre = centrePixel(eight(true, true, true, true, true, true, true, true), -1);
        assertTrue(alpha(datedCentre) > 200, "a dated cluster is solid: " + Integer.toHexString(datedCentre));
        assertTrue(alpha(undatedCentre) < 120, "an undated cluster is pale (hollow): " + Integer.toHexString(undatedCentre));
    }

    @Test
    void aSelectedEventInsideAClusterRingsItAndLeavesItsCountReadable() {
        IncidentSet set = eight(true, true, true, true, true, true, true, true);
        RasterIncidentPainter painter = new RasterIncidentPainter();
        Raster plain = new Raster(W, H), selected = new Raster(W, H);
        painter.paint(plain, set, all(set), VIEW, -1);
        SymbolPlan plan = painter.lastPlan();
        assertEquals(1, plan.clusterCount());
        double cx = plan.clusterX(0), cy = plan.clusterY(0), r = IncidentPainter.clusterRadius(plan.clusterEvents(0));
        int event = set.eventIndexOfId(3);
        int i = set.firstIncidentOf(event);
        assertEquals(0, plan.clusterHolding(VIEW.screenX(set.wx[i]), VIEW.screenY(set.wy[i])), "the selected place is in the cluster");
        painter.paint(selected, set, all(set), VIEW, event);
        // Inside the disc nothing changed: the count is not covered by the selected symbol.
        for (int y = (int) (cy - r + 2); y < cy + r - 2; y++) {
            for (int x = (int) (cx - r + 2); x < cx + r - 2; x++) {
                if (Math.hypot(x - cx, y - cy) > r - 2) continue;
                assertEquals(plain.pixels[y * W + x], selected.pixels[y * W + x], "pixel " + x + "," + y + " inside the cluster");
            }
        }
        // The ring: the selection colour just outside the disc.
        int ring = selected.pixels[(int) Math.round(cy) * W + (int) Math.round(cx + r + 5)];
        assertEquals(IncidentPainter.SELECTION & 0xFFFFFF, ring & 0xFFFFFF, Integer.toHexString(ring));
    }

    private static int centrePixel(IncidentSet set, int selected) {
        RasterIncidentPainter painter = new RasterIncidentPainter();
        Raster r = new Raster(W, H);
        painter.paint(r, set, all(set), VIEW, selected);
        SymbolPlan plan = painter.lastPlan();
        assertEquals(1, plan.clusterCount());
        // A point in the disc, left of the count's digits.
        double rad = IncidentPainter.clusterRadius(plan.clusterEvents(0));
        return r.pixels[(int) Math.round(plan.clusterY(0)) * W + (int) Math.round(plan.clusterX(0) - rad + 4)];
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
