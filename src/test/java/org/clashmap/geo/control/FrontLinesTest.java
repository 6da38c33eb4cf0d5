package org.clashmap.geo.control;

import org.clashmap.geo.LocalKm;
import org.clashmap.geo.WebMercator;
import org.clashmap.geo.basemap.BasemapBuilder;
import org.clashmap.geo.basemap.BasemapData;
import org.clashmap.geo.basemap.SyriaOutline;

import org.clashmap.gazetteer.Place;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

public class FrontLinesTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final LocalDate DAY = LocalDate.of(2017, 10, 1);

    private static LineString km(FrontLine l) {
        Coordinate[] cs = new Coordinate[l.points()];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(LocalKm.x(l.lonLat()[2 * i]), LocalKm.y(l.lonLat()[2 * i + 1]));
        return GF.createLineString(cs);
    }

    private static Coordinate km(Place p) {
        return new Coordinate(LocalKm.x(p.lon()), LocalKm.y(p.lat()));
    }

    @Test
    void sidesFacingAcrossTheEuphratesGetALineAlongTheRiverWithEachPlaceOnItsOwnSide() throws IOException {
        ControlMap map = new ControlMap(Euphrates.claims(DAY, 3), List.of(), null, ControlOptions.DEFAULTS, SyriaOutline.load());
        ControlSnapshot snap = map.at(DAY);
        List<FrontLine> lines = snap.lines().stream().filter(l -> Set2.of(l.sideA(), l.sideB()).equals(Set2.of("regime", "sdf"))).toList();
        assertFalse(lines.isEmpty(), "a regime | SDF front line");
        for (FrontLine l : lines) assertFalse(l.tentative(), "three claims at each of 15 places is not tentative: " + l.supportingClaims());

        // each place lies inside its own side's area, not the other's
        ControlModel m = map.model();
        ControlState s = m.stateAt(DAY);
        Map<String, Geometry> areas = ControlAreas.compute(m, s, SyriaOutline.load());
        Map<String, Place> byId = Euphrates.places();
        for (String id : Euphrates.RIGHT) {
            assertTrue(areas.get("regime").contains(GF.createPoint(km(byId.get(id)))), id + " in the regime area");
            assertFalse(areas.get("sdf").contains(GF.createPoint(km(byId.get(id)))), id + " not in the SDF area");
        }
        for (String id : Euphrates.LEFT) assertTrue(areas.get("sdf").contains(GF.createPoint(km(byId.get(id)))), id + " in the SDF area");

        // the line separates facing towns: the way from each right-bank town to its nearest left-bank town crosses it
        Geometry all = GF.buildGeometry(lines.stream().map(FrontLinesTest::km).toList());
        for (String r : Euphrates.RIGHT) {
            Place a = byId.get(r), nearest = null;
            for (String l : Euphrates.LEFT) {
                Place b = byId.get(l);
                if (nearest == null || km(b).distance(km(a)) < km(nearest).distance(km(a))) nearest = b;
            }
            LineString path = GF.createLineString(new Coordinate[]{km(a), km(nearest)});
            assertTrue(path.intersects(all), r + " -> " + nearest.id() + " crosses the front line");
        }

        // and it runs along the Euphrates of the basemap: typical distance to the river a few km
        Geometry river = euphrates();
        double[] d = new double[0];
        for (FrontLine l : lines) {
            LineString ls = km(l);
            for (int i = 0; i < ls.getNumPoints(); i++) {
                d = Arrays.copyOf(d, d.length + 1);
                d[d.length - 1] = river.distance(GF.createPoint(ls.getCoordinateN(i)));
            }
        }
        Arrays.sort(d);
        assertTrue(d[d.length / 2] < 5, "median distance of the front line from the river " + d[d.length / 2] + " km");
    }

    private static Geometry euphrates() throws IOException {
        BasemapData data = BasemapData.fromClasspath();
        Envelope box = new Envelope(WebMercator.worldX(40.2), WebMercator.worldX(41.0), WebMercator.worldY(35.3), WebMercator.worldY(34.6));
        List<Geometry> parts = new ArrayList<>();
        for (BasemapData.Shape s : data.query("rivers", 2, box)) {
            if (s.attr() != BasemapBuilder.RIVER_EUPHRATES) continue;
            for (double[] p : s.paths()) {
                Coordinate[] cs = new Coordinate[p.length / 2];
                for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(LocalKm.x(WebMercator.lon(p[2 * i])), LocalKm.y(WebMercator.lat(p[2 * i + 1])));
                if (cs.length >= 2) parts.add(GF.createLineString(cs));
            }
        }
        assertFalse(parts.isEmpty(), "the basemap has the Euphrates near al-Mayadin");
        return GF.buildGeometry(parts);
    }

    @Test
    void noLineIsDrawnAcrossEmptyDesertBetweenFarApartPlaces() {
        List<PlaceClaim> claims = List.of(PlaceClaim.gained("p", "Palmyra", 34.56, 38.27, "regime", DAY),
                PlaceClaim.gained("q", "Humaymah", 34.46, 39.79, "isis", DAY));
        ControlMap map = new ControlMap(claims, List.of(), null, ControlOptions.DEFAULTS, SyriaOutline.load());
        assertTrue(map.at(DAY).lines().isEmpty(), "140 km apart with a 30 km reach: nothing between them is known");
        ControlMap wide = new ControlMap(claims, List.of(), null, ControlOptions.DEFAULTS.withFrontDistanceKm(100), SyriaOutline.load());
        List<FrontLine> lines = wide.at(DAY).lines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).tentative(), "one claim on each side is tentative");
        assertEquals(2, lines.get(0).supportingClaims());
        // the line stays within reach: every point within 100 km of both towns
        for (int i = 0; i < lines.get(0).points(); i++) {
            double x = LocalKm.x(lines.get(0).lonLat()[2 * i]), y = LocalKm.y(lines.get(0).lonLat()[2 * i + 1]);
            assertTrue(Math.hypot(x - LocalKm.x(38.27), y - LocalKm.y(34.56)) <= 100.5);
        }
    }

    @Test
    void aFadedClaimTakesItsLineAway() {
        ControlMap map = new ControlMap(Euphrates.claims(DAY, 1), List.of(), null, ControlOptions.DEFAULTS, SyriaOutline.load());
        assertFalse(map.at(DAY.plusDays(100)).lines().isEmpty());
        ControlSnapshot late = map.at(DAY.plusDays(181));
        assertTrue(late.lines().isEmpty());
        assertTrue(late.dots().isEmpty());
    }

    @Test
    void theSameControlStateReusesItsLines() {
        ControlMap map = new ControlMap(Euphrates.claims(DAY, 1), List.of(), null, ControlOptions.DEFAULTS, SyriaOutline.load());
        assertSame(map.at(DAY.plusDays(1)).lines(), map.at(DAY.plusDays(2)).lines());
    }

    @Test
    void battlesInTheWindowMakeAContestedZone() {
        List<ClashPoint> clashes = List.of(
                new ClashPoint(null, 35.00, 40.50, DAY, DAY, "regime", "sdf"),
                new ClashPoint(null, 35.03, 40.52, DAY.plusDays(1), DAY.plusDays(1), "regime", "sdf"),
                new ClashPoint(null, 33.00, 36.00, DAY, DAY, "regime", "opposition")); // alone: one report is no zone
        ControlMap map = new ControlMap(Euphrates.claims(DAY, 1), clashes, null, ControlOptions.DEFAULTS, SyriaOutline.load());
        List<ContestedZone> zones = map.at(DAY.plusDays(2)).zones();
        assertEquals(1, zones.size());
        assertEquals(2, zones.get(0).clashes());
        assertTrue(map.at(DAY.plusDays(20)).zones().isEmpty(), "old battles leave no zone");
    }

    /** Tiny unordered pair for comparisons. */
    private record Set2(String a, String b) {
        static Set2 of(String x, String y) {
            return x.compareTo(y) < 0 ? new Set2(x, y) : new Set2(y, x);
        }
    }
}
