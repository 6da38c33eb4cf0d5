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
}
