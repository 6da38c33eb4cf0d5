package org.clashmap.store;

import org.clashmap.incidents.Tolls;

/**
 * What the exports and the map say about an event's incident: its id (null for imported events,
 * which are no report's mention), how many reports and distinct outlets support it, and its dead
 * as low / best / high (Tolls).
 */
public record IncidentFacts(Long incidentId, int reports, int outlets, Integer low, Integer best, Integer high) {
    /** An event on its own (imported, or not linked): one report, its own toll. */
    public static IncidentFacts single(StoredEvent e) {
        return new IncidentFacts(null, 1, 1, e.fatalities(), e.fatalities(), e.fatalities());
    }

    static IncidentFacts of(long id, int reports, int outlets, Tolls.Toll t) {
        return new IncidentFacts(id, reports, outlets, t.low(), t.best(), t.high());
    }

    /** Reported by two or more independent outlets. */
    public boolean corroborated() {
        return outlets >= 2;
    }
}
