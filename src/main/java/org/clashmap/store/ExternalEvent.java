package org.clashmap.store;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.SubEventType;

import java.util.List;

/**
 * An event that comes from a dataset rather than from a report: imported (UCDP, ACLED) or
 * synthetic. It has no article; its provenance is its origin, its id in that dataset and the outlet.
 *
 * @param origin     "ucdp", "acled" or "synthetic": the layer the UI toggles
 * @param externalId id in the dataset; (origin, externalId) is unique in the database
 * @param sentence   the dataset's own words for the event (UCDP source_headline, ACLED notes)
 * @param notes      where and how it was coded (place names, conflict, death range), for the analyst
 */
public record ExternalEvent(String origin, String externalId, EventType type, SubEventType subType, DateRange date,
                            Integer fatalities, List<EventActor> actors, EventPlace place,
                            String sentence, String notes, String outlet, double confidence) {
    public ExternalEvent {
        if (origin == null || origin.isBlank()) throw new IllegalArgumentException("origin is required");
        if (externalId == null || externalId.isBlank()) throw new IllegalArgumentException("external id is required");
        if (subType != null && subType.type != type) throw new IllegalArgumentException(subType + " is not a " + type);
        actors = List.copyOf(actors);
    }
}
