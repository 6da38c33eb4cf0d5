package org.clashmap.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clashmap.fuzz.Bounds;
import org.clashmap.fuzz.FuzzText;
import org.clashmap.gazetteer.Gazetteers;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extract on any text, dated or not: no exception, and every event's sentence is its span of the text. */
class ExtractorFuzzTest {
    private static final Extractor EXTRACTOR = new RuleBasedExtractor(Gazetteers.load());

    @FuzzTest(maxDuration = "20s")
    void extract(byte[] data) {
        boolean dated = data.length > 0 && (data[0] & 1) == 1;
        String text = FuzzText.of(data);
        Bounds.timed("extractor", () -> check(text, dated));
    }

    static void check(String text, boolean dated) {
        Report r = new Report(text, dated ? LocalDate.of(2018, 4, 25) : null, dated ? TimePrecision.DAY : TimePrecision.UNKNOWN, "fuzz", "");
        Extraction x = EXTRACTOR.extract(r);
        for (Event e : x.events()) {
            assertTrue(0 <= e.charStart() && e.charStart() <= e.charEnd() && e.charEnd() <= text.length(), "span " + e.charStart() + ".." + e.charEnd());
            assertEquals(text.substring(e.charStart(), e.charEnd()), e.sentence(), "sentence is not its span");
            assertTrue(e.confidence() >= 0 && e.confidence() <= 1, "confidence " + e.confidence());
            if (e.fatalities() != null) assertTrue(e.fatalities() >= 0, "negative dead");
        }
        for (ControlClaim c : x.claims()) {
            assertTrue(0 <= c.charStart() && c.charStart() <= c.charEnd() && c.charEnd() <= text.length(), "claim span");
        }
    }
}
