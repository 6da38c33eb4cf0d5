package org.clashmap.extract;

import java.time.LocalDate;

/** When something happened: an inclusive range of days, or unknown (both null). */
public record DateRange(LocalDate from, LocalDate to, TimePrecision precision) {
    public static final DateRange UNKNOWN = new DateRange(null, null, TimePrecision.UNKNOWN);

    public DateRange {
        if ((from == null) != (to == null)) throw new IllegalArgumentException("half-open date range");
        if (from != null && to.isBefore(from)) throw new IllegalArgumentException("date_to before date_from");
        if (from == null) precision = TimePrecision.UNKNOWN;
    }

    public static DateRange day(LocalDate d) {
        return new DateRange(d, d, TimePrecision.DAY);
    }

    public boolean isKnown() {
        return from != null;
    }
}
