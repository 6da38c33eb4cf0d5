package org.clashmap.store;

import org.clashmap.extract.EventType;

/**
 * Receives events as bare columns, one call per (event, place), edits applied: the lean way to
 * load a million events without building a million records with lists and strings. Events
 * without a place get one call with {@code hasPlace} false. Days are epoch days,
 * {@link #UNDATED} when the event has no date. {@code fatalities} is the event's total (-1
 * unknown), the same on each of its rows; {@code placeFatalities} is this place's share of it by
 * {@link org.clashmap.extract.FatalityShares} (-1 none), so the event's dead are drawn once.
 */
public interface IncidentRowSink {
    int UNDATED = Integer.MIN_VALUE;

    void row(long eventId, EventType type, int dayFrom, int dayTo, int fatalities, int placeFatalities, double eventConfidence,
             boolean rejected, boolean edited, boolean hasPlace, double lat, double lon, double precisionKm, double placeConfidence);

    /**
     * Told before the rows: at least this many will come (one per event at least), so a sink that keeps them can size
     * its columns once. A million rows gathered by doubling allocated about three times the columns' size, and on this
     * kind of machine every fresh megabyte the collector copies into costs the kernel's page clearing (decision 051).
     */
    default void expectAtLeast(long rows) {
    }

    /**
     * An event read as a record (edits applied) handed on as the lean scan hands on its rows: for a caller that reads
     * the records for another purpose anyway and draws them too (a choropleth counts them), so the events are read once.
     */
    static void rowsOf(StoredEvent e, IncidentRowSink sink) {
        boolean dated = e.date().isKnown();
        int from = dated ? (int) e.date().from().toEpochDay() : UNDATED, to = dated ? (int) e.date().to().toEpochDay() : UNDATED;
        int dead = e.fatalities() == null ? -1 : e.fatalities();
        boolean rejected = e.review() == ReviewStatus.REJECTED;
        java.util.List<org.clashmap.extract.EventPlace> places = e.places();
        if (places.isEmpty()) {
            sink.row(e.id(), e.type(), from, to, dead, -1, e.confidence(), rejected, e.edited(), false, 0, 0, 0, 0);
            return;
        }
        int[] own = new int[places.size()];
        for (int k = 0; k < own.length; k++) own[k] = places.get(k).fatalities() == null ? -1 : places.get(k).fatalities();
        for (int k = 0; k < own.length; k++) {
            org.clashmap.extract.EventPlace p = places.get(k);
            sink.row(e.id(), e.type(), from, to, dead, org.clashmap.extract.FatalityShares.share(dead, own, own.length, k), e.confidence(), rejected,
                    e.edited(), true, p.lat(), p.lon(), p.precisionKm(), p.confidence());
        }
    }
}
