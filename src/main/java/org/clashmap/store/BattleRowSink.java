package org.clashmap.store;

/**
 * Receives, during a lean scan ({@link EventStore#forEachIncidentRow(IncidentRowSink, BattleRowSink)}),
 * each place of each event of type BATTLES (edits applied) with what the control map needs of it and
 * the incident rows do not carry: the place's gazetteer id and relation (an offset point "60 km NE of
 * Palmyra" has one) and who fought. Deciding which of these rows are clashes (dated, not rejected) is
 * the control map's rule ({@code geo.control.ControlSources}), not the store's. Days as in
 * {@link IncidentRowSink}.
 */
public interface BattleRowSink {
    void battle(long eventId, int dayFrom, int dayTo, boolean rejected, String placeId, String relation, double lat, double lon,
                String actor1, String actor2);
}
