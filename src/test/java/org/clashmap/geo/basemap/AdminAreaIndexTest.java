package org.clashmap.geo.basemap;

import org.clashmap.gazetteer.Place;
import org.clashmap.gazetteer.PlaceKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Point in polygon on OCHA's districts, checked against the gazetteer's own P-codes (OCHA's populated places). */
class AdminAreaIndexTest {
    private static final java.util.Set<PlaceKind> SETTLEMENTS = java.util.EnumSet.of(PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE,
            PlaceKind.NEIGHBOURHOOD);
    private final AdminAreaIndex index = AdminAreaIndex.shared();

    @Test
    void holdsEveryGovernorateDistrictAndSubdistrict() {
        assertEquals(14, index.areas(1).size());
        assertEquals(61, index.areas(2).size());
        assertTrue(index.areas(3).size() >= 270, "Open-Syria's 272 sub-districts: " + index.areas(3).size());
    }

    @Test
    void placesOfTheGazetteerFallInTheDistrictOchaGivesThem() {
        List<Place> coded = org.clashmap.gazetteer.Gazetteers.places().stream()
                .filter(p -> SETTLEMENTS.contains(p.kind()) && p.admin2() != null && p.admin2().length() == 6).toList();
        assertTrue(coded.size() > 5000, "the gazetteer's OCHA places: " + coded.size());
        int same1 = 0, same2 = 0, outside = 0;
        for (Place p : coded) {
            AdminAreaIndex.Areas a = index.at(p.lat(), p.lon());
            if (a.admin2() == null) {
                outside++;
                continue;
            }
            if (a.admin1().pcode().equals(p.admin1())) same1++;
            if (a.admin2().pcode().equals(p.admin2())) same2++;
        }
        // simplified outlines (100 m) and places on a border may disagree; nearly all must not
        assertTrue(same1 >= 0.995 * coded.size(), "governorate agrees for " + same1 + " of " + coded.size());
        assertTrue(same2 >= 0.995 * coded.size(), "district agrees for " + same2 + " of " + coded.size());
        assertEquals(0, outside, "places in no district (gaps between outlines are closed up to 5 km)");
    }

    /** The remembering lookup a count uses answers as the index does, for places asked once or again, in Syria or not. */
    @Test
    void aLookupGivesTheIndexAnswersAndAsksOncePerPoint() {
        List<Place> places = org.clashmap.gazetteer.Gazetteers.places();
        AdminAreaIndex.Lookup lookup = index.lookup();
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < 3000; i++) {
            Place p = places.get(rnd.nextInt(places.size()));
            assertEquals(index.at(p.lat(), p.lon()), lookup.at(p.lat(), p.lon()), p.nameEn());
            assertEquals(index.at(p.lat(), p.lon()), lookup.at(p.lat(), p.lon()), p.nameEn() + " again");
        }
        assertNull(lookup.at(33.8938, 35.5018).admin1(), "Beirut");
        assertNull(lookup.at(33.8938, 35.5018).admin1(), "Beirut again");
        assertEquals("Idleb", lookup.at(35.6134, 36.5610).admin1().nameEn());
    }

    @Test
    void namesAPointInIdlibAndNothingAbroad() {
        AdminAreaIndex.Areas kafrNabl = index.at(35.6134, 36.5610);
        assertEquals("Idleb", kafrNabl.admin1().nameEn());
        assertEquals("إدلب", kafrNabl.admin1().nameAr());
        assertNotNull(kafrNabl.admin2());
        assertEquals(kafrNabl.admin2().pcode(), kafrNabl.admin3().parent(), "the sub-district is one of the district's");
        assertNull(index.at(33.8938, 35.5018).admin1(), "Beirut is in no Syrian governorate");
    }

    /** A sub-district's drawn cell is the region at() assigns to it: the cells tile their district, and places fall in their own cell. */
    @Test
    void subdistrictCellsTileTheirDistrictAndHoldThePlacesAssignedToThem() {
        for (AdminAreaIndex.Area d : index.areas(2)) {
            List<AdminAreaIndex.Area> subs = index.areas(3).stream().filter(s -> s.parent().equals(d.pcode())).toList();
            if (subs.isEmpty()) continue;
            double sum = 0;
            for (AdminAreaIndex.Area s : subs) {
                assertNotNull(index.outline(s), "cell of " + s.pcode());
                sum += index.outline(s).getArea();
            }
            assertEquals(d.outline().getArea(), sum, d.outline().getArea() * 1e-6, "cells of " + d.pcode() + " cover it once");
        }
        List<Place> coded = org.clashmap.gazetteer.Gazetteers.places().stream()
                .filter(p -> SETTLEMENTS.contains(p.kind()) && p.admin2() != null && p.admin2().length() == 6).toList();
        org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
        int inOwnCell = 0, assigned = 0;
        for (Place p : coded) {
            AdminAreaIndex.Area s = index.areaAt(3, p.lat(), p.lon());
            if (s == null) continue;
            assigned++;
            // within ~50 m: the cell scales longitudes at the district's centroid, at() at the point's own latitude
            if (index.outline(s).distance(f.createPoint(new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat()))) < 5e-4) inOwnCell++;
        }
        assertTrue(assigned > 5000, "places with a sub-district: " + assigned);
        assertTrue(inOwnCell >= 0.99 * assigned, inOwnCell + " of " + assigned + " places lie in the cell of the sub-district at() gives them");
    }

    /**
     * The cells the jar carries ({@link AdminAreasBuilder#CELLS_FILE}, made by {@code basemap build}) are the ones the
     * rule makes now: a change to the rule or to the areas without a rebuild fails here.
     */
    @Test
    void theCellsTheJarCarriesAreTheOnesTheRuleMakes() {
        assertNotNull(AdminAreaIndex.class.getResource("/basemap/" + AdminAreasBuilder.CELLS_FILE), "the cells file is in the jar");
        int cells = 0;
        for (AdminAreaIndex.Area s : index.areas(3)) {
            org.locationtech.jts.geom.Geometry read = index.outline(s), made = index.computedCell(s);
            if (made == null) { // a sub-district of a district OCHA's 2015 outlines do not have: no cell either way
                assertNull(read, s.pcode());
                continue;
            }
            cells++;
            // coordinates kept to 8 decimals: the two differ by rounding
            assertEquals(made.getArea(), read.getArea(), made.getArea() * 1e-6, "area of the cell of " + s.pcode());
            assertTrue(org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance.distance(read, made) < 1e-6, "shape of the cell of " + s.pcode());
        }
        assertTrue(cells > 260, "cells compared: " + cells);
    }
}
