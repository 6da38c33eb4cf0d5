package org.clashmap.gazetteer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clashmap.fuzz.Bounds;
import org.clashmap.fuzz.FuzzText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** find and resolve on any text: no exception, every span inside the text and non-empty. */
class MatcherFuzzTest {
    private static final Gazetteer GAZ = Gazetteers.load();

    @FuzzTest(maxDuration = "20s")
    void findAndResolve(byte[] data) {
        String text = FuzzText.of(data);
        Bounds.timed("gazetteer matcher", () -> check(text));
    }

    static void check(String text) {
        for (Mention m : GAZ.find(text)) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "mention span " + m);
            assertEquals(text.substring(m.start(), m.end()), m.surface(), "mention surface");
            assertTrue(!m.candidates().isEmpty(), "a mention without candidates");
        }
        for (Location l : GAZ.resolve(text)) {
            assertTrue(0 <= l.start() && l.start() < l.end() && l.end() <= text.length(), "location span " + l);
            assertNotNull(l.anchor());
            assertTrue(Double.isFinite(l.lat()) && Math.abs(l.lat()) <= 90 && Double.isFinite(l.lon()) && Math.abs(l.lon()) <= 180,
                    "coordinates " + l.lat() + "," + l.lon());
            assertTrue(l.confidence() >= 0 && l.confidence() <= 1, "confidence " + l.confidence());
        }
    }
}
