package org.clashmap.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dead and wounded by side ("" for people whose side the text does not give). Within a sentence
 * counts add up; across sentences about the same incident the larger count per side is kept, since a
 * later sentence usually restates or updates a toll rather than adding to it.
 */
final class Tally {
    static final String NO_SIDE = "";

    final Map<String, Integer> killed = new LinkedHashMap<>();
    final Map<String, Integer> wounded = new LinkedHashMap<>();

    void add(boolean isKilled, String side, int n) {
        (isKilled ? killed : wounded).merge(side == null ? NO_SIDE : side, n, Tally::saturatedSum);
    }

    /**
     * Counts add up without wrapping: text repeating "قتل 5" thousands of times (found by the fuzzer)
     * overflowed int into negative dead. Casualty counts are non-negative, so the cap is the only edge.
     */
    static int saturatedSum(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
    }

    void mergeMax(Tally other) {
        other.killed.forEach((k, v) -> killed.merge(k, v, Math::max));
        other.wounded.forEach((k, v) -> wounded.merge(k, v, Math::max));
    }

    boolean isEmpty() {
        return killed.isEmpty() && wounded.isEmpty();
    }

    Integer totalKilled() {
        return killed.isEmpty() ? null : killed.values().stream().reduce(0, Tally::saturatedSum);
    }

    Integer totalWounded() {
        return wounded.isEmpty() ? null : wounded.values().stream().reduce(0, Tally::saturatedSum);
    }
}
