package org.clashmap.store;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.EventType;

import java.util.List;

/**
 * An event as stored, with the analyst's edits applied ({@link #edited} says whether any are).
 * Carries its provenance: article, file, outlet, sentence and span.
 */
public record StoredEvent(long id, Long articleId, String origin, String externalId,
                          EventType type, SubEventType subType, DateRange date,
                          Integer fatalities, Integer wounded, double confidence, ReviewStatus review,
                          String sentence, int charStart, int charEnd,
                          List<EventActor> actors, List<EventPlace> places,
                          String fileName, String outlet, boolean edited) {
    public StoredEvent {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }

    /** The actor in a role (first one), or null. */
    public String actor(org.clashmap.extract.ActorRole role) {
        return actors.stream().filter(a -> a.role() == role).map(EventActor::actorId).findFirst().orElse(null);
    }
}
