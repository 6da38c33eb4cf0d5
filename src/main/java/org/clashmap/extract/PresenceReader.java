package org.clashmap.extract;

import org.clashmap.gazetteer.Location;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Presence in one sentence: "مواقع للنظام في محيط السخنة" (regime positions around al-Sukhnah) says the regime holds
 * al-Sukhnah at the sentence's time. A post word of {@code presence.tsv} ("مواقع"، "حواجز"، "نقاط"، "مقرات") names its
 * owner right after it ("مواقع قوات النظام"، "مواقع للنظام"), possibly behind qualifiers and link words ("حواجز عسكرية
 * تابعة لـ"); the posts are at the first place after the owner that a place word introduces ("في"، "الواقعة") or
 * begins ("محيط السخنة"، "شمال المحطة الثالثة"), and at the places joined to it by و. The owner is whoever the posts
 * belong to, never the attacker.
 * <p>Every look-up is a binary search or a walk of a few words, so a sentence of a megabyte costs linear time.
 */
final class PresenceReader {
    /** Qualifiers, link words and a lone "لـ" a post's owner may stand behind: "مواقع عسكرية تابعة لـ". */
    private static final int OWNER_HOPS = 4;
    /**
     * Between a post's owner and the place word, at most this many other words: actor names, presence words, places
     * and a parenthesis do not count ("مواقع للنظام، تتبع للفرقة الحادية عشر دبابات، وأخرى للميليشيات الشيعية (...) الواقعة
     * شمال المحطة الثالثة").
     */
    private static final int OTHER_WORDS = 3;
    /** However many names stand between, the place word is at most this many words after the owner. */
    private static final int REACH_WORDS = 30;
    /** A "former" word this close after the post makes the posts someone's former ones ("مواقع النظام السابقة"). */
    private static final int FORMER_AFTER_WORDS = 4;

    /** Posts of one owner at one or more places. */
    record Found(int postStart, TermMatcher.Match<Term> owner, List<Location> places) {}

    private final SentenceScan scan;
    private final char[] chars;
    private final Function<TermMatcher.Match<Term>, String> actorOf;
    private final List<TermMatcher.Match<Term>> posts = new ArrayList<>();
    private final List<TermMatcher.Match<Term>> owners = new ArrayList<>();
    /** Owners of what is struck or taken: of posts and of targets, not of posts the fire came from. */
    private final Set<Integer> struckOwners = new HashSet<>();

    /** @param actorOf the actor id of a main-list match, or null (aliases that need a topic are resolved by the caller) */
    PresenceReader(SentenceScan scan, char[] chars, Function<TermMatcher.Match<Term>, String> actorOf) {
        this.scan = scan;
        this.chars = chars;
        this.actorOf = actorOf;
        for (TermMatcher.Match<Term> m : scan.presence) {
            Term.PresenceRole r = role(m);
            if (r != Term.PresenceRole.POST && r != Term.PresenceRole.TARGET || insideStateCue(m)) continue;
            TermMatcher.Match<Term> owner = ownerOf(m);
            if (owner == null) continue;
            if (!afterOrigin(m)) struckOwners.add(owner.start());
            if (r == Term.PresenceRole.TARGET) continue; // movements, ranks: no posts that say who holds a place
            posts.add(m);
            owners.add(owner);
        }
    }

    /** "من مواقع قوات الأسد": an origin word right before the post says the fire came from it. */
    private boolean afterOrigin(TermMatcher.Match<Term> post) {
        int w = scan.wordAt(post.start());
        if (w <= 0) return false;
        int from = scan.wordStart(w - 1);
        for (int k = SentenceScan.firstAtOrAfter(scan.presence, from); k < scan.presence.size() && scan.presence.get(k).start() < post.start(); k++) {
            if (role(scan.presence.get(k)) == Term.PresenceRole.ORIGIN) return true;
        }
        return false;
    }

    /**
     * Starts of the actor names that own what is attacked or taken ("مواقع للنظام"، "تحركات لإرهابيي داعش"): not who
     * acts. Not the owners of the posts the fire came from ("القصف من مواقع قوات الأسد"): they fired.
     */
    Set<Integer> ownerStarts() {
        return struckOwners;
    }

    /**
     * The posts with a place.
     *
     * @param places   the sentence's places, sorted by start and not overlapping
     * @param stop     nothing at or after it counts (a suppress cue: statements, warnings, accusations, purposes)
     * @param changeAt start of the first control change in the sentence: posts after it are what was taken or left
     */
    List<Found> find(List<Location> places, int stop, int changeAt) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            TermMatcher.Match<Term> post = posts.get(i), owner = owners.get(i);
            if (post.start() >= stop || post.start() > changeAt || formerAfter(post)) continue;
            List<Location> at = placesOfPosts(owner.end(), places, stop);
            if (!at.isEmpty()) out.add(new Found(post.start(), owner, at));
        }
        return out;
    }

    /**
     * The actor the posts belong to: named in the next word ("مواقع للنظام"، "حواجز النظام"), possibly after
     * qualifiers and link words ("مواقع عسكرية تابعة لـ"); any other word, or punctuation, in between and it is null
     * ("نقاطاً كانت قوات النظام قد سيطرت عليها": the regime is the subject of a clause there, not the owner).
     */
    private TermMatcher.Match<Term> ownerOf(TermMatcher.Match<Term> post) {
        int cursor = post.end();
        for (int hop = 0; hop < OWNER_HOPS; hop++) {
            int w = scan.wordAt(cursor - 1) + 1;
            if (w >= scan.words()) return null;
            int from = scan.wordStart(w), to = wordLimit(w + 1);
            if (clauseBreak(cursor, from)) return null;
            for (int k = scan.firstMatchAtOrAfter(from); k < scan.matches.size() && scan.matches.get(k).start() < to; k++) {
                TermMatcher.Match<Term> m = scan.matches.get(k);
                if (actorOf.apply(m) != null) return clauseBreak(from, m.start()) ? null : m;
            }
            TermMatcher.Match<Term> step = null;
            for (int k = SentenceScan.firstAtOrAfter(scan.presence, from); k < scan.presence.size() && scan.presence.get(k).start() < to; k++) {
                Term.PresenceRole r = role(scan.presence.get(k));
                if (r == Term.PresenceRole.QUALIFIER || r == Term.PresenceRole.LINK) step = scan.presence.get(k);
            }
            if (step != null) {
                cursor = step.end();
            } else if (lonePreposition(from, to)) {
                cursor = to; // "تابعة لـ “تنظيم الدولة”": the ل written apart
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * The places the posts are at: the first place after the owner that a place word introduces or begins, and the
     * places joined to it by و. Nothing when an event word, a casualty word or another post comes first, when more
     * than a few other words stand between, or when the place is beyond reach.
     */
    private List<Location> placesOfPosts(int from, List<Location> places, int stop) {
        List<Location> out = new ArrayList<>();
        int w = scan.wordAt(from - 1) + 1;
        int reachEnd = wordLimit(w + REACH_WORDS);
        int k = scan.firstMatchAtOrAfter(from);
        int other = 0, paren = 0;
        Location last = null;
        for (int p = firstPlaceAtOrAfter(places, from); p < places.size(); p++) {
            Location l = places.get(p);
            if (l.end() > stop) break;
            if (last != null) {
                int own = placeWordFor(l);
                // "في محيط السخنة ومحيط تدمر": joined by و, directly or on the second place's own place word
                if (!joined(last.end(), l.start()) && !(own >= last.end() && joined(last.end(), own))) break;
                if (!isBetween(l)) out.add(l);
                last = l;
                continue;
            }
            int at = placeWordFor(l);
            int limit = at >= 0 ? at : l.start();
            if (limit > reachEnd) break;
            for (; k < scan.matches.size() && scan.matches.get(k).start() < limit; k++) {
                for (Term t : scan.matches.get(k).payloads()) if (t instanceof Term.Trigger || (t instanceof Term.Casualty c && (c.role() == Term.Role.KILLED || c.role() == Term.Role.WOUNDED))) return out;
            }
            for (; w < scan.words() && scan.wordStart(w) < limit; w++) {
                int ws = scan.wordStart(w), we = wordEnd(ws);
                if (chars[ws] == '(') paren++;
                TermMatcher.Match<Term> pm = covering(scan.presence, ws);
                Term.PresenceRole r = pm == null ? null : role(pm);
                if (r == Term.PresenceRole.POST) return out;
                TermMatcher.Match<Term> mm = covering(scan.matches, ws);
                boolean free = paren > 0 || (mm != null && actorOf.apply(mm) != null) || (r != null && r != Term.PresenceRole.FORMER)
                        || coveringPlace(places, ws);
                if (!free && ++other > OTHER_WORDS) return out;
                for (int i = ws; i < we; i++) if (chars[i] == ')') paren = Math.max(0, paren - 1);
            }
            if (at < 0) continue; // a place named in passing, not where the posts are
            if (isBetween(l)) return out; // "بين بلدتي ..." locates, it is not held
            out.add(l);
            last = l;
        }
        return out;
    }

    private static boolean isBetween(Location l) {
        return l.relation() != null && l.relation().startsWith("between");
    }

    /** Start of the place word introducing l: ending right before it ("في"، "الواقعة") or beginning it ("محيط السخنة"); else -1. */
    private int placeWordFor(Location l) {
        List<TermMatcher.Match<Term>> ps = scan.presence;
        int k = SentenceScan.firstAtOrAfter(ps, l.start());
        if (k < ps.size() && ps.get(k).start() == l.start() && role(ps.get(k)) == Term.PresenceRole.AT) return l.start();
        if (k > 0) {
            TermMatcher.Match<Term> m = ps.get(k - 1);
            if (role(m) == Term.PresenceRole.AT && m.end() <= l.start() && onlySeparators(m.end(), l.start())) return m.start();
        }
        return -1;
    }

    /** "مواقع النظام السابقة": the posts were theirs once. */
    private boolean formerAfter(TermMatcher.Match<Term> post) {
        List<TermMatcher.Match<Term>> ps = scan.presence;
        for (int k = SentenceScan.firstAtOrAfter(ps, post.end()); k < ps.size(); k++) {
            if (scan.wordDistance(post.end(), ps.get(k).start()) > FORMER_AFTER_WORDS) break;
            if (role(ps.get(k)) == Term.PresenceRole.FORMER) return true;
        }
        return false;
    }

    /** "مواقع سيطرة التنظيم" is a state cue of the main list, which already decided what those words mean. */
    private boolean insideStateCue(TermMatcher.Match<Term> post) {
        for (int k = Math.max(0, scan.firstMatchAtOrAfter(post.start()) - 1); k < scan.matches.size(); k++) {
            TermMatcher.Match<Term> m = scan.matches.get(k);
            if (m.start() >= post.end()) break;
            if (m.end() <= post.start()) continue;
            for (Term t : m.payloads()) if (t instanceof Term.Cue c && c.effect() == Term.CueEffect.STATE) return true;
        }
        return false;
    }

    /** Only spaces and quotes between: the two touch. */
    private boolean onlySeparators(int from, int to) {
        for (int i = from; i < to; i++) if (!TermMatcher.isSeparator(chars[i]) && !TermMatcher.isIgnorable(chars[i])) return false;
        return true;
    }

    /** Two places joined by و (a comma may stand before it): "في محيط السخنة ومحيط تدمر". */
    private boolean joined(int from, int to) {
        int waw = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (TermMatcher.isSeparator(c) || TermMatcher.isIgnorable(c) || c == '،' || c == ',') continue;
            if (c == 'و' && waw == 0) {
                waw++;
                continue;
            }
            return false;
        }
        // the و may be a clitic on the second place's first word ("ومحيط تدمر")
        return waw == 1 || (to < scan.end && chars[to] == 'و');
    }

    /** Punctuation between a post and its owner: the actor named after it belongs to another clause. */
    private boolean clauseBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '،' || c == ',' || c == '.' || c == '؛' || c == ';' || c == ':' || c == '(' || c == ')') return true;
        }
        return false;
    }

    /** A word that is only the preposition ل (with tatweel or quotes): "لـ". */
    private boolean lonePreposition(int from, int to) {
        boolean lam = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (Character.isWhitespace(c) || TermMatcher.isIgnorable(c) || TermMatcher.isQuote(c)) continue;
            if (c == 'ل' && !lam) {
                lam = true;
                continue;
            }
            return false;
        }
        return lam;
    }

    /** Start of word w, or the sentence end when there is no such word. */
    private int wordLimit(int w) {
        return w < scan.words() ? scan.wordStart(w) : scan.end;
    }

    private int wordEnd(int ws) {
        int i = ws;
        while (i < scan.end && !Character.isWhitespace(chars[i])) i++;
        return i;
    }

    /** The match covering pos, or null: matches are sorted by start and do not overlap. */
    private static TermMatcher.Match<Term> covering(List<TermMatcher.Match<Term>> ms, int pos) {
        int k = SentenceScan.firstAtOrAfter(ms, pos + 1) - 1;
        return k >= 0 && pos < ms.get(k).end() ? ms.get(k) : null;
    }

    private static int firstPlaceAtOrAfter(List<Location> places, int pos) {
        int lo = 0, hi = places.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static boolean coveringPlace(List<Location> places, int pos) {
        int k = firstPlaceAtOrAfter(places, pos + 1) - 1;
        return k >= 0 && pos < places.get(k).end();
    }

    static Term.PresenceRole role(TermMatcher.Match<Term> m) {
        for (Term t : m.payloads()) if (t instanceof Term.Presence p) return p.role();
        return null;
    }
}
