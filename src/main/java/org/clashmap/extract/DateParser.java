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
        int sinceAt = -1;
        int partAt = -1;
        Term.Part part = Term.Part.ALL;
        for (int k = 0; k < ms.size(); k++) {
            TermMatcher.Match<Term> m = ms.get(k);
            Term t = m.payloads().get(0);
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
                d.pastWeekday = saidPast(s, ms, k);
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
        return new Result(out, used);
    }

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

    /** A word for "last" right after the weekday ("الخميس الماضي", "السبت الفائت"). */
    private static boolean saidPast(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        return k + 1 < ms.size() && ms.get(k + 1).payloads().get(0) instanceof Term.Last
                && s.wordDistance(ms.get(k).end(), ms.get(k + 1).start()) <= 1;
    }

}
