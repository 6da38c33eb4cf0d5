package org.clashmap.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dead and wounded by side ("" for people whose side the text does not give). Within a sentence
 * counts add up (unless the sentence updates a toll: then the largest is kept); across sentences about the
 * same incident the larger count per side is kept, since a later sentence usually restates or updates a toll
 * rather than adding to it.
 * <p>Besides the numbers, what the text says without one: that people died ("قتلى", "خسائر بشرية": the
 * toll is unknown), that people were only wounded, or that nobody was hurt ("دون وقوع إصابات", "أضرار مادية").
 * The dead are then 0 when the text rules deaths out (nobody hurt, or only wounded and no word of death) and
 * null (unknown) when it says nothing, as the annotation guide asks.
 */
final class Tally {
    static final String NO_SIDE = "";

    final Map<String, Integer> killed = new LinkedHashMap<>();
    final Map<String, Integer> wounded = new LinkedHashMap<>();
    /** A word of death (or of human losses) without a number that was counted. */
    boolean deathsMentioned;
    /** A word of wounding, with or without a number. */
    boolean woundedMentioned;
    /** The text says no one was hurt, or only material damage. */
    boolean noneStated;
    /**
     * The dead were counted after a correction ("والصحيح أنهم 5"): this count replaces the one told before, even a larger
     * one, instead of being weighed against it (decision 072).
     */
    boolean corrected;

    void add(boolean isKilled, String side, int n) {
        (isKilled ? killed : wounded).merge(side == null ? NO_SIDE : side, n, Tally::saturatedSum);
        if (!isKilled) woundedMentioned = true;
    }

    /**
     * For a toll update: the number restates the total, it does not add to the one just counted; one that names no
     * side restates the whole toll ("قتل 5 مدنيين، ثم ارتفعت الحصيلة إلى 7": 7, not 12), as in {@link #mergeMax}.
     */
    void addMax(boolean isKilled, String side, int n) {
        mergeMax(isKilled ? killed : wounded, Map.of(side == null ? NO_SIDE : side, n));
        if (!isKilled) woundedMentioned = true;
    }

    /**
     * Counts add up without wrapping: text repeating "قتل 5" thousands of times (found by the fuzzer)
     * overflowed int into negative dead. Casualty counts are non-negative, so the cap is the only edge.
     */
    static int saturatedSum(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
    }

    void mergeMax(Tally other) {
        if (other.corrected && !other.killed.isEmpty()) killed.clear();
        corrected |= other.corrected;
        mergeMax(killed, other.killed);
        mergeMax(wounded, other.wounded);
        deathsMentioned |= other.deathsMentioned;
        woundedMentioned |= other.woundedMentioned;
        noneStated |= other.noneStated;
    }

    /**
     * The larger count per side; but a count that names no side restates the whole toll ("عدد ضحايا الحادث بلغ 25"
     * after "عشرات القتلى من المدنيين"), so it is weighed against the sum over sides, not added to it.
     */
    private static void mergeMax(Map<String, Integer> mine, Map<String, Integer> later) {
        boolean laterWhole = later.size() == 1 && later.containsKey(NO_SIDE), mineWhole = mine.size() == 1 && mine.containsKey(NO_SIDE);
        if (!mine.isEmpty() && laterWhole != mineWhole && (laterWhole || mineWhole)) {
            int a = mine.values().stream().reduce(0, Tally::saturatedSum), b = later.values().stream().reduce(0, Tally::saturatedSum);
            if (b > a) {
                mine.clear();
                mine.putAll(later);
            }
            return;
        }
        later.forEach((k, v) -> mine.merge(k, v, Math::max));
    }

    /** No number of dead or wounded (words without numbers aside). */
    boolean isEmpty() {
        return killed.isEmpty() && wounded.isEmpty();
    }

    /** Anything said about casualties: a number, a word of death or wounding, or that nobody was hurt. */
    boolean saysAnything() {
        return !isEmpty() || deathsMentioned || woundedMentioned || noneStated;
    }

    /** The dead: the count; else null when deaths are told without a number; else 0 when ruled out; else null. */
    Integer totalKilled() {
        if (!killed.isEmpty()) return killed.values().stream().reduce(0, Tally::saturatedSum);
        if (deathsMentioned) return null;
        return noneStated || woundedMentioned ? 0 : null;
    }

    Integer totalWounded() {
        if (!wounded.isEmpty()) return wounded.values().stream().reduce(0, Tally::saturatedSum);
        return noneStated && !woundedMentioned && !deathsMentioned ? 0 : null;
    }
}
