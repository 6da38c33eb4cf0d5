package org.clashmap.ui.timeline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The timeline axis picks calendar ticks whose ISO labels fit the width. */
class DateTicksTest {

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void fourYearsOnAWideAxisAreLabelledByQuarterWithYearsMajor() {
        List<DateTicks.Tick> ticks = DateTicks.ticks(day("2016-01-01"), day("2020-01-01"), 1100);
        assertEquals("2016-01", ticks.get(0).label());
        assertEquals("2016-04", ticks.get(1).label());
        assertEquals(16, ticks.size());
        assertEquals(4, ticks.stream().filter(DateTicks.Tick::major).count(), "one major tick per 1 January");
        for (DateTicks.Tick t : ticks) {
            LocalDate d = LocalDate.ofEpochDay(t.epochDay());
            assertEquals(1, d.getDayOfMonth());
            assertEquals(0, (d.getMonthValue() - 1) % 3);
            assertEquals(t.label(), d.toString().substring(0, 7));
        }
    }

    @Test
    void theSameYearsOnANarrowAxisAreLabelledByYear() {
        List<DateTicks.Tick> ticks = DateTicks.ticks(day("2016-01-01"), day("2020-01-01"), 300);
        assertEquals(List.of("2016", "2017", "2018", "2019"), ticks.stream().map(DateTicks.Tick::label).toList());
    }

    @Test
    void aFewWeeksAreLabelledByDayOrMonday() {
        List<DateTicks.Tick> days = DateTicks.ticks(day("2016-03-01"), day("2016-03-08"), 1000);
        assertEquals("2016-03-01", days.get(0).label());
        assertEquals(7, days.size());
        List<DateTicks.Tick> weeks = DateTicks.ticks(day("2016-03-01"), day("2016-04-30"), 1000);
        assertTrue(weeks.size() >= 8 && weeks.size() <= 9, weeks.toString());
        for (DateTicks.Tick t : weeks) assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.ofEpochDay(t.epochDay()).getDayOfWeek());
    }

    @Test
    void ticksStayInsideTheRangeAndLabelsDoNotCrowd() {
        int from = day("2011-03-15"), to = day("2019-12-01");
        for (double px : new double[]{120, 400, 800, 1600, 4000}) {
            List<DateTicks.Tick> ticks = DateTicks.ticks(from, to, px);
            double pxPerDay = px / (to - from);
            for (int i = 0; i < ticks.size(); i++) {
                assertTrue(ticks.get(i).epochDay() >= from && ticks.get(i).epochDay() < to);
                if (i > 0) {
                    double gap = (ticks.get(i).epochDay() - ticks.get(i - 1).epochDay()) * pxPerDay;
                    assertTrue(gap >= ticks.get(i).label().length() * 6.5, px + " px: " + ticks.get(i) + " is " + gap + " px from the previous");
                }
            }
        }
    }

    @Test
    void noRoomOrNoRangeGivesNoTicks() {
        assertTrue(DateTicks.ticks(day("2016-01-01"), day("2016-01-01"), 800).isEmpty());
        assertTrue(DateTicks.ticks(day("1900-01-01"), day("2016-01-01"), 20).isEmpty());
    }
}
