package org.clashmap.extract;

import java.util.List;
import java.util.Set;

/**
 * Ties numbers to casualty words and sides: "8 قتلى", "مقتل 34 عنصراً", "5 من عناصر النظام قتلوا",
 * "21 داعشياً". A number counts when a casualty word sits right after it, else shortly before it (with no
 * other number in between), else a few words after; the side is the first actor named just after
 * the number. A weak word ("سقط") counts only before the number. Numbers after a breakdown cue ("بينهم") restate a part of a total and are skipped;
 * casualty words after a negation ("دون تسجيل إصابات") do not count.
 */
final class CasualtyCounter {
    private static final int RIGHT_AFTER_WORDS = 1;
    private static final int BEFORE_WORDS = 8;
    private static final int AFTER_WORDS = 6;
    private static final int SIDE_WORDS = 6;

    private CasualtyCounter() {}

    /**
     * Counts numbers in [from, to) of the sentence, ignoring those at or after {@code stopAt}.
     *
     * @param topics actors named plainly so far (for aliases that need a topic)
     */
    static Tally count(SentenceScan s, int from, int to, int stopAt, Set<Integer> dateNumbers, Set<String> topics) {
        Tally tally = new Tally();
        List<TermMatcher.Match<Term>> ms = s.matches;
        int breakdownAt = s.firstCueAt(Term.CueEffect.BREAKDOWN);
        int negationAt = s.firstCueAt(Term.CueEffect.NEGATION);
        int limit = Math.min(stopAt, breakdownAt);
        // Only the matches in [from, min(to, limit)): found by binary search, so a sentence with
        // thousands of triggers (a 1 MB line) is not scanned whole once per trigger range.
        for (int k = s.firstMatchAtOrAfter(from); k < ms.size(); k++) {
            TermMatcher.Match<Term> m = ms.get(k);
            if (m.start() >= to || m.start() >= limit) break;
            if (!(first(m) instanceof Term.NumberWord n) || n.value() == null || dateNumbers.contains(m.start())) continue;
            Term.Casualty kw = casualtyFor(s, ms, k, negationAt);
            if (kw == null) continue;
            tally.add(kw.killed(), sideAfter(s, ms, k, topics), n.value());
        }
        return tally;
    }

    private static Term.Casualty casualtyFor(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, int negationAt) {
        TermMatcher.Match<Term> num = ms.get(k);
        // The very next word: "8 قتلى", "42 قتيلاً", "3 جرحى".
        if (k + 1 < ms.size() && s.wordDistance(num.end(), ms.get(k + 1).start()) <= RIGHT_AFTER_WORDS) {
            Term.Casualty c = casualty(ms.get(k + 1), negationAt);
            if (c != null) return c;
        }
        // The nearest casualty word shortly before: "مقتل 34 عنصراً وجرح آخرين", "حصيلة القتلى ... إلى 30".
        for (int j = k - 1; j >= 0 && s.wordDistance(ms.get(j).end(), num.start()) <= BEFORE_WORDS; j--) {
            if (first(ms.get(j)) instanceof Term.NumberWord nw && nw.value() != null) break;
            Term.Casualty c = casualty(ms.get(j), negationAt);
            if (c != null) return c;
        }
        // A few words after: "5 من عناصر النظام قتلوا".
        for (int j = k + 1; j < ms.size() && s.wordDistance(num.end(), ms.get(j).start()) <= AFTER_WORDS; j++) {
            if (first(ms.get(j)) instanceof Term.NumberWord) break;
            Term.Casualty c = casualty(ms.get(j), negationAt);
            if (c != null && !c.weak()) return c;
        }
        return null;
    }

    private static Term.Casualty casualty(TermMatcher.Match<Term> m, int negationAt) {
        if (m.start() >= negationAt) return null;
        for (Term t : m.payloads()) if (t instanceof Term.Casualty c) return c;
        return null;
    }

    private static String sideAfter(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, Set<String> topics) {
        TermMatcher.Match<Term> num = ms.get(k);
        for (int j = k + 1; j < ms.size() && s.wordDistance(num.end(), ms.get(j).start()) <= SIDE_WORDS; j++) {
            if (first(ms.get(j)) instanceof Term.NumberWord nw && nw.value() != null) break;
            for (Term t : ms.get(j).payloads()) {
                if (t instanceof Term.ActorAlias a && (!a.needsTopic() || topics.contains(a.actorId()))) return a.actorId();
            }
        }
        return null;
    }

    private static Term first(TermMatcher.Match<Term> m) {
        return m.payloads().get(0);
    }
}
