package org.clashmap.export;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.FatalityShares;
import org.clashmap.extract.FatalityShares.Share;
import org.clashmap.store.IncidentFacts;
import org.clashmap.store.StoredEvent;

import java.util.Map;

import java.util.List;

/**
 * One exported feature: an event at one of its places. An event reported at three places becomes
 * three points sharing its event_id, which is how ACLED and GIS tools expect point data. The
 * event's dead are spread over its points by {@link FatalityShares} (its own count where the text
 * gives one, the rest on the first point), so the points of an event add up to its toll.
 *
 * @param placeIndex position of the place within the event (0 for the first)
 * @param dead       this point's share of the event's dead
 * @param wounded    this point's share of the event's wounded (all on the first point)
 * @param incident   the incident the event is a mention of: its reports, outlets and low / best / high dead (decision 021)
 */
public record EventPoint(StoredEvent event, EventPlace place, int placeIndex, Share dead, Share wounded, IncidentFacts incident) {

    public EventPoint(StoredEvent event, EventPlace place, int placeIndex, Share dead, Share wounded) {
        this(event, place, placeIndex, dead, wounded, IncidentFacts.single(event));
    }

    /** The point of an event's {@code placeIndex}-th place, its shares by the rule. */
    public EventPoint(StoredEvent event, EventPlace place, int placeIndex) {
        this(event, place, placeIndex, FatalityShares.of(event.fatalities(), event.places()).get(placeIndex),
                FatalityShares.wounded(event.wounded(), event.places().size()).get(placeIndex));
    }

    /** Every (event, place) pair of the events, in event order then place order, each event its own incident. */
    public static List<EventPoint> of(List<StoredEvent> events) {
        return of(events, Map.of());
    }

    /** As above, with each event's incident facts (events missing from the map are their own incident). */
    public static List<EventPoint> of(List<StoredEvent> events, Map<Long, IncidentFacts> incidents) {
        return events.stream().flatMap(e -> of(e, incidents).stream()).toList();
    }

    /** One event's points, in place order, with its incident's facts (its own incident when missing from the map). */
    public static List<EventPoint> of(StoredEvent e, Map<Long, IncidentFacts> incidents) {
        IncidentFacts f = incidents.getOrDefault(e.id(), IncidentFacts.single(e));
        // an incident told by several reports counts its dead on the rows of one of them (the best figure's)
        List<Share> dead = f.countsDeadOf(e) ? FatalityShares.of(e.fatalities(), e.places())
                : java.util.Collections.nCopies(e.places().size(), Share.COUNTED_ELSEWHERE);
        List<Share> wounded = FatalityShares.wounded(e.wounded(), e.places().size());
        // a loop, not a stream: this runs once per exported event
        EventPoint[] points = new EventPoint[e.places().size()];
        for (int i = 0; i < points.length; i++) points[i] = new EventPoint(e, e.places().get(i), i, dead.get(i), wounded.get(i), f);
        return List.of(points);
    }

    /** Unique per feature: the event id alone when it is the event's first place. */
    public String featureId() {
        return placeIndex == 0 ? Long.toString(event.id()) : event.id() + "-" + (placeIndex + 1);
    }

    public String actor(ActorRole role) {
        for (EventActor a : event.actors()) if (a.role() == role) return a.actorId(); // a loop: this runs per column per feature
        return null;
    }

    /** All actor ids, actor1 first, separated by ";" as ACLED separates associated actors. */
    public String actorList() {
        List<EventActor> all = event.actors();
        if (all.size() == 1) return all.get(0).actorId();
        // a loop, not a stream: this runs once per feature
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (EventActor a : all) ids.add(a.actorId());
        return String.join(";", ids);
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
