package org.clashmap.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the date words of a sentence into {@link DateMention}s: a relative day, optionally named by
 * its weekday ("أمس الأحد"), a weekday, a part of a month or year ("منتصف الشهر الماضي", "مطلع 2022"),
 * a month with its day or year ("14 أيار", "مايو/أيار من عام 2015"), "منذ" before any of them.
 */
final class DateParser {
    /** The mentions found, and the match starts of the numbers they used (so they are not counted as dead). */
    record Result(List<DateMention> mentions, Set<Integer> usedNumberStarts) {}

    private static final int JOIN_WORDS = 2;
    private static final int YEAR_WORDS = 3;

    static Result parse(SentenceScan s) {
        List<DateMention> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        List<TermMatcher.Match<Term>> ms = s.matches;
        List<DateMention> numeric = numericDates(s, used);
        int sinceAt = -1;
        int partAt = -1;
        Term.Part part = Term.Part.ALL;
        for (int k = 0; k < ms.size(); k++) {
            TermMatcher.Match<Term> m = ms.get(k);
            Term t = dateTermOf(m);
            DateMention d = null;
            if (t instanceof Term.Since) {
                sinceAt = m.end();
            } else if (t instanceof Term.DatePart p) {
                partAt = m.end();
                part = p.part();
            } else if (t instanceof Term.RelativeDays r) {
                d = new DateMention(m.start(), m.end(), DateMention.Kind.DAYS);
                d.fromOffset = r.from();
                d.toOffset = r.to();
                d.precision = r.precision();
                if (r.from() == r.to() && k + 1 < ms.size() && ms.get(k + 1).payloads().get(0) instanceof Term.Weekday w
                        && s.wordDistance(m.end(), ms.get(k + 1).start()) <= JOIN_WORDS) {
                    TermMatcher.Match<Term> wm = ms.get(++k);
                    d = new DateMention(m.start(), wm.end(), DateMention.Kind.WEEKDAY);
                    d.weekday = w.isoDay();
                    d.weekdayRelOffset = r.from();
                }
            } else if (t instanceof Term.Weekday w) {
                d = new DateMention(m.start(), m.end(), DateMention.Kind.WEEKDAY);
                d.weekday = w.isoDay();
                // "ليل الأحد الاثنين"، "يومي الأحد والاثنين": a night or two days, from the first to the next
                if (k + 1 < ms.size() && ms.get(k + 1).payloads().get(0) instanceof Term.Weekday next
                        && next.isoDay() == w.isoDay() % 7 + 1 && andOrNothingBetween(s, m.end(), ms.get(k + 1).start())) {
                    d = new DateMention(m.start(), ms.get(++k).end(), DateMention.Kind.WEEKDAY);
                    d.weekday = w.isoDay();
                    d.daysAfter = 1;
                }
                d.pastWeekday = saidPast(s, ms, k);
            } else if (t instanceof Term.RelativeMonth rm && rm.afterDayOnly() && dayOf(s, ms, k, new HashSet<>()) == 0) {
                continue; // "خلال الشهر": a bare الشهر is this month only as the month of a day told before it
            } else if (t instanceof Term.RelativeMonth rm) {
                d = new DateMention(m.start(), m.end(), DateMention.Kind.MONTH_REL);
                d.monthOffset = rm.offset();
                d.part = near(s, partAt, m.start()) ? part : rm.part();
                int day = dayOf(s, ms, k, used);
                if (day > 0 && rm.part() == Term.Part.ALL) {
                    d = new DateMention(ms.get(k - 1).start(), m.end(), DateMention.Kind.MONTH_REL);
                    d.monthOffset = rm.offset();
                    d.day = day;
                }
            } else if (t instanceof Term.Month && fatherNotAugust(s, m)) {
                continue;
            } else if (t instanceof Term.Month mo) {
                int end = m.end();
                int first = k;
                // "مايو/أيار", "يوليو (تموز)": the same month in two calendars.
                while (k + 1 < ms.size() && ms.get(k + 1).payloads().get(0) instanceof Term.Month
                        && s.wordDistance(end, ms.get(k + 1).start()) <= 1) end = ms.get(++k).end();
                d = new DateMention(m.start(), end, DateMention.Kind.MONTH);
                d.month = mo.month();
                if (near(s, partAt, m.start())) d.part = part;
                // The day is the number before the first of the names ("4 يوليو (تموز)"), not before the second.
                if (first >= 1 && ms.get(first - 1).payloads().get(0) instanceof Term.NumberWord n && n.value() != null && !n.implied()
                        && n.value() >= 1 && n.value() <= 31 && s.wordDistance(ms.get(first - 1).end(), m.start()) <= 1) {
                    d.day = n.value();
                    used.add(ms.get(first - 1).start());
                } else if (dayOf(s, ms, first, used) > 0) {
                    d.day = dayOf(s, ms, first, used);
                }
                if (k + 1 < ms.size() && ms.get(k + 1).payloads().get(0) instanceof Term.NumberWord n && isYear(n)
                        && s.wordDistance(end, ms.get(k + 1).start()) <= YEAR_WORDS) {
                    d.year = n.value();
                    used.add(ms.get(++k).start());
                }
            } else if (t instanceof Term.NumberWord n && isYear(n) && !used.contains(m.start())) {
                d = new DateMention(m.start(), m.end(), DateMention.Kind.YEAR);
                d.year = n.value();
                if (near(s, partAt, m.start())) d.part = part;
                used.add(m.start());
            } else if (t instanceof Term.DayAfter) {
                d = new DateMention(m.start(), m.end(), DateMention.Kind.DAY_AFTER);
            }
            if (d != null) {
                d.since = near(s, sinceAt, d.start);
                out.add(d);
                sinceAt = -1;
                partAt = -1;
            }
        }
        if (!numeric.isEmpty()) {
            out.addAll(numeric);
            out.sort(java.util.Comparator.comparingInt(m -> m.start));
        }
        return new Result(out, used);
    }

    /** The match's first payload, or the month it also is when a cue comes first ("الشهر": a duration, or this month). */
    private static Term dateTermOf(TermMatcher.Match<Term> m) {
        Term t = m.payloads().get(0);
        if (t instanceof Term.Cue) for (Term o : m.payloads()) if (o instanceof Term.RelativeMonth) return o;
        return t;
    }

    /**
     * Days written in figures, in the order Arabic news write them: day/month/year ("5/5/2016", "9 / 5 / 2016",
     * "20-4-2016"), the ISO order year first ("2016-05-09", "2016/05/09"), and day/month with a slash ("10/5"). Their
     * numbers are marked used: neither a year on its own nor a count of dead.
     */
    private static List<DateMention> numericDates(SentenceScan s, Set<Integer> used) {
        if (!hasDigitSeparator(s)) return List.of();
        List<DateMention> out = new ArrayList<>();
        java.util.regex.Matcher m = NUMERIC_DATE.matcher(s.text).region(s.start, s.end);
        while (m.find()) {
            int day, month, year = 0;
            if (m.group("iy") != null) {
                year = number(m.group("iy"));
                month = number(m.group("im"));
                day = number(m.group("id"));
            } else {
                day = number(m.group("d"));
                month = number(m.group("m"));
                if (m.group("y") != null) year = number(m.group("y"));
                else if (m.group("sep").indexOf('/') < 0) continue; // "10-15": a range, not a day
            }
            if (month < 1 || month > 12 || day < 1 || day > 31 || year != 0 && (year < 1900 || year > 2100)) continue;
            DateMention d = new DateMention(m.start(), m.end(), DateMention.Kind.MONTH);
            d.day = day;
            d.month = month;
            d.year = year;
            out.add(d);
            for (int k = s.firstMatchAtOrAfter(m.start()); k < s.matches.size() && s.matches.get(k).start() < m.end(); k++) {
                used.add(s.matches.get(k).start());
            }
        }
        return out;
    }

    /** A slash or a dash right after a figure (a space between allowed): the cheap look before the pattern's. */
    private static boolean hasDigitSeparator(SentenceScan s) {
        char[] text = s.chars; // not String.charAt: its checks were most of this look at the quick JIT tier
        for (int i = s.start + 1; i < s.end; i++) {
            char c = text[i];
            if (c != '/' && c != '-') continue;
            char before = text[i - 1];
            if (before == ' ' && i - 2 >= s.start) before = text[i - 2];
            if (Character.isDigit(before)) return true;
        }
        return false;
    }

    private static int number(String digits) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) v = v * 10 + Character.digit(digits.charAt(i), 10);
        return v;
    }

    private static final String D = "[0-9\u0660-\u0669\u06F0-\u06F9]";
    private static final java.util.regex.Pattern NUMERIC_DATE = java.util.regex.Pattern.compile(
            "(?<!" + D + ")(?:(?<iy>" + D + "{4})[/-](?<im>" + D + "{1,2})[/-](?<id>" + D + "{1,2})"
            + "|(?<d>" + D + "{1,2}) ?(?<sep>[/-]) ?(?<m>" + D + "{1,2})(?: ?[/-] ?(?<y>" + D + "{4}))?)(?!" + D + ")");

    /**
     * "أب وطفلته": أب with a hamza is "father"; the month is written آب (or اب without any mark). Both read the
     * same once normalised, so the surface as written decides.
     */
    private static boolean fatherNotAugust(SentenceScan s, TermMatcher.Match<Term> m) {
        return ((Term.Month) m.payloads().get(0)).month() == 8 && s.text.substring(m.start(), m.end()).contains("أب");
    }

    /**
     * The day written before "من" and the month at match {@code k}: "الثامن من الشهر الجاري", "8 من أيار"; else 0.
     * A cardinal used so is marked used, so it is not counted as dead.
     */
    private static int dayOf(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, Set<Integer> used) {
        if (k < 1) return 0;
        TermMatcher.Match<Term> before = ms.get(k - 1);
        if (before.end() > ms.get(k).start() || !s.text.substring(before.end(), ms.get(k).start()).strip().equals("من")) return 0;
        Term t = before.payloads().get(0);
        if (t instanceof Term.DayOrdinal o) return dateWordBefore(s, before.start()) ? o.day() : 0;
        if (t instanceof Term.NumberWord n && n.value() != null && !n.implied() && n.value() >= 1 && n.value() <= 31) {
            used.add(before.start());
            return n.value();
        }
        return 0;
    }

    /**
     * An ordinal is a date after "في", "يوم", a time of day or "منذ" ("في الثامن من الشهر"); after a noun it is its
     * adjective ("أسبوعها الثاني من الشهر": its second week), no day.
     */
    private static boolean dateWordBefore(SentenceScan s, int pos) {
        int end = pos;
        while (end > 0 && s.text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && Character.isLetter(s.text.charAt(start - 1))) start--;
        return ORDINAL_DAY_AFTER.contains(org.clashmap.text.ArabicNormalizer.normalize(s.text.substring(start, end)));
    }

    /** Words a written-out day follows. */
    private static final Set<String> ORDINAL_DAY_AFTER = java.util.stream.Stream.of("في", "وفي", "يوم", "ويوم", "صباح",
            "مساء", "فجر", "ليلة", "ليل", "منذ", "حتى", "بتاريخ", "وحتى").map(org.clashmap.text.ArabicNormalizer::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean near(SentenceScan s, int markerEnd, int pos) {
        return markerEnd >= 0 && s.wordDistance(markerEnd, pos) <= JOIN_WORDS;
    }

    private static boolean isYear(Term.NumberWord n) {
        return n.value() != null && n.value() >= 1900 && n.value() <= 2100;
    }

    /** Only spaces, or the conjunction و, between two positions ("الأحد الاثنين", "الأحد والاثنين"). */
    private static boolean andOrNothingBetween(SentenceScan s, int from, int to) {
        String between = s.text.substring(from, to).strip();
        return between.isEmpty() || between.equals("و");
    }

    /** A word for "last" right after the weekday ("الخميس الماضي", "السبت الفائت"). */
    private static boolean saidPast(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        return k + 1 < ms.size() && ms.get(k + 1).payloads().get(0) instanceof Term.Last
                && s.wordDistance(ms.get(k).end(), ms.get(k + 1).start()) <= 1;
    }

}
