package org.clashmap.export;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.store.StoredEvent;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One exported feature: an event at one of its places. An event reported at three places becomes
 * three points sharing its event_id, which is how ACLED and GIS tools expect point data.
 *
 * @param placeIndex position of the place within the event (0 for the first)
 */
public record EventPoint(StoredEvent event, EventPlace place, int placeIndex) {

    /** Every (event, place) pair of the events, in event order then place order. */
    public static List<EventPoint> of(List<StoredEvent> events) {
        return events.stream()
                .flatMap(e -> java.util.stream.IntStream.range(0, e.places().size()).mapToObj(i -> new EventPoint(e, e.places().get(i), i)))
                .toList();
    }

    /** Unique per feature: the event id alone when it is the event's first place. */
    public String featureId() {
        return placeIndex == 0 ? Long.toString(event.id()) : event.id() + "-" + (placeIndex + 1);
    }

    public String actor(ActorRole role) {
        return event.actors().stream().filter(a -> a.role() == role).map(EventActor::actorId).findFirst().orElse(null);
    }

    /** All actor ids, actor1 first, separated by ";" as ACLED separates associated actors. */
    public String actorList() {
        return event.actors().stream().map(EventActor::actorId).distinct().collect(Collectors.joining(";"));
    }

    public double lon() {
        return place.lon();
    }

    public double lat() {
        return place.lat();
    }

    public boolean dated() {
        return event.date().isKnown();
    }

    /** The name to show: Arabic as reported, else English. */
    public String placeName() {
        String ar = place.nameAr();
        return ar != null && !ar.isBlank() ? ar : place.nameEn() == null ? "" : place.nameEn();
    }
}
