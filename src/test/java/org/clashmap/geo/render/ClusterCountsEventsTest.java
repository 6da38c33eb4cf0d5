package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An event reported at several places is one incident: a cluster counts events, not places, and an
 * event's dead are drawn once (its first place sized by the toll, the others smallest).
 */
public class ClusterCountsEventsTest {
    private static StoredEvent event(long id, Integer dead, double[][] latLon) {
        List<EventPlace> places = new ArrayList<>();
        for (double[] p : latLon) places.add(new EventPlace(null, "م" + places.size(), null, null, p[0], p[1], 1, 0.9, 0, 0));
        LocalDate d = LocalDate.of(2018, 6, 8);
        return new StoredEvent(id, null, "test", null, EventType.BATTLES, null, new DateRange(d, d, TimePrecision.DAY), dead, null, 0.9,
                ReviewStatus.UNREVIEWED, null, 0, 0, List.of(), places, null, null, false);
    }

    /** Seven villages a few km apart around (35.0, 38.0). */
    private static double[][] villages(int n, double lat0) {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) out[i] = new double[]{lat0 + 0.02 * i, 38.0 + 0.015 * i};
        return out;
    }

    private static BitSet all(IncidentSet set) {
        BitSet b = new BitSet();
        b.set(0, set.size);
        return b;
    }

    @Test
    void twoEventsAtSevenPlacesAreAClusterOfTwo() {
        IncidentSet set = IncidentSet.of(List.of(event(1, 42, villages(6, 35.0)), event(2, 3, new double[][]{{35.05, 38.02}})));
        Viewport vp = Viewport.centredOn(35.05, 38.05, 5, 800, 600); // one 44 px cell is ~100 km here
        SymbolPlan plan = new SymbolPlan();
        plan.plan(set, all(set), vp);
        assertEquals(1, plan.clusterCount());
        assertEquals(7, plan.clusterSize(0), "the places");
        assertEquals(2, plan.clusterEvents(0), "the events: the number drawn and said");
    }

    @Test
    void oneEventsPlacesAreDrawnAsSymbolsWithItsDeadOnce() {
        IncidentSet set = IncidentSet.of(List.of(event(1, 42, villages(3, 35.0))));
        assertArrayEquals(new int[]{42, -1, -1}, set.fatalities, "the toll on the first place only");
        Viewport vp = Viewport.centredOn(35.02, 38.02, 5, 800, 600);
        SymbolPlan plan = new SymbolPlan();
        plan.plan(set, all(set), vp);
        assertEquals(0, plan.clusterCount(), "no disc saying 1");
        assertEquals(3, plan.symbolCount());
        double big = IncidentPainter.symbolRadius(set, 0);
        assertTrue(big > IncidentStyle.MIN_RADIUS);
        assertEquals(IncidentStyle.MIN_RADIUS, IncidentPainter.symbolRadius(set, 1));
        assertEquals(IncidentStyle.MIN_RADIUS, IncidentPainter.symbolRadius(set, 2));
    }

    @Test
    void aPlacesOwnCountSizesItsSymbol() {
        StoredEvent e = event(1, 12, villages(2, 35.0));
        List<EventPlace> ps = List.of(e.places().get(0), e.places().get(1).withFatalities(5));
        e = new StoredEvent(e.id(), null, "test", null, e.type(), null, e.date(), 12, null, 0.9, ReviewStatus.UNREVIEWED, null, 0, 0,
                List.of(), ps, null, null, false);
        assertArrayEquals(new int[]{7, 5}, IncidentSet.of(List.of(e)).fatalities);
    }
}
