package org.clashmap.store;

import java.util.ArrayList;
import java.util.List;

/** Battle rows held until they can be handed on in order (the second reader of a parallel lean load), as {@link IncidentRowBuffer}. */
final class BattleRowBuffer implements BattleRowSink {
    private record Row(long eventId, int dayFrom, int dayTo, boolean rejected, String placeId, String relation, double lat, double lon,
                       String actor1, String actor2) {
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public void battle(long eventId, int dayFrom, int dayTo, boolean rejected, String placeId, String relation, double lat, double lon,
                       String actor1, String actor2) {
        rows.add(new Row(eventId, dayFrom, dayTo, rejected, placeId, relation, lat, lon, actor1, actor2));
    }

    /** Hands every row on, in the order received, and forgets them. */
    void replayTo(BattleRowSink sink) {
        for (Row r : rows) sink.battle(r.eventId, r.dayFrom, r.dayTo, r.rejected, r.placeId, r.relation, r.lat, r.lon, r.actor1, r.actor2);
        rows.clear();
    }
}
