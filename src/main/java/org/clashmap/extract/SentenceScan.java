package org.clashmap.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** One sentence with its lexicon matches (plus numbers written in digits) and word positions. */
final class SentenceScan {
    final String text;
    final int start;
    final int end;
    final List<TermMatcher.Match<Term>> matches;
    /** Matches of the presence list ({@code presence.tsv}); empty unless the sentence names an actor and a post or target word. */
    final List<TermMatcher.Match<Term>> presence;
    private final int[] wordStarts;

    /**
     * Starts of the cues of each effect, found in one pass on first use: casualty counting asks per trigger range,
     * and a sentence with thousands of triggers (a 1 MB line) must not be scanned whole once per range.
     */
    private List<Integer>[] cues;
    private static final Term.CueEffect[] EFFECTS = Term.CueEffect.values();
    /**
     * CasualtyCounter's answer to "where does this sentence give statistics over a long period?" (the starts of its
     * cumulative phrases, empty when none), kept once asked.
     */
    int[] statistics;
    /**
     * Where a phrase describing a place or a force by a lasting state opens: its qualifier and state cues
     * ({@link Term.CueEffect#QUALIFIER}, {@link Term.CueEffect#STATE}: "المحاصرة", "التي تحاصرها", "الخاضعة لسيطرة");
     * ReportReader sets them, empty until then.
     */
    List<Integer> qualifiers = List.of();

    /** Words from a qualifier to a date or span still told of the place it describes. */
    private static final int QUALIFIER_REACH = 6;

    /**
     * Whether a date or a span at {@code at} ends a phrase describing a place or a force that opens after {@code after}
     * ("داريا المحاصرة منذ سنوات", "البلدة التي تحاصرها قوات النظام منذ أشهر"): how long the place has been besieged or
     * held, not the incident's date nor a total over years. Further on ("أريحا التي تسيطر عليها المعارضة في محافظة
     * إدلب بشمال غرب البلاد يوم أمس") the date is the sentence's again.
     */
    boolean describesAPlace(int at, int after) {
        for (int q : qualifiers) if (q > after && q < at && wordDistance(q, at) <= QUALIFIER_REACH) return true;
        return false;
    }
    /** The report's characters (the sentence is [start, end) of them). */
    final char[] chars;
    /**
     * The sentence's clause boundaries, found on first use and once: suppression, asides, trigger runs, tolls by place
     * and running totals all ask for them, and tokenising a long sentence four times made reading it four times slower.
     */
    private Clauses clauses;

    Clauses clauses() {
        if (clauses == null) clauses = Clauses.of(chars, start, end);
        return clauses;
    }
    /** Positions of the sentence's commas and semicolons, in order (computed on first use). */
    private int[] commas;

    /** Starts of the cues of one effect, in order (unmodifiable). */
    @SuppressWarnings("unchecked")
    List<Integer> cuePositions(Term.CueEffect effect) {
        if (cues == null) {
            // One list per effect a match has (most sentences have few or no cues); a match counts once per effect.
            List<Integer>[] all = new List[EFFECTS.length];
            for (int k = 0; k < matches.size(); k++) {
                TermMatcher.Match<Term> m = matches.get(k);
                List<Term> ts = m.payloads();
                long seen = 0;
                for (int i = 0; i < ts.size(); i++) {
                    if (!(ts.get(i) instanceof Term.Cue c)) continue;
                    int e = c.effect().ordinal();
                    if ((seen & 1L << e) != 0) continue;
                    seen |= 1L << e;
                    if (all[e] == null) all[e] = new ArrayList<>(2);
                    all[e].add(m.start());
                }
            }
            for (int e = 0; e < all.length; e++) all[e] = all[e] == null ? List.of() : java.util.Collections.unmodifiableList(all[e]);
            cues = all;
        }
        return cues[effect.ordinal()];
    }

    /** The last comma or semicolon in (from, to), or -1. */
    int lastCommaBetween(int from, int to) {
        if (commas == null) {
            int[] c = new int[8];
            int n = 0;
            for (int i = start; i < end; i++) {
                char ch = text.charAt(i);
                if (ch == '،' || ch == ',' || ch == '؛' || ch == ';') {
                    if (n == c.length) c = java.util.Arrays.copyOf(c, n * 2);
                    c[n++] = i;
                }
            }
            commas = java.util.Arrays.copyOf(c, n);
        }
        int idx = java.util.Arrays.binarySearch(commas, to);
        int i = (idx >= 0 ? idx : -idx - 1) - 1;
        return i >= 0 && commas[i] > from ? commas[i] : -1;
    }

    /** Index of the first match starting at or after {@code pos} (matches are sorted by start). */
    int firstMatchAtOrAfter(int pos) {
        return firstAtOrAfter(matches, pos);
    }

    /** Index of the first of {@code ms} (sorted by start) starting at or after {@code pos}. */
    static int firstAtOrAfter(List<TermMatcher.Match<Term>> ms, int pos) {
        int lo = 0, hi = ms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ms.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private SentenceScan(String text, char[] chars, int start, int end, List<TermMatcher.Match<Term>> matches,
                         List<TermMatcher.Match<Term>> presence, int[] wordStarts) {
        this.text = text;
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.matches = matches;
        this.presence = presence;
        this.wordStarts = wordStarts;
    }

    static SentenceScan of(String text, char[] chars, int start, int end, Lexicon lexicon) {
        List<TermMatcher.Match<Term>>[] lists = lexicon.matcher.findEach(chars, start, end);
        List<TermMatcher.Match<Term>> found = lists[Lexicon.MAIN];
        addDigitNumbers(text, chars, start, end, found);
        found.sort(Comparator.comparingInt(TermMatcher.Match::start));
        joinCompoundNumbers(text, found);
        dropAdjectivesAfterNoMeans(chars, start, found, lexicon);
        int[] words = new int[16];
        int n = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            boolean w = c >= 0x0621 && c <= 0x064A || !TermMatcher.isWhitespace(c); // Arabic letters are most chars
            if (w && !inWord) {
                if (n == words.length) words = Arrays.copyOf(words, n * 2);
                words[n++] = i;
            }
            inWord = w;
        }
        return new SentenceScan(text, chars, start, end, found, presenceMatches(found, lists[Lexicon.PRESENCE]), Arrays.copyOf(words, n));
    }

    /** Words before a nationality adjective in which its strike or means may lie ("قصف مدفعي تركي"). */
    private static final int MEANS_WORDS = 2;

    /**
     * A nationality adjective ("تركي", "أمريكية") names its state's forces right after a strike or the means of one
     * ("قصف مدفعي تركي", "غارات جوية تركية", "طائرات حربية تركية", "غارة أمريكية"): an event word, a projectile or an
     * aircraft word within {@link #MEANS_WORDS} words before it. After anything else ("قرب الحدود التركية", "الأراضي
     * التركية") it is no party, and its match goes.
     */
    private static void dropAdjectivesAfterNoMeans(char[] chars, int start, List<TermMatcher.Match<Term>> found, Lexicon lexicon) {
        for (int k = found.size() - 1; k >= 0; k--) {
            TermMatcher.Match<Term> m = found.get(k);
            if (!(m.payloads().get(0) instanceof Term.ActorAlias a) || !a.afterMeans()) continue;
            int from = wordsBefore(chars, start, m.start(), MEANS_WORDS);
            boolean means = false;
            for (int j = k - 1; j >= 0 && found.get(j).end() > from && !means; j--) {
                for (Term t : found.get(j).payloads()) means |= t instanceof Term.Trigger;
            }
            if (!means) means = !lexicon.projectiles.find(chars, from, m.start()).isEmpty() || !lexicon.airContext.find(chars, from, m.start()).isEmpty();
            if (!means) found.remove(k);
        }
    }

    /** Where the {@code words}-th word before {@code at} starts (not before {@code start}). */
    private static int wordsBefore(char[] chars, int start, int at, int words) {
        int i = at;
        for (int w = 0; w < words; w++) {
            while (i > start && Character.isWhitespace(chars[i - 1])) i--;
            while (i > start && !Character.isWhitespace(chars[i - 1])) i--;
        }
        return i;
    }

    /** The presence words {@code p}, kept only when the sentence names an actor (a post needs an owner). */
    private static List<TermMatcher.Match<Term>> presenceMatches(List<TermMatcher.Match<Term>> found, List<TermMatcher.Match<Term>> p) {
        boolean actor = false;
        for (TermMatcher.Match<Term> m : found) {
            for (Term t : m.payloads()) actor |= t instanceof Term.ActorAlias;
            if (actor) break;
        }
        if (!actor) return List.of();
        for (TermMatcher.Match<Term> m : p) {
            for (Term t : m.payloads()) {
                if (t instanceof Term.Presence pr && (pr.role() == Term.PresenceRole.POST || pr.role() == Term.PresenceRole.TARGET)) return p;
            }
        }
        return List.of();
    }

    /**
     * Number words joined by و add up: "ثلاثة وعشرين" is 23, "مئة وخمسون" 150, "امرأة وابنتها" 2. (The و is a clitic on the
     * second word, so its match starts with it.) Digits are left alone: "14 و15 أيار" are two days.
     */
    private static void joinCompoundNumbers(String text, List<TermMatcher.Match<Term>> found) {
        for (int k = found.size() - 2; k >= 0; k--) {
            TermMatcher.Match<Term> a = found.get(k);
            TermMatcher.Match<Term> b = found.get(k + 1);
            if (!(a.payloads().get(0) instanceof Term.NumberWord na) || !(b.payloads().get(0) instanceof Term.NumberWord nb)) continue;
            if (na.value() == null || nb.value() == null) continue;
            if (nb.value() == 1000 && !na.implied() && text.charAt(b.start()) != 'و' && adjacent(text, a.end(), b.start())) {
                // "230 ألف", "ثلاثة آلاف" are thousands: the number multiplies (saturating like the digits' parser).
                int v = (int) Math.min(Integer.MAX_VALUE, (long) na.value() * 1000);
                found.set(k, new TermMatcher.Match<>(a.start(), b.end(), List.of(new Term.NumberWord(v))));
                found.remove(k + 1);
                continue;
            }
            if (Character.isDigit(text.charAt(a.start())) || !opensWithAnd(text, b.start())) continue;
            boolean adjacent = true;
            for (int i = a.end(); i < b.start(); i++) adjacent &= Character.isWhitespace(text.charAt(i));
            if (!adjacent) continue;
            found.set(k, new TermMatcher.Match<>(a.start(), b.end(),
                    List.of(new Term.NumberWord(na.value() + nb.value(), na.implied() && nb.implied()))));
            found.remove(k + 1);
        }
    }

    /** A word opening with the clitic و ("and"): not واحد ("رجل واحد"), whose و is the word's own first letter. */
    static boolean opensWithAnd(String text, int pos) {
        return text.charAt(pos) == 'و' && !text.startsWith("واحد", pos);
    }

    /** The number of values in the sorted array below {@code key}. */
    private static int lowerBound(int[] sorted, int key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static boolean adjacent(String text, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** Digit runs in any script (٣٠, 30, ۳۰); decimals like 14.5 are calibres, not counts, and are skipped. */
    private static void addDigitNumbers(String text, char[] chars, int start, int end, List<TermMatcher.Match<Term>> found) {
        int i = start;
        // The lexicon's matches by start, with the furthest end reached so far: "does one overlap [s, e)?"
        // is then a binary search, not a walk over every match of the sentence (quadratic on a huge line).
        // Numbers added below never overlap each other, so only the lexicon's matches need asking.
        int[] order = byStart(found);
        int[] startsSorted = new int[order.length], maxEnd = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            TermMatcher.Match<Term> m = found.get(order[k]);
            startsSorted[k] = m.start();
            maxEnd[k] = Math.max(m.end(), k > 0 ? maxEnd[k - 1] : Integer.MIN_VALUE);
        }
        while (i < end) {
            if (!isDigit(chars[i])) { i++; continue; }
            int s = i;
            long v = 0;
            while (i < end && isDigit(chars[i])) {
                // Saturate: a run of 20+ digits must not wrap negative and pass the size check below.
                if (v <= 100_000) v = v * 10 + Character.digit(chars[i], 10);
                i++;
            }
            boolean decimal = i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == '٫' || text.charAt(i) == ',')
                    && Character.isDigit(text.charAt(i + 1));
            // Glued to a Latin letter it is a model name (T62, F16); after و or ب it is still a number ("و80 جريحاً").
            boolean glued = s > start && text.charAt(s - 1) < 128 && Character.isLetter(text.charAt(s - 1));
            if (decimal) {
                while (i < end && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '٫' || text.charAt(i) == ',')) i++;
                continue;
            }
            if (glued || v > 100_000) continue;
            int before = lowerBound(startsSorted, i); // matches starting before this number's end
            boolean inside = before > 0 && maxEnd[before - 1] > s;
            if (!inside) found.add(new TermMatcher.Match<>(s, i, List.of(new Term.NumberWord((int) v))));
        }
    }

    /**
     * Indexes of the matches in order of start, ties in list order (a stable sort). The matcher gives them in
     * order already, so that is checked first; sorting packed longs spares the JIT a comparator's sort.
     */
    static int[] byStart(List<TermMatcher.Match<Term>> ms) {
        int n = ms.size();
        int[] order = new int[n];
        boolean ascending = true;
        for (int k = 0; k < n; k++) {
            order[k] = k;
            ascending &= k == 0 || ms.get(k - 1).start() <= ms.get(k).start();
        }
        if (ascending) return order;
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) packed[k] = (long) ms.get(k).start() << 32 | k;
        Arrays.sort(packed);
        for (int k = 0; k < n; k++) order[k] = (int) packed[k];
        return order;
    }

    /** {@link Character#isDigit}, answered without its Unicode tables for the ASCII and Arabic letters most text is. */
    private static boolean isDigit(char c) {
        // Character.isDigit's answer without its Unicode tables for the chars of Arabic text (marks, punctuation and
        // letters of the Arabic block are asked here too): no decimal digit lies below U+0660 but the ASCII ones, and the
        // Arabic block's are its two rows of ten.
        if (c < 0x0660) return c >= '0' && c <= '9';
        if (c <= 0x06FF) return c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9;
        return Character.isDigit(c);
    }

    /** True when the sentence has a post word and names an actor: it may say who holds a place. */
    boolean hasPresence() {
        return !presence.isEmpty();
    }

    /** Number of words in the sentence. */
    int words() {
        return wordStarts.length;
    }

    /** Start of the k-th word. */
    int wordStart(int k) {
        return wordStarts[k];
    }

    /** True when the sentence counts dead: a toll told on its own may belong to the incident before it. */
    boolean hasKilled() {
        for (TermMatcher.Match<Term> m : matches) {
            for (Term t : m.payloads()) if (t instanceof Term.Casualty c && c.killed()) return true;
        }
        return false;
    }

    boolean hasTrigger() {
        for (int k = 0; k < matches.size(); k++) {
            List<Term> ts = matches.get(k).payloads();
            for (int i = 0; i < ts.size(); i++) {
                Term t = ts.get(i);
                // a verb of downing is an event word when an aircraft is its object (Downings); asked here in the same
                // walk, not through cuePositions, which would build every cue list of every sentence of the report
                if (t instanceof Term.Trigger || t instanceof Term.Cue c && c.effect() == Term.CueEffect.DOWNING) return true;
            }
        }
        return false;
    }

    /** Index of the word containing (or following) position pos. */
    int wordAt(int pos) {
        int k = Arrays.binarySearch(wordStarts, pos);
        return k >= 0 ? k : Math.max(0, -k - 2);
    }

    int wordDistance(int fromPos, int toPos) {
        return wordAt(toPos) - wordAt(fromPos);
    }

    String sentence() {
        return text.substring(start, end);
    }
}
