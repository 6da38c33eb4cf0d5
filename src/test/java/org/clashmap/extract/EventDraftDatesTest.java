package org.clashmap.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a later sentence about the same incident does to its date (EventDraft.absorb). */
class EventDraftDatesTest {
    private static final LocalDate SUNDAY = LocalDate.parse("2016-03-20");

    private static EventDraft draft(DateRange date, boolean explicit) {
        EventDraft d = new EventDraft(SubEventType.ARMED_CLASH, 0, 10, 0, 0);
        d.date = date;
        d.dateExplicit = explicit;
        return d;
    }

    @Test
    void aLaterSpanHoldingTheKnownDaySaysNoMoreOfWhenItWas() {
        // the incident's day came from the paragraph ("مساء أمس الأحد"); "تدور منذ عدة أيام" holds it
        EventDraft incident = draft(DateRange.day(SUNDAY), false);
        incident.absorb(draft(new DateRange(SUNDAY.minusDays(6), SUNDAY.plusDays(1), TimePrecision.WEEK), true));
        assertEquals(DateRange.day(SUNDAY), incident.date);
    }

    @Test
    void mustNotFire_aLaterDayInsideTheKnownSpanNarrowsIt() {
        // the paragraph's span is vague; "أمس" in the later sentence tells the day
        EventDraft incident = draft(new DateRange(SUNDAY.minusDays(1), SUNDAY.plusDays(1), TimePrecision.DAY), false);
        incident.absorb(draft(DateRange.day(SUNDAY), true));
        assertEquals(DateRange.day(SUNDAY), incident.date);
        // an unknown date takes the later one whatever its span
        EventDraft undated = draft(DateRange.UNKNOWN, false);
        DateRange week = new DateRange(SUNDAY.minusDays(6), SUNDAY, TimePrecision.WEEK);
        undated.absorb(draft(week, true));
        assertEquals(week, undated.date);
    }
}
