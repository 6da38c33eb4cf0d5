package org.clashmap.store;

import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventType;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which stored events a view or an export wants. Empty sets mean "any"; a null bound means open.
 * A plain value: the map window, the CLI and the exporters all build one and call {@link #test}.
 *
 * @param from            first day of the window (inclusive), or null
 * @param to              last day of the window (inclusive), or null
 * @param types           event types kept; empty keeps all
 * @param actors          actor ids of which at least one must take part; empty keeps all
 * @param minConfidence   events below this confidence are dropped
 * @param includeRejected whether events an analyst rejected are kept
 * @param origins         origins kept ("extracted", "acled", ...); empty keeps all
 */
public record EventFilter(LocalDate from, LocalDate to, Set<EventType> types, Set<String> actors,
                          double minConfidence, boolean includeRejected, Set<String> origins) {
    /** Everything except rejected events. */
    public static final EventFilter ALL = new EventFilter(null, null, Set.of(), Set.of(), 0, false, Set.of());

    public EventFilter {
        types = Set.copyOf(types);
        actors = Set.copyOf(actors);
        origins = Set.copyOf(origins);
        // Written so that NaN fails too (every comparison with NaN is false, so "< 0 || > 1" let it through).
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--min-confidence must be a number between 0 and 1, got " + minConfidence);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean hasDateWindow() {
        return from != null || to != null;
    }

    public boolean test(StoredEvent e) {
        if (!includeRejected && e.review() == ReviewStatus.REJECTED) return false;
        if (e.confidence() < minConfidence) return false;
        if (!types.isEmpty() && !types.contains(e.type())) return false;
        if (!origins.isEmpty() && !origins.contains(e.origin())) return false;
        if (!actors.isEmpty() && e.actors().stream().map(EventActor::actorId).noneMatch(actors::contains)) return false;
        return overlapsWindow(e);
    }

    /**
     * An event is in the window when its date range overlaps it at all: a report dated "that week"
     * belongs to every window that touches the week. An undated event cannot be placed in any
     * window, so a window excludes it; with no window it is kept.
     */
    private boolean overlapsWindow(StoredEvent e) {
        if (!hasDateWindow()) return true;
        if (!e.date().isKnown()) return false;
        if (from != null && e.date().to().isBefore(from)) return false;
        return to == null || !e.date().from().isAfter(to);
    }

    public EventFilter withWindow(LocalDate newFrom, LocalDate newTo) {
        return new EventFilter(newFrom, newTo, types, actors, minConfidence, includeRejected, origins);
    }

    public EventFilter withTypes(Set<EventType> newTypes) {
        return new EventFilter(from, to, newTypes, actors, minConfidence, includeRejected, origins);
    }

    public EventFilter withActors(Set<String> newActors) {
        return new EventFilter(from, to, types, newActors, minConfidence, includeRejected, origins);
    }

    public EventFilter withMinConfidence(double min) {
        return new EventFilter(from, to, types, actors, min, includeRejected, origins);
    }

    public EventFilter withRejected(boolean include) {
        return new EventFilter(from, to, types, actors, minConfidence, include, origins);
    }

    public EventFilter withOrigins(Set<String> newOrigins) {
        return new EventFilter(from, to, types, actors, minConfidence, includeRejected, newOrigins);
    }
}
