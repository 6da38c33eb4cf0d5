package org.clashmap.store;

import org.clashmap.incidents.Tolls;

/**
 * What the exports and the map say about an event's incident: its id (null for imported events,
 * which are no report's mention), how many reports and distinct outlets support it, and its dead
 * as low / best / high (Tolls).
 */
public record IncidentFacts(Long incidentId, int reports, int outlets, Integer low, Integer best, Integer high, Long countingReport) {
    public IncidentFacts(Long incidentId, int reports, int outlets, Integer low, Integer best, Integer high) {
        this(incidentId, reports, outlets, low, best, high, null);
    }

    /** An event on its own (imported, or not linked): one report, its own toll. */
    public static IncidentFacts single(StoredEvent e) {
        return new IncidentFacts(null, 1, 1, e.fatalities(), e.fatalities(), e.fatalities(), null);
    }

    static IncidentFacts of(long id, int reports, int outlets, Tolls.Toll t, Long countingReport) {
        return new IncidentFacts(id, reports, outlets, t.low(), t.best(), t.high(), countingReport);
    }

    /** The report an event is a mention of, as incidents count reports (an event with no article is its own report). */
    public static long reportOf(StoredEvent e) {
        return e.articleId() == null ? -e.id() : e.articleId();
    }

    /**
     * Whether this event's rows carry its dead in the summable {@code fatalities} column: always for an event on its
     * own; for an incident of several reports, only the mentions of the report that gave its best figure, so a
     * column total counts each incident once (Tolls.countingReport).
     */
    public boolean countsDeadOf(StoredEvent e) {
        return countsDeadOf(e.id(), e.articleId());
    }

    /** As above, for the event {@code eventId} of report {@code articleId} (null: an event with no article). */
    public boolean countsDeadOf(long eventId, Long articleId) {
        return countingReport == null || reports <= 1 || countingReport == (articleId == null ? -eventId : articleId);
    }

    /** Reported by two or more independent outlets. */
    public boolean corroborated() {
        return outlets >= 2;
    }
}
