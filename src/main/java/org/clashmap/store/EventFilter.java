package org.clashmap.store;

import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventType;
import org.clashmap.text.ArabicNormalizer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Which stored events a view or an export wants: the one filter specification. The window
 * (through {@code ui.ViewFilter}, full records and the lean column path alike), {@code clashmap
 * export} and the exporters all build one and call {@link #test} or {@link #testColumns}, so the same
 * filter gives the same events everywhere (docs/decisions/024-architecture-rules.md).
 * Empty sets mean "any"; a null bound means open.
 *
 * <p><b>Undated events</b> are kept or dropped by {@code includeUndated} alone, never by a date
 * window: a window cannot place an event whose date is unknown, and the analyst who asks for them
 * (the window's "undated" bin, {@code export --undated}) gets them with any window.
 *
 * @param from            first day of the window (inclusive), or null
 * @param to              last day of the window (inclusive), or null
 * @param types           event types kept; empty keeps all
 * @param actors          actor ids of which at least one must take part; empty keeps all
 * @param minConfidence   events below this confidence are dropped
 * @param includeRejected whether events an analyst rejected are kept
 * @param origins         origins kept ("extracted", "acled", ...): the window's layers; empty keeps all
 * @param includeUndated  whether events without a known date are kept (whatever the window)
 * @param outlets         outlets kept (an event without an outlet counts as its origin); empty keeps all
 * @param text            words the event's sentence must contain, matched on normalised Arabic
 *                        ("اطمة" finds "أطمة"); empty keeps all
 */
public record EventFilter(LocalDate from, LocalDate to, Set<EventType> types, Set<String> actors,
                          double minConfidence, boolean includeRejected, Set<String> origins,
                          boolean includeUndated, Set<String> outlets, String text) {
    /** Everything except rejected events. */
    public static final EventFilter ALL = new EventFilter(null, null, Set.of(), Set.of(), 0, false, Set.of());

    /**
     * Confidence is stored as a float in the lean columns: a value within this of the minimum passes,
     * so a record and its column agree.
     */
    private static final double CONFIDENCE_SLACK = 1e-6;

    public EventFilter {
        types = Set.copyOf(types);
        actors = Set.copyOf(actors);
        origins = Set.copyOf(origins);
        outlets = Set.copyOf(outlets);
        text = text == null ? "" : normalised(text.strip());
        // Written so that NaN fails too (every comparison with NaN is false, so "< 0 || > 1" let it through).
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--min-confidence must be a number between 0 and 1, got " + minConfidence);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Undated events kept, any outlet, no text. */
    public EventFilter(LocalDate from, LocalDate to, Set<EventType> types, Set<String> actors,
                       double minConfidence, boolean includeRejected, Set<String> origins) {
        this(from, to, types, actors, minConfidence, includeRejected, origins, true, Set.of(), "");
    }

    public boolean hasDateWindow() {
        return from != null || to != null;
    }

    public boolean test(StoredEvent e) {
        boolean dated = e.date().isKnown();
        if (!testColumns(e.type(), e.confidence(), e.review() == ReviewStatus.REJECTED, dated,
                dated ? e.date().from().toEpochDay() : 0, dated ? e.date().to().toEpochDay() : 0)) return false;
        if (!origins.isEmpty() && !origins.contains(e.origin())) return false;
        if (!actors.isEmpty() && e.actors().stream().map(EventActor::actorId).noneMatch(actors::contains)) return false;
        if (!outlets.isEmpty() && !outlets.contains(outletOf(e))) return false;
        return text.isEmpty() || e.sentence() != null && normalised(e.sentence()).contains(text);
    }

    /**
     * The criteria a lean row (columns only: type, confidence, review, dates) can answer, as
     * {@link #test} answers them for a full record; origins, actors, outlets and text need the record.
     */
    public boolean testColumns(EventType type, double confidence, boolean rejected, boolean dated, long dayFrom, long dayTo) {
        if (!includeRejected && rejected) return false;
        if (confidence < minConfidence - CONFIDENCE_SLACK) return false;
        if (!types.isEmpty() && !types.contains(type)) return false;
        return inWindow(dated, dayFrom, dayTo);
    }

    /**
     * The date part alone. An event is in the window when its date range overlaps it at all: a
     * report dated "that week" belongs to every window that touches the week. Undated events: see
     * the class comment.
     */
    public boolean inWindow(boolean dated, long dayFrom, long dayTo) {
        if (!dated) return includeUndated;
        if (from != null && dayTo < from.toEpochDay()) return false;
        return to == null || dayFrom <= to.toEpochDay();
    }

    /** The outlet an event is filtered by: its report's outlet, or its origin for imported rows. */
    public static String outletOf(StoredEvent e) {
        return e.outlet() == null || e.outlet().isBlank() ? e.origin() : e.outlet();
    }

    private static String normalised(String s) {
        return ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT);
    }

    public EventFilter withWindow(LocalDate newFrom, LocalDate newTo) {
        return new EventFilter(newFrom, newTo, types, actors, minConfidence, includeRejected, origins, includeUndated, outlets, text);
    }

    public EventFilter withTypes(Set<EventType> newTypes) {
        return new EventFilter(from, to, newTypes, actors, minConfidence, includeRejected, origins, includeUndated, outlets, text);
    }

    public EventFilter withActors(Set<String> newActors) {
        return new EventFilter(from, to, types, newActors, minConfidence, includeRejected, origins, includeUndated, outlets, text);
    }

    public EventFilter withMinConfidence(double min) {
        return new EventFilter(from, to, types, actors, min, includeRejected, origins, includeUndated, outlets, text);
    }

    public EventFilter withRejected(boolean include) {
        return new EventFilter(from, to, types, actors, minConfidence, include, origins, includeUndated, outlets, text);
    }

    public EventFilter withOrigins(Set<String> newOrigins) {
        return new EventFilter(from, to, types, actors, minConfidence, includeRejected, newOrigins, includeUndated, outlets, text);
    }

    public EventFilter withUndated(boolean include) {
        return new EventFilter(from, to, types, actors, minConfidence, includeRejected, origins, include, outlets, text);
    }

    public EventFilter withOutlets(Set<String> newOutlets) {
        return new EventFilter(from, to, types, actors, minConfidence, includeRejected, origins, includeUndated, newOutlets, text);
    }

    public EventFilter withText(String newText) {
        return new EventFilter(from, to, types, actors, minConfidence, includeRejected, origins, includeUndated, outlets, newText);
    }
}
