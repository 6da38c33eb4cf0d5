package org.clashmap.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A date expression found in a sentence, resolved against "today" (the publication date or a day the
 * paragraph has fixed) and its slack.
 */
final class DateMention {
    enum Kind { DAYS, WEEKDAY, MONTH_REL, MONTH, YEAR, DAY_AFTER }

    final int start;
    final int end;
    final Kind kind;
    int fromOffset;
    int toOffset;
    TimePrecision precision = TimePrecision.DAY;
    int weekday;
    /** For a weekday joined to a relative day ("اليوم الخميس"): the relative offset, else null. */
    Integer weekdayRelOffset;
    /** "الخميس الماضي": the weekday before today's, never today itself ("الثلاثاء الماضي" in a Tuesday's paper). */
    boolean pastWeekday;
    /** Days the mention runs on after its weekday: 1 for a night or two days ("ليل الأحد الاثنين"). */
    int daysAfter;
    int month;
    int monthOffset;
    int day;
    int year;
    Term.Part part = Term.Part.ALL;
    boolean since;

    DateMention(int start, int end, Kind kind) {
        this.start = start;
        this.end = end;
        this.kind = kind;
    }

    /** "Today" as the text sees it: a day (null when unknown) and how many days either side it may be off. */
    record Anchor(LocalDate day, int slackDays) {
        static final Anchor UNKNOWN = new Anchor(null, 0);

        static Anchor of(LocalDate published, TimePrecision precision) {
            if (published == null) return UNKNOWN;
            return new Anchor(published, switch (precision) {
                case DAY -> 0;
                case WEEK -> 3;
                case MONTH -> 15;
                case UNKNOWN -> 0;
            });
        }
    }

    /**
     * @param previous the date just mentioned before (for "غداة"), may be unknown
     */
    DateRange resolve(Anchor a, DateRange previous) {
        LocalDate today = a.day();
        DateRange r = switch (kind) {
            case DAYS -> today == null ? DateRange.UNKNOWN
                    : widen(today.plusDays(fromOffset), today.plusDays(toOffset), a.slackDays(), precision);
            case WEEKDAY -> daysAfter == 0 ? weekday(a) : endingOn(a);
            case MONTH_REL -> today == null ? DateRange.UNKNOWN : day > 0 ? dayOfMonth(YearMonth.from(today).plusMonths(monthOffset))
                    : monthPart(YearMonth.from(today).plusMonths(monthOffset), part);
            case MONTH -> month(a);
            case YEAR -> yearPart(year, part);
            case DAY_AFTER -> previous != null && previous.isKnown()
                    ? new DateRange(previous.from().minusDays(1), previous.to().minusDays(1), previous.precision())
                    : DateRange.UNKNOWN;
        };
        if (since && r.isKnown() && today != null) {
            LocalDate to = today.plusDays(a.slackDays());
            if (!to.isBefore(r.from())) r = new DateRange(r.from(), to, precisionForSpan(r.from(), to, r.precision()));
        }
        return r;
    }

    /** "الثامن من الشهر الجاري": that day of the month, or the month when it has no such day. */
    private DateRange dayOfMonth(YearMonth ym) {
        return ym.isValidDay(day) ? new DateRange(ym.atDay(day), ym.atDay(day), TimePrecision.DAY) : monthPart(ym, Term.Part.ALL);
    }

    /**
     * A night or two days ("ليل الأحد الاثنين"): its last day is found as a weekday is, the latest on or before the day
     * after the paper's (a night that ends on the morning a paper is dated in another time zone, as {@link #month}
     * allows), and it runs back {@link #daysAfter} days from there.
     */
    private DateRange endingOn(Anchor a) {
        DateMention last = new DateMention(start, end, Kind.WEEKDAY);
        last.weekday = (weekday - 1 + daysAfter) % 7 + 1;
        last.pastWeekday = pastWeekday;
        DateRange r = last.weekday(a.day() == null ? a : new Anchor(a.day().plusDays(1), a.slackDays()));
        if (!r.isKnown()) return r;
        LocalDate from = r.from().minusDays(daysAfter);
        return new DateRange(from, r.to(), precisionForSpan(from, r.to(), r.precision()));
    }

    private DateRange weekday(Anchor a) {
        if (a.day() == null) return DateRange.UNKNOWN;
        DayOfWeek dow = DayOfWeek.of(weekday);
        if (a.slackDays() <= 3) {
            // Within a week's slack exactly one such weekday fits: the latest on or before today+slack.
            LocalDate d = pastWeekday && a.slackDays() == 0 ? a.day().with(TemporalAdjusters.previous(dow))
                    : a.day().plusDays(a.slackDays()).with(TemporalAdjusters.previousOrSame(dow));
            return DateRange.day(d);
        }
        return widen(a.day(), a.day(), a.slackDays(), TimePrecision.MONTH);
    }

    private DateRange month(Anchor a) {
        int y = year;
        if (y == 0) {
            if (a.day() == null) return DateRange.UNKNOWN;
            y = a.day().getYear();
            // A month named without a year is the latest such month on or before today; so is a day of this month
            // after today ("15 أيار" in a paper of 10 May is last year's). A day just after today is the paper's
            // date in another time zone, not a year back.
            if (month > a.day().getMonthValue()
                    || month == a.day().getMonthValue() && day > a.day().getDayOfMonth() + 1) y--;
        }
        YearMonth ym = YearMonth.of(y, month);
        if (day >= 1 && day <= ym.lengthOfMonth()) return DateRange.day(ym.atDay(day));
        return monthPart(ym, part);
    }

    static DateRange monthPart(YearMonth ym, Term.Part part) {
        return switch (part) {
            case EARLY -> new DateRange(ym.atDay(1), ym.atDay(10), TimePrecision.MONTH);
            case MID -> new DateRange(ym.atDay(11), ym.atDay(20), TimePrecision.MONTH);
            case LATE -> new DateRange(ym.atDay(21), ym.atEndOfMonth(), TimePrecision.MONTH);
            case ALL -> new DateRange(ym.atDay(1), ym.atEndOfMonth(), TimePrecision.MONTH);
        };
    }

    static DateRange yearPart(int y, Term.Part part) {
        return switch (part) {
            case EARLY -> new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 2, 28), TimePrecision.MONTH);
            case MID -> new DateRange(LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31), TimePrecision.MONTH);
            case LATE -> new DateRange(LocalDate.of(y, 11, 1), LocalDate.of(y, 12, 31), TimePrecision.MONTH);
            case ALL -> new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), TimePrecision.MONTH);
        };
    }

    /** A range widened by the publication date's slack; the precision is the coarser of the expression's and the span's. */
    static DateRange widen(LocalDate from, LocalDate to, int slack, TimePrecision p) {
        LocalDate f = from.minusDays(slack);
        LocalDate t = to.plusDays(slack);
        return new DateRange(f, t, precisionForSpan(f, t, p));
    }

    static TimePrecision precisionForSpan(LocalDate from, LocalDate to, TimePrecision atLeast) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        TimePrecision bySpan = days <= 1 ? TimePrecision.DAY : days <= 7 ? TimePrecision.WEEK : TimePrecision.MONTH;
        return bySpan.acledCode > atLeast.acledCode ? bySpan : atLeast;
    }
}
