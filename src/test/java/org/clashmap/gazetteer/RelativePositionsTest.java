package org.clashmap.gazetteer;

import org.clashmap.geodesy.Geodesy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelativePositionsTest {
    static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteers.load();
    }

    static Location only(String text, String anchorId) {
        List<Location> ls = g.resolve(text).stream().filter(l -> l.anchor().id().equals(anchorId)).toList();
        assertEquals(1, ls.size(), "locations on " + anchorId + " in: " + text);
        return ls.get(0);
    }

    @Test
    void statedDistanceAndDirection() {
        Place palmyra = g.byId("ocha:C2889");
        Location l = only("هجوم على مواقع تقع 60 كم شمال شرق تدمر", palmyra.id());
        assertEquals("60 كم شمال شرق تدمر", l.surface());
        assertEquals(60, Geodesy.km(palmyra.lat(), palmyra.lon(), l.lat(), l.lon()), 0.5);
        assertEquals(45, Geodesy.bearing(palmyra.lat(), palmyra.lon(), l.lat(), l.lon()), 1);
    }

    @Test
    void directionOnlyIsVaguerThanAStatedDistance() {
        Place rastan = g.byId("ocha:C2870");
        Location east = only("محاولة تسلل على جبهة شرق مدينة الرستن", rastan.id());
        double d = Geodesy.km(rastan.lat(), rastan.lon(), east.lat(), east.lon());
        assertTrue(d >= 5 && d <= 10, "offset " + d);
        assertEquals(90, Geodesy.bearing(rastan.lat(), rastan.lon(), east.lat(), east.lon()), 1);
        assertTrue(east.precisionKm() >= 10);
        Location stated = only("قصف على موقع 8 كم شرق الرستن", rastan.id());
        assertTrue(stated.precisionKm() < east.precisionKm());
    }

    @Test
    void southWestWithTwoWords() {
        Place q = g.byId("ocha:C2663");
        Location l = only("نقاط في الجبال جنوب غربي مدينة القريتين", q.id());
        assertEquals(225, Geodesy.bearing(q.lat(), q.lon(), l.lat(), l.lon()), 1);
    }

    @Test
    void distanceWithoutDirectionIsARing() {
        Place s = g.byId("ocha:C2893");
        Location l = only("تتمركز على بعد 17 كيلومتراً عن السخنة", s.id());
        assertEquals(s.lat(), l.lat(), 1e-9);
        assertTrue(l.precisionKm() >= 17);
    }

    @Test
    void outskirtsAndSurroundingsWidenTheAnchor() {
        Place b = g.byId("ocha:C5167");
        Location l = only("تراجع التنظيم إلى أطراف مدينة البوكمال", b.id());
        assertEquals("outskirts", l.relation());
        assertTrue(l.precisionKm() > b.precisionKm());
        Location m = only("معارك في محيط مدينة البوكمال", b.id());
        assertEquals("surroundings", m.relation());
    }

    @Test
    void betweenTwoPlacesIsTheMidpoint() {
        Place nawa = g.byId("ocha:C6124"), jasim = g.byId("ocha:C6111");
        Location l = g.resolve("اشتباكات بين نوى وجاسم").get(0);
        assertTrue(l.relation().startsWith("between"));
        double half = Geodesy.km(nawa.lat(), nawa.lon(), jasim.lat(), jasim.lon()) / 2;
        assertEquals(half, Geodesy.km(l.lat(), l.lon(), nawa.lat(), nawa.lon()), 0.5);
        assertEquals(half, Geodesy.km(l.lat(), l.lon(), jasim.lat(), jasim.lon()), 0.5);
        assertTrue(l.precisionKm() >= half);
    }

    @Test
    void distancesAreWrittenAsTheFormatterWritesThem() {
        double[] kms = {0, -0.0, 0.4, 0.5, 1, 1.5, 2.5, 3, 10, 12.49, 60, 0.49999999999999994, 999.5, 1e6, 1e15, 1e20,
                Double.NaN, Double.POSITIVE_INFINITY, -3};
        for (double km : kms) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.0f", km), RelativePositions.wholeKm(km), "km " + km);
        }
        assertEquals("offset 60km north-east", only("هجوم على مواقع تقع 60 كم شمال شرق تدمر", "ocha:C2889").relation());
    }
}
