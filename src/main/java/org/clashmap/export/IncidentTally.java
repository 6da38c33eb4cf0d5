package org.clashmap.export;

import java.util.HashSet;
import java.util.Set;

/**
 * The export's rule for counting its rows, shared by every figure that adds them up (charts, the
 * choropleth of areas), so each figure's total is the export's for the same filter:
 * <ul>
 *   <li><b>fatalities</b>: a row adds its {@code fatalities} column (an incident told by several
 *       reports carries its dead on the rows of the report that gave the best figure; an event's dead
 *       are shared over its places);</li>
 *   <li><b>incidents</b>: a row adds 1 if it is the first row seen of its incident (events of no
 *       incident are their own), so each incident counts once, where its first row falls.</li>
 * </ul>
 * One tally per figure: it remembers the incidents it has counted. Not thread-safe.
 */
public final class IncidentTally {
    private final boolean fatalities;
    private final Set<String> counted = new HashSet<>();
    /** The incidents counted without a scope (every figure but a top-places chart), as numbers ({@link #incidentNumber}). */
    private final LongSet countedNumbers = new LongSet();

    public IncidentTally(boolean fatalities) {
        this.fatalities = fatalities;
    }

    /** What the row adds. */
    public long add(EventPoint p) {
        return add(p, "");
    }

    /**
     * What the row adds, counting an incident once per {@code scope} (a top-places chart counts an
     * incident at each of its places: the place is the scope).
     */
    public long add(EventPoint p, String scope) {
        if (fatalities) {
            Integer dead = p.dead().count();
            return dead == null ? 0 : dead;
        }
        if (scope.isEmpty()) return countedNumbers.add(incidentNumber(p)) ? 1 : 0;
        return counted.add(incidentKey(p) + scope) ? 1 : 0;
    }

    /** {@link #incidentKey} as a number: an incident's id twice, an event's (of no incident) twice and one. */
    private static long incidentNumber(EventPoint p) {
        Long id = p.incident() == null ? null : p.incident().incidentId();
        return id == null ? 2 * p.event().id() + 1 : 2 * id;
    }

    /** The incident a row belongs to, as the export counts incidents. */
    public static String incidentKey(EventPoint p) {
        Long id = p.incident() == null ? null : p.incident().incidentId();
        return id == null ? "e" + p.event().id() : "i" + id;
    }
}
