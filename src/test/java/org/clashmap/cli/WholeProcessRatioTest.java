package org.clashmap.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ratio a bench prints: medians, then the spread of the rounds paired in the order they ran. */
class WholeProcessRatioTest {
    private static WholeProcess.Summary summary(double median, Double... seconds) {
        return new WholeProcess.Summary("x", median, median, 0, 0, "", List.of(seconds));
    }

    @Test
    void pairsEachRoundWithThePeersRunOfTheSameRound() {
        // round 2 ran while the machine was busy for ClashMap only: 1.0 / 0.5 = 2.00, the others 1.50 and 1.20
        WholeProcess.Summary ours = summary(0.75, 0.75, 1.0, 0.6);
        WholeProcess.Summary peer = summary(0.5, 0.5, 0.5, 0.5);
        assertEquals("1.50× (rounds 1.20–2.00×)", WholeProcess.ratio(ours, peer));
    }

    @Test
    void oneRoundHasNoSpreadToShow() {
        assertEquals("1.50×", WholeProcess.ratio(summary(0.75, 0.75), summary(0.5, 0.5)));
    }

    @Test
    void aMissingOrFailedSideGivesADash() {
        assertEquals("–", WholeProcess.ratio(summary(0.75, 0.75, 0.8), null));
        WholeProcess.Summary failed = new WholeProcess.Summary("x", 1, 1, 0, 1, "boom", List.of(1.0, 1.0));
        assertEquals("–", WholeProcess.ratio(summary(0.75, 0.75, 0.8), failed));
    }
}
