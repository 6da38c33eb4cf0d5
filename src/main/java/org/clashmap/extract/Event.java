package org.clashmap.extract;

import java.util.List;

/**
 * One incident found in a report, with its provenance (the exact sentence and its span).
 *
 * @param fatalities total dead, null when unknown (vague quantities coded as ACLED does)
 * @param wounded    total wounded, null when unknown
 * @param charStart  start of the source sentence in the report text; charEnd exclusive
 * @param confidence in [0,1]
 */
public record Event(EventType type, SubEventType subType, List<EventActor> actors, List<EventPlace> places,
                    DateRange date, Integer fatalities, Integer wounded,
                    String sentence, int charStart, int charEnd, double confidence) {
    public Event {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        if (subType != null && subType.type != type) throw new IllegalArgumentException(subType + " is not a " + type);
    }

    public String actor(ActorRole role) {
        return actors.stream().filter(a -> a.role() == role).map(EventActor::actorId).findFirst().orElse(null);
    }
}
