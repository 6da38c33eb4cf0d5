package org.clashmap.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Aircraft brought down: a form of أسقط whose object is an aircraft ("أسقطت فصائل المعارضة طائرة حربية فوق اللطامنة")
 * tells a clash fought from the ground, where the aircraft word alone would make an air strike. The verb also tells an
 * aircraft dropping its load ("أسقطت طائرة مروحية أربعة براميل على داريا"), so an aircraft right after the verb, which
 * may be its subject, is its object only when no load word follows in the clause. The words are in downings.tsv.
 */
final class Downings {
    /** The subject between the verb and its object is a few words at most ("أسقط مقاتلو جيش الفتح طائرة"). */
    private static final int MAX_WORDS = 5;
    private static final Term.Trigger CLASH = new Term.Trigger(SubEventType.ARMED_CLASH, false, true, Term.Control.NONE, false);

    private Downings() {
    }

    /** A strong clash word on each verb of the sentence that brings an aircraft down, spanning the verb. */
    static List<TermMatcher.Match<Term>> in(SentenceScan scan, char[] chars, Lexicon lex) {
        List<Integer> verbs = scan.cuePositions(Term.CueEffect.DOWNING);
        if (verbs.isEmpty()) return List.of();
        List<TermMatcher.Match<Term>> out = new ArrayList<>(1);
        for (int verb : verbs) {
            int clauseEnd = scan.clauses().endOf(verb, scan.end);
            List<TermMatcher.Match<Term>> words = lex.aircraft.find(chars, verb, clauseEnd);
            for (int i = 0; i < words.size(); i++) {
                TermMatcher.Match<Term> w = words.get(i);
                int distance = scan.wordDistance(verb, w.start());
                if (distance > MAX_WORDS) break;
                if (distance < 1 || isLoad(w)) continue;
                if (distance == 1 && loadAfter(words, i)) break; // the aircraft drops something: its subject
                out.add(new TermMatcher.Match<>(verb, wordEnd(chars, verb, scan.end), List.of(CLASH)));
                break;
            }
        }
        return out;
    }

    private static boolean isLoad(TermMatcher.Match<Term> w) {
        for (Term t : w.payloads()) if (t instanceof Term.Aircraft a && a.load()) return true;
        return false;
    }

    private static boolean loadAfter(List<TermMatcher.Match<Term>> words, int i) {
        for (int k = i + 1; k < words.size(); k++) if (isLoad(words.get(k))) return true;
        return false;
    }

    private static int wordEnd(char[] chars, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isWhitespace(chars[i]) && chars[i] != '،' && chars[i] != ',') i++;
        return i;
    }
}
