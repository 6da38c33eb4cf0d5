package org.clashmap.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the timeline's date axis puts its ticks and what they say: the finest calendar unit (day,
 * week, month, quarter, half-year, year, 2/5/10 years) whose labels fit side by side in the width,
 * labelled in ISO 8601 as the rest of the window ({@code 2016-03-14}, {@code 2016-03}, {@code 2016}).
 * Ticks fall on calendar boundaries (the 1st of a month, 1 January), never on arbitrary days, and a
 * tick on 1 January is major (drawn longer), so years stay visible when months are labelled.
 */
public final class DateTicks {

    /** One tick: at the start of {@code epochDay}; {@code label} may be empty (a minor tick between labels). */
    public record Tick(int epochDay, String label, boolean major) {}

    /** A calendar step, the width its label needs, and how it names a day. */
    private enum Unit {
        DAY(1, 0, 0, 84, DateTimeFormatter.ISO_LOCAL_DATE),
        WEEK(7, 0, 0, 84, DateTimeFormatter.ISO_LOCAL_DATE),
        MONTH(30, 1, 0, 64, DateTimeFormatter.ofPattern("uuuu-MM")),
        QUARTER(91, 3, 0, 64, DateTimeFormatter.ofPattern("uuuu-MM")),
        HALF_YEAR(182, 6, 0, 64, DateTimeFormatter.ofPattern("uuuu-MM")),
        YEAR(365, 0, 1, 44, DateTimeFormatter.ofPattern("uuuu")),
        YEARS_2(730, 0, 2, 44, DateTimeFormatter.ofPattern("uuuu")),
        YEARS_5(1826, 0, 5, 44, DateTimeFormatter.ofPattern("uuuu")),
        YEARS_10(3652, 0, 10, 44, DateTimeFormatter.ofPattern("uuuu"));

        final int approxDays, months, years;
        final double labelPx;
        final DateTimeFormatter format;

        Unit(int approxDays, int months, int years, double labelPx, DateTimeFormatter format) {
            this.approxDays = approxDays;
            this.months = months;
            this.years = years;
            this.labelPx = labelPx;
            this.format = format;
        }

        LocalDate firstOnOrAfter(LocalDate d) {
            LocalDate t;
            if (this == DAY) return d;
            if (this == WEEK) {
                // Mondays, as ISO weeks begin.
                int back = d.getDayOfWeek().getValue() - 1;
                t = d.minusDays(back);
            } else if (months > 0) {
                int m0 = (d.getMonthValue() - 1) / months * months;
                t = LocalDate.of(d.getYear(), m0 + 1, 1);
            } else {
                t = LocalDate.of(Math.floorDiv(d.getYear(), years) * years, 1, 1);
            }
            while (t.isBefore(d)) t = next(t);
            return t;
        }

        LocalDate next(LocalDate t) {
            if (this == DAY) return t.plusDays(1);
            if (this == WEEK) return t.plusWeeks(1);
            if (months > 0) return t.plusMonths(months);
            return t.plusYears(years);
        }
    }

    private DateTicks() {}

    /**
     * The ticks over days {@code [fromDay, toDayExclusive)} for an axis {@code pixels} wide. With too
     * little room even for decades, or an empty range, no ticks.
     */
    public static List<Tick> ticks(int fromDay, int toDayExclusive, double pixels) {
        int span = toDayExclusive - fromDay;
        List<Tick> out = new ArrayList<>();
        if (span <= 0 || pixels <= 0) return out;
        double pxPerDay = pixels / span;
        Unit unit = null;
        for (Unit u : Unit.values()) {
            if (u.approxDays * pxPerDay >= u.labelPx) {
                unit = u;
                break;
            }
        }
        if (unit == null) return out;
        LocalDate end = LocalDate.ofEpochDay(toDayExclusive);
        for (LocalDate t = unit.firstOnOrAfter(LocalDate.ofEpochDay(fromDay)); t.isBefore(end); t = unit.next(t)) {
            boolean major = t.getDayOfYear() == 1;
            out.add(new Tick((int) t.toEpochDay(), unit.format.format(t), major));
        }
        return out;
    }
}
