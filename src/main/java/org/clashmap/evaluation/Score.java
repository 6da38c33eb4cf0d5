package org.clashmap.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counts of one scoring run and the figures derived from them, with score.py's names:
 * recall = must rows with a point within tolerance / must rows; precision = points near some must
 * or optional row / points; the date, type and fatality figures are over the matched must rows
 * (fatalities over those whose gold gives a number).
 *
 * @param details one line per miss, spurious point and matched-row error, for {@code --verbose}
 * @param errors  articles that could not be scored ("FILE: reason")
 */
public record Score(int must, int hit, int points, int pointsNearGold,
                    int datesNear, int datesInRange, int typesRight, int fatalityRows, int fatalitiesRight,
                    Map<ErrorKind, Integer> kinds, List<String> details, List<String> errors) {
    public Score {
        kinds = Map.copyOf(kinds);
        details = List.copyOf(details);
        errors = List.copyOf(errors);
    }

    public double recall() {
        return ratio(hit, must);
    }

    public double precision() {
        return ratio(pointsNearGold, points);
    }

    public double f1() {
        double r = recall(), p = precision();
        return r + p == 0 ? 0.0 : 2 * r * p / (r + p); // same operations, same double as score.py
    }

    /** Matched rows with a point dated within a day of the gold range (score.py "date ±1d"). */
    public double dateNear() {
        return ratio(datesNear, hit);
    }

    /** Matched rows with a point dated inside the gold range (score.py "inside gold range", its --min-date). */
    public double dateInRange() {
        return ratio(datesInRange, hit);
    }

    public double type() {
        return ratio(typesRight, hit);
    }

    public double fatalities() {
        return ratio(fatalitiesRight, fatalityRows);
    }

    public int count(ErrorKind k) {
        return kinds.getOrDefault(k, 0);
    }

    /** The headline, character for character as score.py prints its last line. */
    public String summaryLine() {
        return "location recall " + f2(recall()) + " (" + hit + "/" + must + ") precision " + f2(precision())
                + " (" + pointsNearGold + "/" + points + ") F1 " + f2(f1())
                + " | date ±1d " + f2(dateNear()) + ", inside gold range " + f2(dateInRange())
                + " | type " + f2(type()) + " fatalities " + f2(fatalities()) + " (" + fatalityRows + ")"
                + " | errors " + errors.size();
    }

    /** The error breakdown: one line per kind with its count, spurious kinds adding up to the spurious points. */
    public List<String> breakdownLines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "errors by kind (must rows %d, matched %d; points %d, spurious %d):",
                must, hit, points, points - pointsNearGold));
        for (ErrorKind k : ErrorKind.values()) {
            out.add(String.format(Locale.ROOT, "  %-26s %4d  %s", k.label, count(k), k.meaning));
        }
        return out;
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0.0 : (double) n / d;
    }

    /**
     * Python's '%.2f': the exact binary value rounded half-even. Java's own %.2f rounds the shortest
     * decimal half-up, which prints 0.615 (really 0.61499…) as 0.62 where Python prints 0.61.
     */
    static String f2(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
