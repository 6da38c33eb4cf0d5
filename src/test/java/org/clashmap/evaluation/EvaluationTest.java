package org.clashmap.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path, extractor included, on three short reports written for this test
 * (src/test/resources/evaluation/reports) and a gold file that gets one error of each kind.
 * The expected last line is what score.py printed for the same files with the jar of the day:
 * {@code score.py target/clashmap.jar src/test/resources/evaluation/gold.json --dir src/test/resources/evaluation/reports}.
 * If the extractor's output on these reports changes, re-run score.py and update the figures.
 */
class EvaluationTest {
    static final Path DIR = Path.of(System.getProperty("clashmap.repo", ".")).resolve("src/test/resources/evaluation");
    static Score score;

    @BeforeAll
    static void run() throws IOException {
        score = new Evaluation().run(List.of(DIR.resolve("gold.json")), DIR.resolve("reports"));
    }

    @Test
    void lastLineIsScorePys() {
        // R 5/6, P 5/6 (the countrysides beside their villages and "القوات الكردية" are no longer points since the
        // place-or-not and region rules, 2026-12-02); of the 5 matched rows e2r1's date is days off, e2r2's a day off,
        // e2r2's type wrong; of 4 fatality rows e1r1's, e2r1's (0: "no one was killed") and, since nominative duals count
        // two (2026-12-03), the row of "مدنيان" are right. score.py prints the same line for the jar.
        assertEquals("location recall 0.83 (5/6) precision 0.83 (5/6) F1 0.83 | date ±1d 0.80, inside gold range 0.60"
                + " | type 0.80 fatalities 0.75 (4) | errors 0", score.summaryLine());
    }

    @Test
    void eachKindOnce() {
        assertEquals(1, score.count(ErrorKind.MISSED), "e3r1: the gold puts Ain Issa elsewhere");
        assertEquals(0, score.count(ErrorKind.REGION_BESIDE_VILLAGE), "the countrysides beside their villages are not output");
        assertEquals(1, score.count(ErrorKind.WRONG_HOMONYM), "Ain Issa, 132 km from where the gold puts it");
        assertEquals(0, score.count(ErrorKind.NOT_AN_INCIDENT), "\"القوات الكردية\" is no longer read as the village Kurdiyeh");
        assertEquals(2, score.count(ErrorKind.DATE_OUTSIDE_RANGE));
        assertEquals(1, score.count(ErrorKind.WRONG_TYPE), "al-Sanamayn: gold battle, extracted shelling");
        assertEquals(0, score.count(ErrorKind.FATALITIES_MISSING), "\"مدنيان\" (two civilians) counts two");
        assertEquals(1, score.count(ErrorKind.FATALITIES_WRONG), "Morek: gold 6, text and extractor 4");
        assertEquals(1, score.count(ErrorKind.FATALITIES_ZERO_VS_NULL), "al-Sanamayn: the gold says none, the text \"no casualties\" (0)");
        int spurious = score.count(ErrorKind.REGION_BESIDE_VILLAGE) + score.count(ErrorKind.WRONG_HOMONYM) + score.count(ErrorKind.NOT_AN_INCIDENT);
        assertEquals(score.points() - score.pointsNearGold(), spurious, "every spurious point has exactly one kind");
        assertTrue(score.details().stream().anyMatch(d -> d.contains("spurious [wrong homonym] e3.txt")), String.join("\n", score.details()));
    }

    @Test
    void aMissingReportIsAnErrorNotACrash() throws IOException {
        Score s = new Evaluation().run(List.of(DIR.resolve("gold.json")), DIR); // the reports are one folder down
        assertEquals(3, s.errors().size());
        assertTrue(s.errors().get(0).startsWith("e1.txt: "), s.errors().get(0));
        assertEquals(0, s.hit());
        assertEquals(6, s.must());
    }
}
