package org.clashmap.incidents;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * One report's mention of an incident, as the linker sees it (an event with the analyst's edits
 * applied, and its report's outlet and publication day).
 *
 * @param reportId  the stored report (article) it comes from
 * @param published the report's publication day, null when unknown
 * @param incident  the incident it belongs to, null while it has none
 */
public record EventMention(long eventId, long reportId, String outlet, LocalDate published, EventType type, DateRange date,
                      String actor1, String actor2, List<EventPlace> places, Integer fatalities, String sentence, Long incident) {
    public EventMention {
        places = List.copyOf(places);
        outlet = outlet == null ? "" : outlet;
    }
}
