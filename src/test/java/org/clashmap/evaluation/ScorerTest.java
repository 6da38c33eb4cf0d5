package org.clashmap.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clashmap.gazetteer.PlaceKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer on hand-made features: tolerance edges, date and type rules, the spurious kinds' order. */
class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Place kinds by id, standing in for the gazetteer. */
    private static final Map<String, PlaceKind> KINDS = Map.of("v", PlaceKind.VILLAGE, "g", PlaceKind.GOVERNORATE);

    static Gold.Row row(String id, String kind, String place, double lat, double lon, double tol, String from, String to,
                        String type, Double dead) {
        return new Gold.Row(id, kind, place, lat, lon, tol, from, to, type, dead);
    }

    static Gold.Row must(double lat, double lon, double tol) {
        return row("r1", "must", "بلدة القرية", lat, lon, tol, "2016-03-09", "2016-03-10", "remote", null);
    }

    /** A feature as extract prints it, with only the properties the scorer reads. */
    static JsonNode feature(double lat, double lon, String... props) {
        ObjectNode f = JSON.createObjectNode();
        f.putObject("geometry").putArray("coordinates").add(lon).add(lat);
        ObjectNode p = f.putObject("properties");
        p.put("event_type", "Explosions/Remote violence").put("sub_event_type", "Air/drone strike")
                .put("date_from", "2016-03-10").put("date_to", "2016-03-10").putNull("fatalities");
        for (int i = 0; i < props.length; i += 2) {
            if (props[i + 1] == null) p.putNull(props[i]);
            else if (props[i].equals("fatalities") || props[i].equals("geo_precision_km")) p.put(props[i], Double.parseDouble(props[i + 1]));
            else p.put(props[i], props[i + 1]);
        }
        return f;
    }

    static Score score(List<Gold.Row> rows, JsonNode... features) {
        Scorer s = new Scorer(KINDS::get);
        s.add(new Gold.Article("a.txt", "2016-03-10", "day", rows), List.of(features));
        return s.score();
    }

    @Test
    void distanceIsScorePysSphere() {
        // score.py's hav(33.5138, 36.2765, 36.2021, 37.1343), Damascus to Aleppo, printed by Python.
        assertEquals(308.99760788864927, Scorer.km(33.5138, 36.2765, 36.2021, 37.1343), 1e-9);
    }

    @Test
    void aPointExactlyAtTheToleranceCountsJustBeyondItDoesNot() {
        double lat = 35.0, lon = 38.0, tol = 8.0;
        double dLat = Math.toDegrees(tol / 6371.0); // due north: the sphere's arc is R * angle
        assertEquals(tol, Scorer.km(lat, lon, lat + dLat, lon), 1e-9);
        assertEquals(1, score(List.of(must(lat, lon, tol)), feature(lat + dLat * (1 - 1e-9), lon)).hit());
        assertEquals(0, score(List.of(must(lat, lon, tol)), feature(lat + dLat * (1 + 1e-6), lon)).hit());
        // Due east the degrees shrink with the cosine of the latitude: 8 km is about 0.0877° at 35° N, not 0.0719°.
        double dLon = Math.toDegrees(2 * Math.asin(Math.sin(tol / 2 / 6371.0) / Math.cos(Math.toRadians(lat))));
        assertEquals(tol, Scorer.km(lat, lon, lat, lon + dLon), 1e-9);
        assertEquals(1, score(List.of(must(lat, lon, tol)), feature(lat, lon + dLon * (1 - 1e-9))).pointsNearGold());
        Score beyond = score(List.of(must(lat, lon, tol)), feature(lat, lon + dLon * (1 + 1e-6)));
        assertEquals(0, beyond.pointsNearGold());
        assertEquals(1, beyond.count(ErrorKind.MISSED));
        assertEquals(1, beyond.count(ErrorKind.NOT_AN_INCIDENT));
    }

    @Test
    void optionalRowsExcusePointsButAreNotCounted() {
        Gold.Row optional = row("r2", "optional", "ريف المنطقة", 35, 38, 30, "2016-03-09", "2016-03-10", "remote", null);
        Gold.Row negative = row("r3", "negative", "قرية أخرى", 36, 39, 8, null, null, "battle", null);
        Score s = score(List.of(optional, negative), feature(35.1, 38.1), feature(36, 39));
        assertEquals(0, s.must());
        assertEquals(2, s.points());
        assertEquals(1, s.pointsNearGold(), "a point at a negative row counts against precision");
        assertEquals("location recall 0.00 (0/0) precision 0.50 (1/2) F1 0.00 | date ±1d 0.00, inside gold range 0.00 | type 0.00 fatalities 0.00 (0) | errors 0",
                s.summaryLine());
    }

    @Test
    void datesWithinADayAndInsideTheRange() {
        Gold.Row r = must(35, 38, 8); // gold 2016-03-09..10
        assertTrue(Scorer.dateNear(r, point("date_from", "2016-03-11", "date_to", null)), "a day after, date_to missing");
        assertFalse(Scorer.dateInRange(r, point("date_from", "2016-03-11", "date_to", null)));
        assertTrue(Scorer.dateNear(r, point("date_from", "2016-03-01", "date_to", "2016-03-08")), "overlaps the widened range");
        assertFalse(Scorer.dateNear(r, point("date_from", "2016-03-01", "date_to", "2016-03-07")));
        assertTrue(Scorer.dateInRange(r, point("date_from", "2016-03-09", "date_to", "2016-03-10")));
        assertFalse(Scorer.dateInRange(r, point("date_from", "2016-03-09", "date_to", "2016-03-11")), "must lie wholly inside");
        assertFalse(Scorer.dateNear(r, point("date_from", null, "date_to", null)), "undated output for a dated row");
        Gold.Row undated = row("r", "must", "x", 35, 38, 8, null, null, "battle", null);
        assertTrue(Scorer.dateInRange(undated, point("date_from", null, "date_to", null)), "undated must stay undated");
        assertFalse(Scorer.dateNear(undated, point()));
    }

    @Test
    void coarseTypesReadEventAndSubEventType() {
        assertEquals(java.util.Set.of("battle", "strategic"),
                Scorer.coarseTypes(point("event_type", "Battles", "sub_event_type", "Non-state actor overtakes territory")));
        assertEquals(java.util.Set.of("civilians"), Scorer.coarseTypes(point("event_type", "Violence against civilians", "sub_event_type", "Abduction")));
        assertEquals(java.util.Set.of("remote"), Scorer.coarseTypes(point("event_type", "Explosions/Remote violence", "sub_event_type", null)));
    }

    @Test
    void fatalitiesRightWrongMissingAndZeroVersusNull() {
        Gold.Row five = row("r", "must", "x", 35, 38, 8, "2016-03-09", "2016-03-10", "remote", 5.0);
        Gold.Row zero = row("r", "must", "x", 35, 38, 8, "2016-03-09", "2016-03-10", "remote", 0.0);
        Gold.Row none = row("r", "must", "x", 35, 38, 8, "2016-03-09", "2016-03-10", "remote", null);
        Score right = score(List.of(five), feature(35, 38, "fatalities", "3"), feature(35, 38, "fatalities", "5"));
        assertEquals(1, right.fatalitiesRight(), "any point near the row may carry the number");
        assertEquals(1, score(List.of(five), feature(35, 38, "fatalities", "3")).count(ErrorKind.FATALITIES_WRONG));
        assertEquals(1, score(List.of(five), feature(35, 38, "fatalities", "0")).count(ErrorKind.FATALITIES_WRONG));
        assertEquals(1, score(List.of(five), feature(35, 38)).count(ErrorKind.FATALITIES_MISSING));
        assertEquals(1, score(List.of(zero), feature(35, 38)).count(ErrorKind.FATALITIES_ZERO_VS_NULL));
        Score noneZero = score(List.of(none), feature(35, 38, "fatalities", "0"));
        assertEquals(1, noneZero.count(ErrorKind.FATALITIES_ZERO_VS_NULL));
        assertEquals(0, noneZero.fatalityRows(), "rows without a gold number are not in score.py's figure");
        assertEquals(0, score(List.of(none), feature(35, 38, "fatalities", "0"), feature(35, 38)).count(ErrorKind.FATALITIES_ZERO_VS_NULL));
    }

    @Test
    void spuriousKindsRegionFirstThenHomonymElseNotAnIncident() {
        Gold.Row village = row("r1", "must", "بلدة كفر داعل في ريف حلب", 36.0, 37.0, 8, "2016-03-09", "2016-03-10", "remote", null);
        // A governorate point of the same event as a village point.
        Score beside = score(List.of(village), feature(36.0, 37.0, "place_id", "v", "event_id", "a#0"),
                feature(35.0, 36.0, "place_id", "g", "event_id", "a#0", "geo_precision_km", "20"));
        assertEquals(1, beside.count(ErrorKind.REGION_BESIDE_VILLAGE));
        // Alone in its event, but the gold village lies within the region's radius (about 30 km away here).
        Score covers = score(List.of(village), feature(36.2, 37.2, "place_id", "g", "event_id", "a#1", "geo_precision_km", "40"));
        assertEquals(1, covers.count(ErrorKind.REGION_BESIDE_VILLAGE));
        assertTrue(covers.details().stream().anyMatch(d -> d.contains("covers gold r1")), covers.details().toString());
        // The same region with a smaller radius covers nothing: named like no gold row, it is not an incident.
        assertEquals(1, score(List.of(village), feature(36.2, 37.2, "place_id", "g", "geo_precision_km", "10", "place_ar", "حماة"))
                .count(ErrorKind.NOT_AN_INCIDENT));
        // The gold's name, whole words, outside the tolerance.
        assertEquals(1, score(List.of(village), feature(32.75, 36.13, "place_id", "v", "place_ar", "كفر داعل")).count(ErrorKind.WRONG_HOMONYM));
        // "داعل" is a word of the gold name; "حلب" is only its context ("في ريف حلب"), so Aleppo is no homonym.
        assertEquals(1, score(List.of(village), feature(32.75, 36.13, "place_ar", "داعل")).count(ErrorKind.WRONG_HOMONYM));
        assertEquals(1, score(List.of(village), feature(36.2, 37.16, "place_ar", "حلب")).count(ErrorKind.NOT_AN_INCIDENT));
        // Part of a word is not the word: "داع" begins "داعل" but names nothing here.
        assertEquals(1, score(List.of(village), feature(32.75, 36.13, "place_ar", "داع")).count(ErrorKind.NOT_AN_INCIDENT));
    }

    @Test
    void goldNamesLoseTheirContextAndAProcliticStillMatches() {
        assertEquals(List.of("مدينه", "الباب"), Scorer.goldHead("مدينة الباب في محافظة حلب"));
        assertEquals(List.of("حي", "النشوه"), Scorer.goldHead("حي النشوة جنوبي مدينة الحسكة (قرب الملعب)"));
        assertEquals(List.of("ريف", "حلب", "الشمالي"), Scorer.goldHead("ريف حلب الشمالي"));
        assertTrue(Scorer.containsWords(List.of("وبنش"), List.of("بنش")));
        assertFalse(Scorer.containsWords(List.of("الباب"), List.of("باب")));
    }

    @Test
    void unreadableArticlesAreErrorsAndTheirRowsMisses() {
        Scorer s = new Scorer(KINDS::get);
        s.error(new Gold.Article("gone.txt", null, null, List.of(must(35, 38, 8))), "no such file");
        Score r = s.score();
        assertEquals(List.of("gone.txt: no such file"), r.errors());
        assertEquals(1, r.count(ErrorKind.MISSED));
        assertTrue(r.summaryLine().endsWith("| errors 1"));
    }

    @Test
    void figuresRoundAsPythonDoes() {
        // Python: '%.2f' % 0.625 == '0.62', 0.615 -> '0.61', 0.125 -> '0.12', 0.375 -> '0.38'.
        assertEquals("0.62", Score.f2(0.625));
        assertEquals("0.61", Score.f2(0.615));
        assertEquals("0.12", Score.f2(0.125));
        assertEquals("0.38", Score.f2(0.375));
        assertEquals("1.00", Score.f2(1.0));
        assertEquals("0.00", Score.f2(0.0));
    }

    private static Scorer.Point point(String... props) {
        JsonNode f = feature(35, 38, props);
        return new Scorer.Point(35, 38, f.get("properties"));
    }
}
