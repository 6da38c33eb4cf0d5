package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many reports naming one town: one precision ring, one symbol per distinct look. */
public class IncidentPainterDedupTest {
    /** Counts what the painter asks for. */
    private static final class Counting implements Surface {
        int rings, shapes;

        @Override public void fillCircle(double cx, double cy, double r, int argb) {
            if (r > IncidentStyle.MAX_RADIUS + 4) rings++; else shapes++;
        }
        @Override public void strokeCircle(double cx, double cy, double r, double w, int argb, boolean d) { }
        @Override public void fillPolygon(double[] xs, double[] ys, int n, int argb) { shapes++; }
        @Override public void strokePolygon(double[] xs, double[] ys, int n, double w, int argb, boolean d) { }
        @Override public void strokeLine(double x1, double y1, double x2, double y2, double w, int argb, boolean d) { }
        @Override public void text(String s, double cx, double cy, double size, boolean bold, int argb, int halo) { }
        @Override public double width() { return 800; }
        @Override public double height() { return 600; }
    }

    private static StoredEvent at(Place p, long id, EventType t) {
        EventPlace ep = new EventPlace(p.id(), p.nameAr(), p.nameEn(), null, p.lat(), p.lon(), 10, 0.9, 0, 0);
        LocalDate d = LocalDate.of(2018, 4, 1);
        return new StoredEvent(id, null, "test", null, t, null, new DateRange(d, d, TimePrecision.DAY), 0, null, 0.9,
                ReviewStatus.UNREVIEWED, null, 0, 0, List.of(), List.of(ep), null, null, false);
    }

    @Test
    void fiftyReportsOfOneTownDrawOneRingAndOneSymbolPerType() {
        Place homs = Gazetteers.places().stream().filter(p -> "Homs".equals(p.nameEn())).findFirst().orElseThrow();
        List<StoredEvent> es = new ArrayList<>();
        for (int i = 0; i < 50; i++) es.add(at(homs, i + 1, i < 40 ? EventType.BATTLES : EventType.EXPLOSIONS_REMOTE_VIOLENCE));
        IncidentSet set = IncidentSet.of(es);
        BitSet all = new BitSet();
        all.set(0, set.size);
        // Zoom 11: a 10 km ring is ~90 px, far wider than a symbol; no clustering.
        Viewport vp = Viewport.centredOn(homs.lat(), homs.lon(), 11, 800, 600);
        Counting c = new Counting();
        new IncidentPainter().paint(c, set, all, vp, -1);
        assertEquals(1, c.rings, "one ring for the place");
        assertEquals(2, c.shapes, "one battle circle and one explosion triangle");
        assertTrue(set.size == 50);
    }
}
