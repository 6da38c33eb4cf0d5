package org.clashmap.extract;

import java.util.List;
import java.util.Set;

/**
 * Ties numbers to casualty words and sides: "8 قتلى", "مقتل 34 عنصراً", "5 من عناصر النظام قتلوا",
 * "21 داعشياً". A number counts when a casualty word sits right after it, else shortly before it (with no
 * other number in between), else a few words after; the side is the first actor named just after
 * the number. A weak word ("سقط") counts only before the number. A noun that counts people ("طفلة"،
 * "شقيقين") counts only right after a casualty word ("استشهاد امرأة وابنتها"). A dual casualty word ("قتيلان",
 * "جريحين") counts two by itself. A number right before a word
 * for things ("30 برميلاً"، "9 غارات"، "17 كم") counts those things, not people.
 * <p>Not counted: numbers after a breakdown cue ("بينهم") up to the next comma, which restate a part of a total;
 * casualty words a few words after a negation ("دون وقوع إصابات", "لم يسفر عن ضحايا"), which say instead that
 * nobody was hurt, unless the text only lacks information ("دون معلومات عن إصابات"); a sentence of statistics
 * over months or years ("منذ بداية العام", "خلال 10 أشهر"), up to a word that opens another report in it ("فيما"). In a toll update ("ارتفعت حصيلة القتلى من 20 إلى
 * 30") the numbers restate one total, so the largest is kept instead of the sum.
 * <p>Casualty words without a number are kept too (see {@link Tally}): they tell dead-but-unknown from none.
 * The cue and casualty words are rows of {@code extract/cues.tsv} and {@code extract/casualties.tsv}.
 */
final class CasualtyCounter {
    private static final int RIGHT_AFTER_WORDS = 1;
    private static final int BEFORE_WORDS = 8;
    private static final int AFTER_WORDS = 6;
    private static final int SIDE_WORDS = 6;
    /** How far back from a casualty word a negation reaches ("لم ترد أنباء عن وقوع إصابات"). */
    private static final int NEGATION_WORDS = 6;
    /** How far back from a person noun its casualty word may be ("مقتل قائد عسكري وعنصر"). */
    private static final int PERSON_WORDS = 3;
    /** "خلال" ... "أشهر": the duration word within this many words of the period word. */
    private static final int PERIOD_WORDS = 3;
    /** Words from a count of incidents to the period it counts over: "الحادثة الثالثة من نوعها في البلدة خلال شهر". */
    private static final int EVENT_COUNT_WORDS = 6;
    /** How far a "و17 من ..." may follow the count whose list it continues. */
    private static final int LIST_WORDS = 5;

    private CasualtyCounter() {}

    /**
     * Counts numbers in [from, to) of the sentence, ignoring those at or after {@code stopAt}.
     *
     * @param topics actors named plainly so far (for aliases that need a topic)
     */
    static Tally count(SentenceScan s, int from, int to, int stopAt, Set<Integer> dateNumbers, Set<String> topics) {
        Tally tally = new Tally();
        if (s.statistics == null) s.statistics = cumulative(s); // once per sentence: count() runs per trigger range
        List<TermMatcher.Match<Term>> ms = s.matches;
        List<Integer> breakdowns = s.cuePositions(Term.CueEffect.BREAKDOWN);
        List<Integer> negations = s.cuePositions(Term.CueEffect.NEGATION);
        List<Integer> uncertain = s.cuePositions(Term.CueEffect.UNCERTAIN);
        boolean update = !s.cuePositions(Term.CueEffect.UPDATE).isEmpty();
        List<Integer> retractions = s.cuePositions(Term.CueEffect.RETRACTED);
        List<Integer> corrections = s.cuePositions(Term.CueEffect.CORRECTION);
        int correction = corrections.isEmpty() ? Integer.MAX_VALUE : corrections.get(0);
        boolean[] corrected = new boolean[2]; // the kinds whose earlier count a correction has replaced
        // kinds (killed / wounded) already given by a number: person nouns after it restate it ("القتلى هم سيدة وطفلتها")
        boolean[] numbered = new boolean[2];
        // a figure of the dead counted, not in brackets: figures in brackets after it are its parts ("بنش (6)")
        boolean deadCountedOutsideBrackets = false;
        Term.Casualty last = null;
        int lastEnd = -1;
        boolean lastNamed = false;
        boolean lastImplied = false;
        boolean lastPronoun = false; // the last count was a killing of "him" or "them" (مقتله، مقتلهما)
        int rangeUpper = -1; // the match of a range's upper bound, counted with its lower bound
        // Only the matches in [from, min(to, stopAt)): found by binary search, so a sentence with
        // thousands of triggers (a 1 MB line) is not scanned whole once per trigger range.
        for (int k = s.firstMatchAtOrAfter(from); k < ms.size(); k++) {
            TermMatcher.Match<Term> m = ms.get(k);
            if (m.start() >= to || m.start() >= stopAt) break;
            if (inStatistics(s, m.start())) continue;
            if (numberOf(m) instanceof Term.NumberWord n) {
                if (n.value() == null || dateNumbers.contains(m.start()) || inBreakdown(s, ms, k, breakdowns)) continue;
                // "وليس 3 كما ذكر سابقا": a figure the report takes back
                if (rightAfterOneOf(s, retractions, m.start())) continue;
                if (update && earlierFigure(s, ms, k)) continue;
                // "قتل 10 مدنيين في غارات على بنش (6 قتلى) وتفتناز (4 قتلى)": a figure in brackets after the dead were
                // counted gives a part of them at the place before it, not more dead
                boolean inBrackets = bracketed(s, m.start());
                if (deadCountedOutsideBrackets && inBrackets) continue;
                if (k == rangeUpper) continue;
                // "ما بين 10 و15 عنصرا": one count, its lower bound, with the casualty word of either bound;
                // "بين الساعة 10 و11": both bounds name something else
                int upper = n.implied() || update ? -1 : rangeUpperBound(s, ms, k);
                if (upper >= 0) rangeUpper = upper;
                if (unitsName(s, ms, k)) continue;
                if (oneAfterItsPerson(s, ms, k, n)) continue;
                Term.Casualty kw = n.implied() ? casualtyForPerson(s, ms, k, negations)
                        : casualtyFor(s, ms, k, negations, update);
                if (upper >= 0 && kw == null) kw = casualtyFor(s, ms, upper, negations, false);
                // "ثم ارتفعت الحصيلة إلى 6": the new figure of a toll that names no casualty is the dead's
                if (kw == null && update && !n.implied() && updateCueBefore(s, m.start()) >= 0) kw = TOLL;
                // "قتل 3 مدنيين ...، والصحيح أنهم 5": after a correction a bare figure restates the count just made
                boolean correcting = m.start() > correction && !n.implied();
                if (kw == null && correcting && last != null && !countsThings(s, ms, k)) kw = last;
                // "مقتل 34 عنصراً من النظام و17 من الميليشيات": a number joined by و continues the list just counted.
                // "قتل 12 مدنيا في قصف على A، و4 في B": so does one opening the next clause with و, however far.
                if (kw == null && !n.implied() && last != null && joinedByWa(s, m.start())
                        && (s.wordDistance(lastEnd, m.start()) <= LIST_WORDS || opensClause(s, m.start())
                            || aCountAtAPlace(s, ms, k, lastEnd))
                        && !countsThings(s, ms, k)) kw = last;
                // "قتل 7 من جيش الفتح مقابل 11 من قوات النظام"، "، وما لا يقل عن 11 من قوات سوريا الديمقراطية": a second
                // count of the same incident, after "against" or و with an approximator (second_counts.tsv)
                if (kw == null && !n.implied() && last != null && !countsThings(s, ms, k)) {
                    int joinerWords = aSecondCount(s, m.start());
                    if (joinerWords >= 0 && s.wordDistance(lastEnd, m.start()) <= LIST_WORDS + joinerWords) kw = last;
                }
                // "قتل طفلان في غارة على A، وامرأة وطفلها في قصف على B": a person opening the next clause with و
                // continues the list of the dead, however far the casualty word is; "وامرأة وطفلها": and so does a
                // person joined by و to the person just counted. Not after a named person ("مقتل القيادي علي كنعان،
                // وقائد مجموعات الفهود"): what follows him describes him again.
                // "قتل مقاتلان من المعارضة وعنصر من قوات النظام": so is a person after the side of the one just counted.
                // "أربعة عناصر وضابط"، "ثلاثة مدنيين وطفل": and so does a person joined by و to the noun a figure counted.
                // "ما أسفر عن مقتله ومرافقه": a person joined by و right after a killing of "him" is one more dead, not
                // him again as "، وهو طبيب" would be.
                boolean listed = false;
                if (n.implied() && last != null && !lastNamed && s.text.charAt(m.start()) == 'و'
                        && (afterComma(s, m.start()) || s.wordDistance(lastEnd, m.start()) <= (lastImplied ? 1 : 2)
                            || onlyTheirSideBetween(s, ms, lastEnd, k))) {
                    if (kw == null) {
                        kw = last;
                        listed = true;
                    } else listed = lastPronoun && s.wordDistance(lastEnd, m.start()) <= RIGHT_AFTER_WORDS;
                }
                if (kw == KILLED_AND_WOUNDED) {
                    tally.deathsMentioned = true;
                    continue;
                }
                // A person after a figure of the same kind restates it ("القتلى هم سيدة وطفلتها"), unless the list goes on
                // or a casualty word of its own comes between ("قتل 5 مدنيين، وقتل عنصر من الدفاع المدني").
                if (kw == null || (n.implied() && numbered[kw.killed() ? 0 : 1] && !listed
                        && !casualtyWordBetween(s, ms, lastEnd, k, kw.killed()))) continue;
                // "سقوط 4 قتلى، اثنان منهم أطفال": a figure right before "منهم" is part of the count just made
                if (numbered[kw.killed() ? 0 : 1] && partOfThem(s, ms, k)) continue;
                if (correcting && !corrected[kw.killed() ? 0 : 1]) {
                    corrected[kw.killed() ? 0 : 1] = true;
                    (kw.killed() ? tally.killed : tally.wounded).clear();
                    if (kw.killed()) tally.corrected = true;
                }
                if (!n.implied()) numbered[kw.killed() ? 0 : 1] = true;
                deadCountedOutsideBrackets |= !n.implied() && kw.killed() && !inBrackets;
                last = kw;
                lastEnd = m.end();
                lastImplied = n.implied();
                lastPronoun = false;
                lastNamed = n.implied() && definite(s.text, m.start());
                if (update) tally.addMax(kw.killed(), sideAfter(s, ms, k, topics), n.value());
                else tally.add(kw.killed(), sideAfter(s, ms, k, topics), n.value());
                continue;
            }
            Term.Casualty c = casualtyOf(m);
            if (c == null || c.weak() || c.role() == Term.Role.THINGS || c.role() == Term.Role.AGENT || c.role() == Term.Role.UNIT
                    || c.role() == Term.Role.MANNER
                    || c.role() == Term.Role.RANK || c.role() == Term.Role.CAPTURED) continue;
            if (c.role() == Term.Role.NONE) {
                tally.noneStated = true;
                continue;
            }
            int neg = negatedBy(s, negations, m.start());
            if (neg >= 0) {
                if (!between(uncertain, neg, m.start())) tally.noneStated = true;
                continue;
            }
            if (inBreakdown(s, ms, k, breakdowns)) continue;
            // "أوقع قتيلين": a dual is a count of two, unless a number already gave that kind ("5 قتلى بينهم ...").
            // "أعدم محامياً ... وقتله": a killing of "him" (or of "the two of them") counts, unless the clause already
            // counted that kind: they are then the same people ("قتل القيادي ... وأعلن الفصيل مقتله", "قتل عنصران ...،
            // وأعلنت صفحات موالية مقتلهما").
            boolean counts = c.pronoun() ? (c.killed() ? tally.killed : tally.wounded).isEmpty() : c.count() == 2;
            // "20 شخصا بين قتيل وجريح": a lone "dead" joined to the wounded names the kind of the count, not one person
            if (counts && c.count() == 1 && withTheWounded(s, ms, k, c) == KILLED_AND_WOUNDED) counts = false;
            if (c.count() > 0 && counts && (c.role() == Term.Role.KILLED || c.role() == Term.Role.WOUNDED)
                    && !numbered[c.killed() ? 0 : 1] && !numberRightBefore(s, ms, k)) {
                numbered[c.killed() ? 0 : 1] = true;
                last = c;
                lastEnd = m.end();
                lastImplied = true;
                lastPronoun = c.pronoun();
                if (update) tally.addMax(c.killed(), sideAfter(s, ms, k, topics), c.count());
                else tally.add(c.killed(), sideAfter(s, ms, k, topics), c.count());
                continue;
            }
            if (c.role() == Term.Role.WOUNDED) tally.woundedMentioned = true;
            else tally.deathsMentioned = true;
        }
        return tally;
    }

    /** How many words "من" and a side's name may take between two persons of one list ("من قوات النظام"). */
    private static final int SIDE_PHRASE_WORDS = 4;

    /** Between the count ending at {@code lastEnd} and match k: only "من" and the name of a side ("مقاتلان من المعارضة وعنصر"). */
    private static boolean onlyTheirSideBetween(SentenceScan s, List<TermMatcher.Match<Term>> ms, int lastEnd, int k) {
        if (s.wordDistance(lastEnd, ms.get(k).start()) > SIDE_PHRASE_WORDS) return false;
        int i = lastEnd;
        while (i < s.text.length() && s.text.charAt(i) == ' ') i++;
        if (!s.text.startsWith("من ", i)) return false;
        boolean side = false;
        for (int j = k - 1; j >= 0 && ms.get(j).start() >= lastEnd; j--) {
            boolean alias = false;
            for (Term t : ms.get(j).payloads()) alias |= t instanceof Term.ActorAlias;
            if (!alias) return false;
            side = true;
        }
        return side;
    }

    private static final Set<String> RANGE_WORDS = LexiconFile.normalizedWords("ranges.tsv");

    /**
     * "10 إلى 15", "3 أو 4", "ما بين 10 و15": the index of the upper bound of a range whose lower bound is the number
     * at k, or -1. و joins bounds only after بين (ranges.tsv).
     */
    private static int rangeUpperBound(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        if (k + 1 >= ms.size() || !isCount(ms.get(k + 1))) return -1;
        int upperStart = ms.get(k + 1).start();
        String between = s.text.substring(ms.get(k).end(), upperStart).strip();
        if (between.isEmpty() && SentenceScan.opensWithAnd(s.text, upperStart) || between.equals("و")) {
            return afterBetween(s, ms.get(k).start()) ? k + 1 : -1;
        }
        return RANGE_WORDS.contains(org.clashmap.text.ArabicNormalizer.normalize(between)) ? k + 1 : -1;
    }

    /** One of the two words right before {@code pos} is بين ("ما بين 10 و15", "بين الساعة 10 و11"). */
    private static boolean afterBetween(SentenceScan s, int pos) {
        int end = pos;
        for (int word = 0; word < 2; word++) {
            while (end > s.start && Character.isWhitespace(s.text.charAt(end - 1))) end--;
            int start = end;
            while (start > s.start && !Character.isWhitespace(s.text.charAt(start - 1))) start--;
            if (end - start == 3 && s.text.startsWith("بين", start)) return true;
            end = start;
        }
        return false;
    }

    /** A word with the article ("القيادي", "والقائد"): a particular person, not one of a count. */
    private static boolean definite(String text, int start) {
        int i = start;
        if (text.startsWith("و", i) || text.startsWith("ب", i) || text.startsWith("ل", i)) {
            if (text.startsWith("ال", i + 1)) return true;
        }
        return text.startsWith("ال", i);
    }

    /** True when only spaces lie between a comma and {@code pos}. */
    private static boolean afterComma(SentenceScan s, int pos) {
        int i = pos - 1;
        while (i > s.start && Character.isWhitespace(s.text.charAt(i))) i--;
        char c = s.text.charAt(i);
        return c == '،' || c == ',';
    }

    /** A number right before the word ("2 قتيلين"): that number is the count, the dual only repeats it. */
    private static boolean numberRightBefore(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        return k > 0 && isCount(ms.get(k - 1)) && s.wordDistance(ms.get(k - 1).end(), ms.get(k).start()) <= RIGHT_AFTER_WORDS;
    }

    /** "و17" (digits after a و clitic) or "وثلاثة" (a number word matched with its و). */
    /** "و4 غارات": the word right after the number counts things, so the number is no person. */
    private static boolean countsThings(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        if (k + 1 >= ms.size() || s.wordDistance(ms.get(k).end(), ms.get(k + 1).start()) > RIGHT_AFTER_WORDS) return false;
        Term.Casualty t = casualtyOf(ms.get(k + 1));
        return t != null && t.role() == Term.Role.THINGS;
    }

    /** "، و4": the و joined to the number opens a clause of its own. */
    private static boolean opensClause(SentenceScan s, int start) {
        int wa = SentenceScan.opensWithAnd(s.text, start) ? start : start - 1;
        if (wa <= s.start || !afterComma(s, wa)) return false;
        // "، و4 في B", "، وستة آخرون في B": a count; not "، والاثنتان الأخريان" (the article points back at things
        // told) nor "، وأحد أهم قادته" (one of them: it describes a person already counted)
        if (Character.isDigit(s.text.charAt(wa + 1))) return true;
        int wordEnd = wa + 1;
        while (wordEnd < s.text.length() && !Character.isWhitespace(s.text.charAt(wordEnd))) wordEnd++;
        String next = s.text.substring(wordEnd).stripLeading();
        return !s.text.startsWith("ال", wa + 1) && (next.startsWith("آخر") || next.startsWith("اخر"));
    }

    private static final List<String> APPROXIMATORS = secondCountWords("about");
    private static final List<String> VERSUS = secondCountWords("versus");

    /** The normalised words of second_counts.tsv of one kind, longest first (a longer phrase ends with a shorter one). */
    private static List<String> secondCountWords(String kind) {
        return LexiconFile.rows("second_counts.tsv").stream().filter(r -> r[1].equals(kind))
                .map(r -> org.clashmap.text.ArabicNormalizer.normalize(r[0]))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * How many words of an approximator stand between the number at {@code start} and the و or "مقابل" that joins it to
     * the count before ("وما لا يقل عن 11": 4, "مقابل 11": 0), or -1 when nothing of second_counts.tsv joins it.
     */
    private static int aSecondCount(SentenceScan s, int start) {
        String before = org.clashmap.text.ArabicNormalizer.normalize(s.text.substring(Math.max(s.start, start - 40), start)).strip();
        int words = 0;
        for (String a : APPROXIMATORS) {
            if (endsWithWord(before, "و" + a)) return a.split(" ").length;
            if (endsWithWord(before, a)) {
                before = before.substring(0, before.length() - a.length()).strip();
                words = a.split(" ").length;
                break;
            }
        }
        for (String v : VERSUS) if (endsWithWord(before, v) || endsWithWord(before, "و" + v)) return words;
        return -1;
    }

    private static boolean endsWithWord(String text, String word) {
        return text.equals(word) || text.endsWith(" " + word);
    }

    /** "others" between a count and the place it fell at ("و4 آخرون في حي B"). */
    private static final Set<String> OTHERS = Set.of("اخرون", "اخرين");

    /**
     * "قتل 12 مدنيا في غارات على مدينة دوما و5 في بلدة كفربطنا"، "، وأربعة في حي بستان القصر": a number joined by و
     * with only "في" (or "آخرون في") after it is the dead of another place, told with the verb of the first: the list
     * goes on however far, comma or not, and number words as well as digits. Not after a figure left uncounted ("مقتل 11
     * شخصا: 5 في حي A و4 في حي B": parts of the total, not more dead).
     */
    private static boolean aCountAtAPlace(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, int lastEnd) {
        for (int j = k - 1; j >= 0 && ms.get(j).start() >= lastEnd; j--) if (isCount(ms.get(j))) return false;
        int i = ms.get(k).end();
        for (int word = 0; word < 2; word++) {
            while (i < s.end && Character.isWhitespace(s.text.charAt(i))) i++;
            int end = i;
            while (end < s.end && !Character.isWhitespace(s.text.charAt(end))) end++;
            String w = s.text.substring(i, end);
            if (w.equals("في")) return true;
            if (word > 0 || !OTHERS.contains(org.clashmap.text.ArabicNormalizer.normalize(w))) return false;
            i = end;
        }
        return false;
    }

    private static boolean joinedByWa(SentenceScan s, int start) {
        return SentenceScan.opensWithAnd(s.text, start) || (start > s.start && s.text.charAt(start - 1) == 'و');
    }

    /**
     * Statistics over a long period reach the whole sentence up to a word that opens a new report in it ("أحصى المرصد
     * مقتل 300 مدني منذ بداية العام، فيما قتل اليوم ثلاثة": the three are today's toll); a comma alone does not end
     * them ("قتل، منذ بداية العام، 300 شخص").
     */
    /**
     * "وثق 27 عملية ومحاولة اغتيال في المحافظة خلال أيار الجاري"، "شن الطيران 40 غارة على ريف إدلب خلال الشهر الماضي": a
     * period's statistic that counts the incidents themselves (a figure right before an event word or a word of things,
     * in the clause of the event word at {@code eventWord}) sums up many incidents and is none of them. "قتل 40 مدنيا في
     * داريا خلال شهر" counts the dead, and decision 066 keeps it a statistic of the dead only.
     */
    static boolean countsIncidentsOverAPeriod(SentenceScan s, int eventWord) {
        if (s.statistics == null) s.statistics = cumulative(s);
        if (!inStatistics(s, eventWord)) return false;
        int from = s.clauses().startOf(eventWord, s.start), to = s.clauses().endOf(eventWord, s.end);
        List<TermMatcher.Match<Term>> ms = s.matches;
        for (int k = s.firstMatchAtOrAfter(from); k + 1 < ms.size() && ms.get(k).start() < to; k++) {
            if (!(numberOf(ms.get(k)) instanceof Term.NumberWord n) || n.implied() || n.value() == null) continue;
            TermMatcher.Match<Term> next = ms.get(k + 1);
            if (s.wordDistance(ms.get(k).end(), next.start()) > RIGHT_AFTER_WORDS) continue;
            Term.Casualty c = casualtyOf(next);
            boolean event = next.payloads().stream().anyMatch(t -> t instanceof Term.Trigger);
            if (event || c != null && c.role() == Term.Role.THINGS) return true;
        }
        return false;
    }

    private static boolean inStatistics(SentenceScan s, int pos) {
        if (s.statistics.length == 0) return false;
        for (int p : s.statistics) {
            if (s.clauses().lastOpenerBetween(Math.min(p, pos), Math.max(p, pos)) >= 0) continue;
            // "قتل 5 أشخاص في غارة على بلدة الهبيط، وقتل في البلدة منذ بداية الشهر 60 شخصا": a statistic with a figure of
            // its own in its own clause leaves the figures of the clauses before it to the incident. Without one ("قتل 40
            // مدنيا، بينهم 10 أطفال، منذ بداية الحملة") the figures before it are what it sums up.
            if (pos < p && s.clauses().endOf(pos, s.end) <= p && aFigureInTheClauseOf(s, p)) continue;
            return true;
        }
        return false;
    }

    private static boolean aFigureInTheClauseOf(SentenceScan s, int p) {
        int from = s.clauses().startOf(p, s.start), to = s.clauses().endOf(p, s.end);
        List<TermMatcher.Match<Term>> ms = s.matches;
        for (int k = s.firstMatchAtOrAfter(from); k < ms.size() && ms.get(k).start() < to; k++) if (isCount(ms.get(k))) return true;
        return false;
    }

    /**
     * Where the sentence gives statistics over a long period: a cumulative phrase, or "خلال / على مدى" just before
     * months, a month's name, or years; empty when nowhere.
     */
    private static int[] cumulative(SentenceScan s) {
        List<Integer> out = new java.util.ArrayList<>(s.cuePositions(Term.CueEffect.CUMULATIVE));
        out.removeIf(p -> s.describesAPlace(p, -1));
        List<Integer> durations = new java.util.ArrayList<>(s.cuePositions(Term.CueEffect.DURATION));
        // "خلال يوليو", "خلال الشهر الماضي": a whole month is a period too
        for (TermMatcher.Match<Term> m : s.matches) {
            if (first(m) instanceof Term.Month || first(m) instanceof Term.RelativeMonth rm && !rm.afterDayOnly()) durations.add(m.start());
        }
        for (int p : s.cuePositions(Term.CueEffect.PERIOD)) {
            for (int d : durations) {
                if (d > p && s.wordDistance(p, d) <= PERIOD_WORDS) {
                    out.add(p);
                    break;
                }
            }
        }
        List<Integer> counts = s.cuePositions(Term.CueEffect.EVENT_COUNT);
        if (!counts.isEmpty()) out.removeIf(p -> countsIncidents(s, p, counts));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether the period at {@code p} closes a count of incidents in its clause ("وهي الحادثة الثالثة من نوعها خلال
     * شهر"): it tells how often such incidents came, not how many died over it (cues.tsv, event_count).
     */
    private static boolean countsIncidents(SentenceScan s, int p, List<Integer> counts) {
        for (int c : counts) {
            if (c < p && s.wordDistance(c, p) <= EVENT_COUNT_WORDS && s.clauses().lastOpenerBetween(c, p) < 0) return true;
        }
        return false;
    }

    /**
     * A breakdown ("بينهم 4 أطفال") reaches on past commas ("ضمنهم ضابط، و14 آخرين") until a new count with a casualty
     * word of its own: "، كما سقط 6 قتلى ..."، "، و5 قتلى في مدينة ..." are counts of their own.
     */
    private static boolean inBreakdown(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, List<Integer> breakdowns) {
        int pos = ms.get(k).start();
        int cue = -1;
        for (int b : breakdowns) if (b < pos) cue = b;
        if (cue < 0) return false;
        int comma = s.lastCommaBetween(cue - 1, pos);
        if (comma < 0) return true;
        for (int j = k - 1; j >= 0 && ms.get(j).start() > comma; j--) if (isKilledOrWounded(ms.get(j))) return false;
        return !(k + 1 < ms.size() && s.wordDistance(ms.get(k).end(), ms.get(k + 1).start()) <= RIGHT_AFTER_WORDS
                && isKilledOrWounded(ms.get(k + 1)));
    }

    /** Whether the count at {@code j} stands in a breakdown whose cue comes after {@code countEnd} (the breakdown of that count). */
    private static boolean partOfThisCount(SentenceScan s, List<TermMatcher.Match<Term>> ms, int j, int countEnd, List<Integer> breakdowns) {
        boolean cueAfterCount = false;
        for (int b : breakdowns) if (b >= countEnd && b < ms.get(j).start()) cueAfterCount = true;
        return cueAfterCount && inBreakdown(s, ms, j, breakdowns);
    }

    /** Whether the number at {@code k} is followed right away by a breakdown word ("اثنان منهم", "ثلاث منهن"). */
    private static boolean partOfThem(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        if (k + 1 >= ms.size() || s.wordDistance(ms.get(k).end(), ms.get(k + 1).start()) > 1) return false;
        for (Term t : ms.get(k + 1).payloads()) if (t instanceof Term.Cue c && c.effect() == Term.CueEffect.BREAKDOWN) return true;
        return false;
    }

    /** Words that may stand between a part of a total and its place: "12 منهم في"، "15 قتيلا في"، "9 أشخاص في". */
    private static final Set<String> PART_WORDS = LexiconFile.normalizedWords("total_parts.tsv");

    /**
     * The figure at {@code pos} when it tells the part of a total already counted that fell at the place right after it
     * ("قتل 28 مدنيا في محافظة حلب، بينهم 15 في مدينة حلب"، "قتل 20 شخصا في غارات على كفرنبل وحاس، 12 منهم في كفرنبل"،
     * "قتل 20 مدنيا في ريف إدلب: 12 في كفرنبل و8 في حاس"); else null. A part follows a breakdown cue, has "منهم" right
     * after it, opens after a colon, or is joined by و to such a part; only words of total_parts.tsv may stand between
     * it and {@code placeStart}, so "بينهم 5 أطفال في B" (a kind of victim, not all the dead of B) is no part of B.
     *
     * @param previousPart the figure before it in the sentence was such a part
     */
    static Integer partOfATotal(SentenceScan s, int pos, int placeIntro, boolean previousPart) {
        List<TermMatcher.Match<Term>> ms = s.matches;
        int k = s.firstMatchAtOrAfter(pos);
        if (k >= ms.size() || ms.get(k).start() != pos || !isCount(ms.get(k))) return null;
        for (String w : ReportReader.SPACES.split(s.text.substring(ms.get(k).end(), placeIntro).trim())) {
            if (!w.isEmpty() && !PART_WORDS.contains(org.clashmap.text.ArabicNormalizer.normalize(w))) return null;
        }
        boolean part = inBreakdown(s, ms, k, s.cuePositions(Term.CueEffect.BREAKDOWN))
                || afterAColon(s, ms, k) || previousPart && joinedByWa(s, pos);
        if (!part) {
            int i = ms.get(k).end();
            while (i < s.end && s.text.charAt(i) == ' ') i++;
            part = s.text.startsWith("منهم", i) || s.text.startsWith("منها", i) || s.text.startsWith("منهن", i);
        }
        return part ? ((Term.NumberWord) numberOf(ms.get(k))).value() : null;
    }

    /** An opening bracket right before {@code pos} (spaces aside). */
    static boolean bracketed(SentenceScan s, int pos) {
        int i = pos - 1;
        while (i > s.start && Character.isWhitespace(s.text.charAt(i))) i--;
        return i >= s.start && s.text.charAt(i) == '(';
    }

    /**
     * The figure at {@code pos} in brackets with only words of total_parts.tsv or a killed word after it up to the closing
     * bracket ("بنش (6)"، "معرة النعمان (14 قتيلا)"): the part of a total that fell at the place before the bracket; else null.
     */
    static Integer partInBrackets(SentenceScan s, int pos) {
        List<TermMatcher.Match<Term>> ms = s.matches;
        int k = s.firstMatchAtOrAfter(pos);
        if (k >= ms.size() || ms.get(k).start() != pos || !isCount(ms.get(k)) || !bracketed(s, pos)) return null;
        int close = s.text.indexOf(')', ms.get(k).end());
        if (close < 0 || close > s.end) return null;
        for (String w : ReportReader.SPACES.split(s.text.substring(ms.get(k).end(), close).trim())) {
            if (!w.isEmpty() && !PART_WORDS.contains(org.clashmap.text.ArabicNormalizer.normalize(w))) return null;
        }
        return ((Term.NumberWord) numberOf(ms.get(k))).value();
    }

    /**
     * Only spaces between a colon and the figure at k, and before the colon the dead were counted: a killed word, and the
     * last figure before it no count of things ("ألقى الطيران 4 براميل: 2 في داريا و2 في المعضمية" breaks down barrels).
     */
    private static boolean afterAColon(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        int i = ms.get(k).start() - 1;
        while (i > s.start && Character.isWhitespace(s.text.charAt(i))) i--;
        if (s.text.charAt(i) != ':') return false;
        boolean killed = false;
        for (int j = k - 1; j >= 0; j--) {
            if (isCount(ms.get(j))) {
                boolean eventWordAfter = j + 1 < k && s.wordDistance(ms.get(j).end(), ms.get(j + 1).start()) <= RIGHT_AFTER_WORDS
                        && ms.get(j + 1).payloads().stream().anyMatch(p -> p instanceof Term.Trigger);
                if (countsThings(s, ms, j) || eventWordAfter) return false;
                break;
            }
        }
        for (int j = k - 1; j >= 0 && !killed; j--) {
            Term.Casualty c = casualtyOf(ms.get(j));
            killed = c != null && c.role() == Term.Role.KILLED;
        }
        return killed;
    }

    private static boolean isKilledOrWounded(TermMatcher.Match<Term> m) {
        Term.Casualty c = casualtyOf(m);
        return c != null && (c.role() == Term.Role.KILLED || c.role() == Term.Role.WOUNDED);
    }

    /** The negation cue a few words before pos, or -1. */
    private static int negatedBy(SentenceScan s, List<Integer> negations, int pos) {
        int found = -1;
        for (int n : negations) if (n < pos && s.wordDistance(n, pos) <= NEGATION_WORDS) found = n;
        return found;
    }

    /** One of the cues at {@code positions} is the word right before {@code pos}. */
    private static boolean rightAfterOneOf(SentenceScan s, List<Integer> positions, int pos) {
        for (int p : positions) if (p < pos && s.wordDistance(p, pos) <= RIGHT_AFTER_WORDS) return true;
        return false;
    }

    private static boolean between(List<Integer> positions, int from, int to) {
        for (int p : positions) if (p > from && p < to) return true;
        return false;
    }

    /** @param update in a toll update the earlier figure stands between the word and the new one ("القتلى من 20 إلى 30") */
    private static Term.Casualty casualtyFor(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k,
                                             List<Integer> negations, boolean update) {
        TermMatcher.Match<Term> num = ms.get(k);
        // The very next word: "8 قتلى", "42 قتيلاً", "3 جرحى"; or a word for things: "30 برميلاً" are no people.
        if (k + 1 < ms.size() && s.wordDistance(num.end(), ms.get(k + 1).start()) <= RIGHT_AFTER_WORDS) {
            TermMatcher.Match<Term> next = ms.get(k + 1);
            Term.Casualty c = casualty(s, next, negations);
            // "مقتل مدنيين اثنين وإصابة خمسة": a casualty word after the conjunction و starts the next count, not this
            // one's (وفاة is the one casualty word whose own first letter is و)
            boolean andNext = SentenceScan.opensWithAnd(s.text, next.start()) && !s.text.startsWith("وفا", next.start());
            // "وأصيب 5 بسقوط قذيفة": a weak word of falling with the clitic ب after the count is its cause (by the fall
            // of a shell), not its kind; the verb before it says who they are (no weak word begins with ب itself)
            boolean cause = c != null && c.weak() && s.text.charAt(next.start()) == 'ب';
            if (c != null && !andNext && !cause) return withTheWounded(s, ms, k + 1, c);
            Term.Casualty t = casualtyOf(next);
            if (t != null && (t.role() == Term.Role.THINGS || t.role() == Term.Role.CAPTURED)) return null;
            // a number right before an event word counts strikes, barrels or shells ("ألقت المروحيات 12 برميلا متفجرا"، the
            // weapon's phrase taking in the word of things), not the dead a casualty word after them tells
            if (t == null && next.payloads().stream().anyMatch(p -> p instanceof Term.Trigger)) return null;
        }
        // "سقط 30 شخصا بين قتيل وجريح"، "عشرات المدنيين قتلوا وجرحوا": the dead and the wounded named together after
        // the number count both, whatever word of falling comes before it.
        for (int j = k + 1; j + 1 < ms.size() && s.wordDistance(num.end(), ms.get(j).start()) <= AFTER_WORDS; j++) {
            if (isCount(ms.get(j))) break;
            Term.Casualty c = casualty(s, ms.get(j), negations);
            if (c != null && c.killed() && withTheWounded(s, ms, j, c) == KILLED_AND_WOUNDED) return KILLED_AND_WOUNDED;
        }
        // The nearest casualty word shortly before: "مقتل 34 عنصراً وجرح آخرين", "حصيلة القتلى ... إلى 30".
        // The new figure of a toll update ("ارتفع عدد القتلى جراء الغارات الجوية على مدينة X إلى 23") belongs to the
        // casualty word after the update cue, however long the phrase telling whose toll it is.
        int updateFrom = update ? updateCueBefore(s, num.start()) : -1;
        for (int j = k - 1; j >= 0 && (s.wordDistance(ms.get(j).end(), num.start()) <= BEFORE_WORDS
                || updateFrom >= 0 && ms.get(j).start() > updateFrom); j--) {
            if (isCount(ms.get(j)) && !update) break;
            if (captures(ms.get(j))) return null;
            Term.Casualty c = casualty(s, ms.get(j), negations);
            if (c != null) return withTheWounded(s, ms, j, c);
        }
        // A few words after: "5 من عناصر النظام قتلوا". Past the count's own breakdown: "أن تسعة مدنيين بينهم ثلاثة أطفال
        // قتلوا" (the children are part of the nine, so the verb after them is still the nine's).
        List<Integer> breakdowns = s.cuePositions(Term.CueEffect.BREAKDOWN);
        for (int j = k + 1; j < ms.size() && s.wordDistance(num.end(), ms.get(j).start()) <= AFTER_WORDS; j++) {
            if (isCount(ms.get(j)) && partOfThisCount(s, ms, j, num.end(), breakdowns)) continue;
            if (isCount(ms.get(j)) || captures(ms.get(j))) break;
            Term.Casualty c = casualty(s, ms.get(j), negations);
            if (c != null && !c.weak()) return withTheWounded(s, ms, j, c);
        }
        return null;
    }

    /**
     * "ارتفع عدد القتلى من 20 إلى 30 مدنيا": in a toll update the figure after من with إلى and a number right after it
     * is the toll before, restated by the new one; counted, it would add to it when their words name different sides.
     */
    private static boolean earlierFigure(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        TermMatcher.Match<Term> num = ms.get(k);
        int before = num.start();
        while (before > s.start && Character.isWhitespace(s.text.charAt(before - 1))) before--;
        if (before < s.start + 2 || !s.text.startsWith("من", before - 2) || before - 2 > s.start && !Character.isWhitespace(s.text.charAt(before - 3))) return false;
        if (k + 1 >= ms.size() || !isCount(ms.get(k + 1)) || s.wordDistance(num.end(), ms.get(k + 1).start()) > 2) return false;
        String between = s.text.substring(num.end(), ms.get(k + 1).start()).strip();
        return between.equals("إلى") || between.equals("الى");
    }

    /**
     * Numbers that are part of a place's name are no count: inside the name as the gazetteer read it ("حي الأربعين"),
     * and figures written right after it that no counted noun follows ("حي المزة 86 بدمشق"، "شبكة دير الزور 24 بمقتل"،
     * "حي المزة 86، ما أدى"). A count is followed by what it counts ("في مدينة حلب 12 مدنيا"، "في دير الزور 24
     * قتيلا"); a name's figure by punctuation, a word with the clitic و or ب, or a particle. Marked in {@code used},
     * as a date's numbers are.
     */
    static void markNumbersOfAName(SentenceScan s, int nameStart, int nameEnd, Set<Integer> used) {
        List<TermMatcher.Match<Term>> ms = s.matches;
        int k = s.firstMatchAtOrAfter(nameStart);
        for (; k < ms.size() && ms.get(k).start() < nameEnd; k++) {
            if (ms.get(k).end() <= nameEnd && numberOf(ms.get(k)) instanceof Term.NumberWord) used.add(ms.get(k).start());
        }
        if (k >= ms.size() || !isCount(ms.get(k)) || !Character.isDigit(s.text.charAt(ms.get(k).start()))) return;
        for (int i = nameEnd; i < ms.get(k).start(); i++) if (!Character.isWhitespace(s.text.charAt(i))) return;
        if (nothingCountedAfter(s, ms.get(k).end())) used.add(ms.get(k).start());
    }

    /** Particles a name's figure may be followed by ("المزة 86 ما أدى", "حمص 24 أن"). */
    private static final Set<String> PARTICLES = Set.of("ما", "مما", "أن", "إن", "عن", "في", "على", "إلى", "الى", "من", "حيث");

    private static boolean nothingCountedAfter(SentenceScan s, int pos) {
        int i = pos;
        while (i < s.end && s.text.charAt(i) == ' ') i++;
        if (i >= s.end || !Character.isLetter(s.text.charAt(i))) return true;
        int j = i;
        while (j < s.end && Character.isLetter(s.text.charAt(j))) j++;
        String word = s.text.substring(i, j);
        if (PARTICLES.contains(word)) return true;
        // "5 بينهم طفلان": a count of people with its breakdown
        if (word.startsWith("بين") || word.startsWith("منه")) return false;
        return word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ب');
    }

    /** A word of capture: the number it governs counts captives. */
    private static boolean captures(TermMatcher.Match<Term> m) {
        Term.Casualty c = casualtyOf(m);
        return c != null && c.role() == Term.Role.CAPTURED;
    }

    /**
     * A strong casualty word of the kind asked between {@code from} and match k, without the article: a new killing
     * ("وقتل عنصر"، "كما استشهد مقاتل"); "القتلى هم سيدة وطفلتها" names again the dead just counted.
     */
    private static boolean casualtyWordBetween(SentenceScan s, List<TermMatcher.Match<Term>> ms, int from, int k, boolean killed) {
        for (int j = k - 1; j >= 0 && ms.get(j).start() >= from; j--) {
            Term.Casualty c = casualtyOf(ms.get(j));
            if (c != null && !c.weak() && c.killed() == killed && (c.role() == Term.Role.KILLED || c.role() == Term.Role.WOUNDED)
                    && !definite(s.text, ms.get(j).start())) return true;
        }
        return false;
    }

    /** A count of the dead and the wounded together: how many of them died is not told. */
    private static final Term.Casualty KILLED_AND_WOUNDED = new Term.Casualty(Term.Role.LOSSES, false, 0, false);
    /** A toll with no word for whom it counts ("ارتفعت الحصيلة إلى 6"): the news mean the dead by it. */
    private static final Term.Casualty TOLL = new Term.Casualty(Term.Role.KILLED, false, 0, false);

    /**
     * "عشرات القتلى والجرحى"، "عشرات المدنيين قتلوا وجرحوا"، "30 شخصا بين قتيل وجريح"، "مقتل وإصابة 25": a killed word
     * joined by و to a wounded word right after it (or a wounded word right after a killed one) counts both together,
     * so the number gives no death toll (the annotation guide: dead not told, null). Not "مقتل 12 وجرح العشرات": a
     * number stands between, and each word has its own count.
     */
    private static Term.Casualty withTheWounded(SentenceScan s, List<TermMatcher.Match<Term>> ms, int j, Term.Casualty c) {
        if (c.killed() && j + 1 < ms.size() && joinedWounded(s, ms.get(j), ms.get(j + 1), Term.Role.WOUNDED)) return KILLED_AND_WOUNDED;
        if (c.role() == Term.Role.WOUNDED && j > 0 && joinedWounded(s, ms.get(j - 1), ms.get(j), Term.Role.KILLED)) return KILLED_AND_WOUNDED;
        return c;
    }

    /**
     * {@code second} right after {@code first}, opening with و, and {@code first} or {@code second} of the role asked;
     * when the wounded word comes second, it has no count of its own after it: "قتلوا وأصيب آخرون"، "قتلوا وأصيب أكثر
     * من مئة" tell the wounded apart, and none in itself: a dual ("سقوط قتيل وجريحين") is two wounded beside one dead.
     */
    private static boolean joinedWounded(SentenceScan s, TermMatcher.Match<Term> first, TermMatcher.Match<Term> second, Term.Role other) {
        if (s.wordDistance(first.end(), second.start()) > RIGHT_AFTER_WORDS || !SentenceScan.opensWithAnd(s.text, second.start())) return false;
        Term.Casualty c = casualtyOf(other == Term.Role.WOUNDED ? second : first);
        return c != null && c.role() == other && !c.weak()
                && (other != Term.Role.WOUNDED || c.count() != 2 && !ownCountAfter(s, second.end()));
    }

    /** How far a wounded word's own count may follow it ("وأصيب أكثر من مئة"). */
    private static final int OWN_COUNT_WORDS = 3;

    /** A number, or "others" (آخرون), a few words after {@code pos}. */
    private static boolean ownCountAfter(SentenceScan s, int pos) {
        for (int k = s.firstMatchAtOrAfter(pos); k < s.matches.size() && s.wordDistance(pos, s.matches.get(k).start()) <= OWN_COUNT_WORDS; k++) {
            if (isCount(s.matches.get(k))) return true;
        }
        int i = pos;
        while (i < s.end && Character.isWhitespace(s.text.charAt(i))) i++;
        return s.text.startsWith("آخر", i) || s.text.startsWith("اخر", i);
    }

    /**
     * The update cue whose new figure the number at {@code pos} is: "إلى" right before the number and the cue before it
     * ("ارتفع عدد القتلى ... إلى 23"); -1 for any other number (an earlier figure, a population, a date).
     */
    private static int updateCueBefore(SentenceScan s, int pos) {
        int end = pos;
        while (end > s.start && Character.isWhitespace(s.text.charAt(end - 1))) end--;
        int wordStart = end - 3;
        if (wordStart < s.start || wordStart > s.start && !Character.isWhitespace(s.text.charAt(wordStart - 1))) return -1;
        if (!s.text.startsWith("إلى", wordStart) && !s.text.startsWith("الى", wordStart)) return -1;
        int cue = -1;
        for (int p : s.cuePositions(Term.CueEffect.UPDATE)) if (p < pos) cue = p;
        return cue;
    }

    /**
     * A noun counting people counts only just after a (strong) casualty word: "مقتل طفلة", "أصيب رجل"; not when a
     * number has already given that kind of casualty in the sentence (it restates them), nor right after another
     * person noun without و (apposition).
     */
    private static Term.Casualty casualtyForPerson(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k,
                                                   List<Integer> negations) {
        TermMatcher.Match<Term> num = ms.get(k);
        // "ما أدى إلى مقتل سائقها، وهو طبيب": the person after "وهو" is the one just told
        for (int at : s.cuePositions(Term.CueEffect.APPOSITION)) if (at < num.start() && s.wordDistance(at, num.start()) <= 1) return null;
        // "طفلان شقيقان": a second person noun right after the first, without و, names the same people again.
        if (k >= 1 && numberOf(ms.get(k - 1)) instanceof Term.NumberWord p && p.implied() && s.text.charAt(num.start()) != 'و'
                && s.wordDistance(ms.get(k - 1).end(), num.start()) <= 1) return null;
        // "ضابط برتبة عقيد": the rank after "برتبة" is the officer just named
        if (k >= 1 && s.wordDistance(ms.get(k - 1).end(), num.start()) <= RIGHT_AFTER_WORDS) {
            Term.Casualty r = casualtyOf(ms.get(k - 1));
            if (r != null && r.role() == Term.Role.RANK) return null;
        }
        int timeWords = 0;
        for (int j = k - 1; j >= 0 && s.wordDistance(ms.get(j).end(), num.start()) - timeWords <= PERSON_WORDS; j--) {
            // "قتلت قوات النظام مساء أمس طفلين": a time adverb between the verb and its object does not part them
            if (dateWord(ms.get(j))) {
                timeWords += s.wordDistance(ms.get(j).start(), ms.get(j).end()) + 1 + (timeOfDayBefore(s, ms.get(j).start()) ? 1 : 0);
                continue;
            }
            // decision 072: nor the subject, however many words its name takes ("أعدمت هيئة تحرير الشام شخصين"), nor the
            // manner of the killing ("أعدم التنظيم رميا بالرصاص شابين")
            if (subjectOrManner(ms.get(j))) {
                timeWords += s.wordDistance(ms.get(j).start(), ms.get(j).end()) + 1;
                continue;
            }
            if (isCount(ms.get(j))) break;
            // "قتل شخصان برصاص قناص": the person after a word of the means of killing is the killer, not one more dead
            Term.Casualty means = casualtyOf(ms.get(j));
            if (means != null && means.role() == Term.Role.AGENT) return null;
            Term.Casualty c = casualty(s, ms.get(j), negations);
            if (c != null) return c.weak() ? fateRightAfter(s, ms, k, negations) : c;
        }
        return null;
    }

    private static final Set<String> TIMES_OF_DAY = LexiconFile.normalizedWords("times_of_day.tsv");

    /** An actor's name (the subject of the verb before it) or a manner of killing (casualties.tsv, role manner). */
    private static boolean subjectOrManner(TermMatcher.Match<Term> m) {
        for (Term t : m.payloads()) {
            if (t instanceof Term.ActorAlias || t instanceof Term.Casualty c && c.role() == Term.Role.MANNER) return true;
        }
        return false;
    }

    /** A word of a date: a weekday, "أمس"، "اليوم"، a month. */
    private static boolean dateWord(TermMatcher.Match<Term> m) {
        for (Term t : m.payloads()) {
            if (t instanceof Term.Weekday || t instanceof Term.RelativeDays || t instanceof Term.Month
                    || t instanceof Term.RelativeMonth rm && !rm.afterDayOnly()) return true;
        }
        return false;
    }

    /** The word right before {@code pos} opens a time adverb ("يوم"، "مساء"، "فجر"; times_of_day.tsv). */
    private static boolean timeOfDayBefore(SentenceScan s, int pos) {
        int end = pos;
        while (end > s.start && s.text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > s.start && Character.isLetter(s.text.charAt(start - 1))) start--;
        return start < end && TIMES_OF_DAY.contains(org.clashmap.text.ArabicNormalizer.normalize(s.text.substring(start, end)));
    }

    /**
     * "لقي مدني مصرعه"، "لقيت امرأة حتفها": after the weak verb, the person noun counts when the fate (a strong killed
     * word) follows it, right away or past the person's description, as a number's does in SOHR's formula ("لقي ضابط
     * برتبة عقيد في قوات النظام مصرعه"، "لقي عنصر من الفصائل حتفه"; decision 071): no other count or person between.
     */
    private static Term.Casualty fateRightAfter(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, List<Integer> negations) {
        for (int j = k + 1; j < ms.size() && s.wordDistance(ms.get(k).end(), ms.get(j).start()) <= AFTER_WORDS; j++) {
            Term.Casualty c = casualtyOf(ms.get(j));
            if (c != null && c.role() == Term.Role.RANK) {
                j++; // "برتبة عقيد": the rank is the person already counted
                continue;
            }
            if (numberOf(ms.get(j)) instanceof Term.NumberWord) return null;
            c = casualty(s, ms.get(j), negations);
            if (c != null) return !c.weak() && c.killed() ? c : null;
        }
        return null;
    }

    /** "قائد اللواء 47", "الفرقة 17": a number right after a unit's noun is the unit's name. */
    private static boolean unitsName(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k) {
        if (k == 0 || s.wordDistance(ms.get(k - 1).end(), ms.get(k).start()) > RIGHT_AFTER_WORDS) return false;
        Term.Casualty c = casualtyOf(ms.get(k - 1));
        return c != null && c.role() == Term.Role.UNIT;
    }

    /**
     * "رجل واحد", "طفلين اثنين": "one" and "two" may follow the noun they count, so right after a person noun that
     * counts as many, the number is those persons again.
     */
    private static boolean oneAfterItsPerson(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, Term.NumberWord n) {
        if (n.implied() || k == 0 || SentenceScan.opensWithAnd(s.text, ms.get(k).start())) return false;
        return numberOf(ms.get(k - 1)) instanceof Term.NumberWord p && p.implied() && n.value().equals(p.value())
                && s.wordDistance(ms.get(k - 1).end(), ms.get(k).start()) <= 1;
    }

    /** A number that is not a person noun (those do not cut a number off from its casualty word). */
    private static boolean isCount(TermMatcher.Match<Term> m) {
        return numberOf(m) instanceof Term.NumberWord nw && nw.value() != null && !nw.implied();
    }

    /** A killed or wounded word that is not negated. */
    private static Term.Casualty casualty(SentenceScan s, TermMatcher.Match<Term> m, List<Integer> negations) {
        Term.Casualty c = casualtyOf(m);
        if (c == null || (c.role() != Term.Role.KILLED && c.role() != Term.Role.WOUNDED)) return null;
        if (negatedBy(s, negations, m.start()) >= 0) return null;
        return c;
    }

    private static Term.Casualty casualtyOf(TermMatcher.Match<Term> m) {
        List<Term> ts = m.payloads();
        for (int i = 0; i < ts.size(); i++) if (ts.get(i) instanceof Term.Casualty c) return c;
        return null;
    }

    private static String sideAfter(SentenceScan s, List<TermMatcher.Match<Term>> ms, int k, Set<String> topics) {
        TermMatcher.Match<Term> num = ms.get(k);
        // "أعدم 3 أشخاص بتهمة التعامل مع التحالف": past a charge the side named is the accusation, not the dead's
        int charge = Integer.MAX_VALUE;
        for (int p : s.cuePositions(Term.CueEffect.CHARGE)) if (p >= num.end() && p < charge) charge = p;
        for (int j = k + 1; j < ms.size() && s.wordDistance(num.end(), ms.get(j).start()) <= SIDE_WORDS; j++) {
            if (isCount(ms.get(j)) || ms.get(j).start() >= charge) break;
            for (Term t : ms.get(j).payloads()) {
                if (t instanceof Term.ActorAlias a && (!a.needsTopic() || topics.contains(a.actorId()))) return a.actorId();
            }
            // "قتل راع بانفجار لغم من مخلفات تنظيم داعش": the side named after the means of the killing left or fired it
            if (meansOfKilling(ms.get(j))) break;
        }
        return null;
    }

    /** A weapon that kills from afar or by hiding ("لغم"، "عبوة"، "قذيفة"، "غارة"; triggers.tsv): whoever follows it owns it. */
    private static boolean meansOfKilling(TermMatcher.Match<Term> m) {
        for (Term t : m.payloads()) {
            if (t instanceof Term.Trigger tr && (tr.subType() == SubEventType.REMOTE_EXPLOSIVE)) return true;
        }
        return false;
    }

    /**
     * The number a match carries, whatever else it is: "مدني" is both the civilians' actor word and a count of one
     * after a casualty word ("قتل مدني").
     */
    private static Term numberOf(TermMatcher.Match<Term> m) {
        List<Term> ts = m.payloads();
        for (int i = 0; i < ts.size(); i++) if (ts.get(i) instanceof Term.NumberWord n) return n;
        return null;
    }

    private static Term first(TermMatcher.Match<Term> m) {
        return m.payloads().get(0);
    }
}
