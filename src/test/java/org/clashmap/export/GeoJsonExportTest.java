package org.clashmap.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.store.EventFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class GeoJsonExportTest {
    @TempDir
    Path tmp;
    ExportFixture fx;
    Path out;
    JsonNode doc;

    @BeforeEach
    void export() throws Exception {
        fx = ExportFixture.build(tmp);
        out = tmp.resolve("events.geojson");
        ExportResult r = new EventExporter(fx.store).export(EventFilter.ALL, ExportFormat.GEOJSON, out);
        assertEquals(ExportFixture.DEFAULT_FEATURES, r.features());
        assertEquals(6, r.events());
        assertEquals(1, r.eventsWithoutPlace());
        doc = new ObjectMapper().readTree(out.toFile());
    }

    @AfterEach
    void close() {
        fx.db.close();
    }

    @Test
    void isAnRfc7946FeatureCollectionWithoutCrs() {
        assertEquals("FeatureCollection", doc.get("type").asText());
        assertFalse(doc.has("crs"), "RFC 7946 drops the crs member");
        assertEquals(ExportFixture.DEFAULT_FEATURES, doc.get("features").size());
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode f : doc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertTrue(ids.add(f.get("id").asText()), "feature ids are unique");
        }
    }

    @Test
    void everyFeatureMatchesTheDatabase() throws Exception {
        Map<String, EventPoint> expected = EventPoint.of(fx.events().stream().filter(EventFilter.ALL::test).toList(),
                new org.clashmap.store.IncidentStore(fx.db, "test").factsByEvent())
                .stream().collect(Collectors.toMap(EventPoint::featureId, p -> p));
        GeoJsonReader jts = new GeoJsonReader();
        for (JsonNode f : doc.get("features")) {
            EventPoint p = expected.remove(f.get("id").asText());
            assertNotNull(p, "unexpected feature " + f.get("id"));
            Geometry geom = jts.read(f.get("geometry").toString());
            Point pt = assertInstanceOf(Point.class, geom);
            assertEquals(p.place().lon(), pt.getX(), 1e-12, "x is longitude");
            assertEquals(p.place().lat(), pt.getY(), 1e-12, "y is latitude");
            JsonNode props = f.get("properties");
            assertEquals(EventProperties.ALL.stream().map(EventProperties.Property::name).toList(), fieldNames(props));
            for (EventProperties.Property prop : EventProperties.ALL) {
                assertJsonEquals(prop.of(p), props.get(prop.name()), prop.name() + " of " + p.featureId());
            }
        }
        assertTrue(expected.isEmpty(), "features missing: " + expected.keySet());
    }

    @Test
    void valuesAreTheOnesAnAnalystExpects() {
        Map<String, JsonNode> byId = new HashMap<>();
        doc.get("features").forEach(f -> byId.put(f.get("id").asText(), f));

        JsonNode a = byId.get(Long.toString(fx.a));
        JsonNode a2 = byId.get(fx.a + "-2");
        assertNotNull(a2, "the second place of event A is its own feature");
        JsonNode pa = a.get("properties");
        assertEquals(fx.a, pa.get("event_id").asLong());
        assertEquals(fx.a, a2.get("properties").get("event_id").asLong());
        assertEquals("Battles", pa.get("event_type").asText());
        assertEquals("Armed clash", pa.get("sub_event_type").asText());
        assertEquals("2018-04-24", pa.get("date_from").asText());
        assertEquals("2018-04-24", pa.get("date_to").asText());
        assertEquals(1, pa.get("time_precision").asInt());
        assertEquals("regime", pa.get("actor1").asText());
        assertEquals("isis", pa.get("actor2").asText());
        assertEquals("regime;isis;russia", pa.get("actors").asText());
        assertEquals("السخنة", pa.get("place_ar").asText());
        assertEquals("تدمر", a2.get("properties").get("place_ar").asText());
        assertEquals("Sokhneh", pa.get("place_en").asText());
        assertEquals("ocha:C2893", pa.get("place_id").asText());
        assertTrue(pa.get("fatalities").isNull(), "unknown dead stay null, not 0");
        assertEquals("Sada al-Sham (صدى الشام)", pa.get("outlet").asText());
        assertTrue(pa.get("sentence").asText().contains("وتنظيم “داعش” في محيط مدينة السخنة"), pa.get("sentence").asText());
        assertEquals("unreviewed", pa.get("review_status").asText());
        assertFalse(pa.get("edited").asBoolean());
        assertEquals("extracted", pa.get("origin").asText());
        JsonNode coords = a.get("geometry").get("coordinates");
        assertEquals(OchaPlaces.place("السخنة", 2, 0, 0).lon(), coords.get(0).asDouble(), 1e-12, "longitude first");

        JsonNode pd = byId.get(Long.toString(fx.d)).get("properties");
        assertEquals(3, pd.get("fatalities").asInt(), "the analyst's edit is exported, not the original");
        assertTrue(pd.get("edited").asBoolean());

        JsonNode pf = byId.get(Long.toString(fx.f)).get("properties");
        assertTrue(pf.get("date_from").isNull());
        assertTrue(pf.get("date_to").isNull());
        assertTrue(pf.get("time_precision").isNull(), "undated has no precision code");

        assertNull(byId.get(Long.toString(fx.e)), "rejected event left out by default");
        assertNull(byId.get(Long.toString(fx.h)), "event without a place cannot be a point");
    }

    @Test
    void ogrinfoReadsOneLayerWithAllFeatures() throws Exception {
        assertEquals(Map.of(GeoJsonExporter.LAYER_NAME, ExportFixture.DEFAULT_FEATURES), Ogr.layers(out));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static void assertJsonEquals(Object expected, JsonNode actual, String what) {
        assertNotNull(actual, what + " missing");
        if (expected == null) assertTrue(actual.isNull(), what + " should be null but is " + actual);
        else if (expected instanceof Boolean b) assertEquals(b, actual.asBoolean(), what);
        else if (expected instanceof Integer || expected instanceof Long) {
            assertTrue(actual.isIntegralNumber(), what + " should be an integer: " + actual);
            assertEquals(((Number) expected).longValue(), actual.asLong(), what);
        } else if (expected instanceof Double d) {
            assertTrue(actual.isNumber(), what);
            assertEquals(d, actual.asDouble(), 0, what);
        } else assertEquals(expected.toString(), actual.asText(), what);
    }

}
