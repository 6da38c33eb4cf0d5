package org.clashmap.datasets;

import org.clashmap.geodesy.Geodesy;

import org.clashmap.store.DatasetStore;
import org.clashmap.store.DatedEventPlace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which extracted events an imported dataset also records. Two events agree when a place of one
 * lies within the larger of the two precision radii of a place of the other (haversine) and their
 * date ranges overlap. The larger radius, not the sum: an event vaguely placed "in Deir ez-Zor
 * governorate" (100 km) should meet a precise report from Albu Kamal, but two precise points 3 km
 * apart are two villages, not one.
 */
public final class Agreement {
    /** An imported event matching an extracted one, and how far apart their nearest places are. */
    public record Match(DatedEventPlace imported, double distanceKm) {}

    /** One extracted event (its first place stands for it) with its matches, nearest first. */
    public record Result(DatedEventPlace extracted, List<Match> matches) {}

    private final SpaceTimeIndex index;

    public Agreement(List<DatedEventPlace> imported) {
        this.index = new SpaceTimeIndex(imported);
    }

    /** Compares every dated, placed extracted event in the store with the events of one origin. */
    public static List<Result> compare(DatasetStore store, String source) {
        return new Agreement(store.points(source)).compareAll(store.points("extracted"));
    }

    /** Groups points by event (an event may have several places) and matches each event. */
    public List<Result> compareAll(List<DatedEventPlace> extracted) {
        Map<Long, List<DatedEventPlace>> byEvent = new LinkedHashMap<>();
        for (DatedEventPlace p : extracted) byEvent.computeIfAbsent(p.eventId(), k -> new ArrayList<>()).add(p);
        List<Result> out = new ArrayList<>(byEvent.size());
        for (List<DatedEventPlace> places : byEvent.values()) out.add(new Result(places.get(0), matches(places)));
        return out;
    }

    /** Imported events agreeing with any of the places of one event, each once, nearest first. */
    public List<Match> matches(List<DatedEventPlace> places) {
        Map<Long, Match> best = new LinkedHashMap<>();
        for (DatedEventPlace p : places) {
            // Candidates: envelopes within the sum of radii (a superset); exact test below.
            for (DatedEventPlace c : index.candidates(p.lat(), p.lon(), p.precisionKm(), p.from(), p.to())) {
                double d = Geodesy.haversineKm(p.lat(), p.lon(), c.lat(), c.lon());
                if (d > Math.max(p.precisionKm(), c.precisionKm())) continue;
                Match m = best.get(c.eventId());
                if (m == null || d < m.distanceKm()) best.put(c.eventId(), new Match(c, d));
            }
        }
        List<Match> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Match::distanceKm).thenComparing(m -> m.imported().from()));
        return out;
    }
}
