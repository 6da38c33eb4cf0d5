package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A death of wounds received earlier ("توفي طفل اليوم متأثرا بجروح أصيب بها الأسبوع الماضي جراء قصف"): the strike is dated
 * when the wounds were received, not on the day of the death. Sentences written for this test, real gazetteer, a report
 * of Thursday 12 May 2016.
 */
class DateOfTheWoundsTest {
    private static Event only(String text) {
        return RealGazetteer.only(text, "2016-05-12");
    }

    @Test
    void theStrikeIsWhenTheWoundsWereReceived() {
        Event e = only("توفي طفل اليوم متأثرا بجروح أصيب بها الأسبوع الماضي جراء قصف جوي على بلدة حيان بريف حلب الشمالي.");
        assertTrue(e.date().to().isBefore(LocalDate.of(2016, 5, 12)), e.date()::toString);
        e = only("توفي طفل اليوم متأثرا بجروح أصيب بها في قصف جوي على بلدة حيان يوم الأحد.");
        assertEquals(LocalDate.of(2016, 5, 8), e.date().from(), e.date()::toString);
    }

    @Test
    void mustNotFire_noDateOfTheWoundsOrAnotherClause() {
        // no day told for the wounds: the sentence's own day stands
        assertEquals(LocalDate.of(2016, 5, 12), only("توفي طفل اليوم متأثرا بجروح أصيب بها جراء قصف جوي على بلدة حيان.").date().from());
        // the day told in the next clause is the news's, not the wounds'
        Event e = only("قتل 3 مدنيين في قصف جوي على بلدة حيان يوم الأحد، وأصيب بها خمسة آخرون.");
        assertEquals(LocalDate.of(2016, 5, 8), e.date().from(), e.date()::toString);
    }
}
