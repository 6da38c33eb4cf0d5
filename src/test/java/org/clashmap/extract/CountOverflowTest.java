package org.clashmap.extract;

import org.clashmap.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** Counts never wrap negative, however hostile the text (a fuzzer finding). */
class CountOverflowTest {
    @Test
    void sumsSaturateInsteadOfWrapping() {
        assertEquals(Integer.MAX_VALUE, Tally.saturatedSum(Integer.MAX_VALUE - 1, 5));
        assertEquals(12, Tally.saturatedSum(5, 7));
    }

    @Test
    void aHugeRepeatedOrEndlessNumberNeverGivesNegativeDead() {
        var x = new RuleBasedExtractor(Gazetteers.load());
        String repeated = "قتل 90000 عنصراً في اشتباكات في السخنة. ".repeat(30_000);
        String endless = "قتل 12345678901234567890123 عنصراً في اشتباكات في السخنة.";
        for (String text : new String[]{repeated, endless}) {
            for (Event e : x.extract(new Report(text, LocalDate.of(2018, 4, 25), TimePrecision.DAY, "t", "")).events()) {
                if (e.fatalities() != null) assertTrue(e.fatalities() >= 0, "dead " + e.fatalities());
                for (EventActor a : e.actors()) if (a.fatalities() != null) assertTrue(a.fatalities() >= 0);
            }
        }
    }
}
