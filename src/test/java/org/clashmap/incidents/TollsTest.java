package org.clashmap.incidents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TollsTest {
    static final LocalDate D = LocalDate.of(2015, 8, 3);

    static Tolls.Figure f(long report, LocalDate day, Integer dead) {
        return new Tolls.Figure(report, day, dead);
    }

    @Test
    void bestIsTheMostRecentReportsFigure() {
        // The jet on Ariha's market: 18 the day after, 12 in one paper, 31 two days on.
        assertEquals(new Tolls.Toll(12, 31, 31), Tolls.of(List.of(f(1, D, 18), f(2, D, 12), f(3, D.plusDays(2), 31))));
    }

    @Test
    void onTheSameDayTheFigureMostGiveThenTheLower() {
        assertEquals(new Tolls.Toll(12, 18, 18), Tolls.of(List.of(f(1, D, 18), f(2, D, 12), f(3, D, 18))));
        assertEquals(new Tolls.Toll(12, 12, 18), Tolls.of(List.of(f(1, D, 18), f(2, D, 12))));
    }

    @Test
    void theReportThatGaveTheBestFigureCarriesTheDeadInExports() {
        List<Tolls.Figure> ariha = List.of(f(1, D, 18), f(2, D, 12), f(3, D.plusDays(2), 31));
        assertEquals(3L, Tolls.countingReport(ariha, Tolls.of(ariha)));
        List<Tolls.Figure> sameDay = List.of(f(1, D, 18), f(2, D, 12), f(3, D, 18));
        assertEquals(1L, Tolls.countingReport(sameDay, Tolls.of(sameDay)), "the first report of the best figure");
        List<Tolls.Figure> none = List.of(f(4, D, null), f(5, D, null));
        assertEquals(4L, Tolls.countingReport(none, Tolls.of(none)), "no figure: the first report");
    }

    @Test
    void reportsWithoutNumberOrDayCountAsTheyShould() {
        assertEquals(Tolls.Toll.NONE, Tolls.of(List.of(f(1, D, null), f(2, D, null))));
        assertEquals(new Tolls.Toll(5, 9, 9), Tolls.of(List.of(f(1, null, 5), f(2, D, null), f(3, D.minusDays(1), 9))));
        assertEquals(new Tolls.Toll(0, 0, 3), Tolls.of(List.of(f(1, D.minusDays(1), 3), f(2, D, 0))), "0 (nobody died) is a figure");
    }

    @Test
    void aReportsMentionsAreAddedUp() {
        EventMention a = IncidentLinkerTest.m(1, 10, "a", org.clashmap.extract.EventType.BATTLES, D, D, null, List.of(), 3, "");
        EventMention b = IncidentLinkerTest.m(2, 10, "a", org.clashmap.extract.EventType.BATTLES, D, D, null, List.of(), 4, "");
        EventMention c = IncidentLinkerTest.m(3, 11, "b", org.clashmap.extract.EventType.BATTLES, D, D, null, List.of(), null, "");
        assertEquals(List.of(new Tolls.Figure(10, D, 7), new Tolls.Figure(11, D, null)), Tolls.figures(List.of(a, b, c)));
    }
}
