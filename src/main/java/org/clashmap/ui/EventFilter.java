package org.clashmap.ui;

import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventType;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.clashmap.text.ArabicNormalizer;

import java.time.LocalDate;
import java.util.Set;

/**
 * The analyst's filter over events. Empty sets mean "all". Text is matched on normalised Arabic
 * (hamza forms, ta marbuta, diacritics...) so "اطمة" finds "أطمة".
 */
public record EventFilter(Set<EventType> types, Set<String> actors, LocalDate from, LocalDate to, String text,
                   double minConfidence, Set<String> outlets, boolean showRejected, boolean showUndated, Set<String> layers,
                   boolean mentions, boolean corroboratedOnly) {
    static final EventFilter ALL = new EventFilter(Set.of(), Set.of(), null, null, "", 0, Set.of(), false, true, Set.of(), false, false);

    EventFilter(Set<EventType> types, Set<String> actors, LocalDate from, LocalDate to, String text,
                double minConfidence, Set<String> outlets, boolean showRejected, boolean showUndated) {
        this(types, actors, from, to, text, minConfidence, outlets, showRejected, showUndated, Set.of(), false, false);
    }

    public EventFilter {
        types = Set.copyOf(types);
        actors = Set.copyOf(actors);
        outlets = Set.copyOf(outlets);
        layers = Set.copyOf(layers);
        text = text == null ? "" : ArabicNormalizer.normalize(text.strip()).toLowerCase(java.util.Locale.ROOT);
    }

    boolean test(StoredEvent e) {
        if (e.review() == ReviewStatus.REJECTED && !showRejected) return false;
        // Each source is a layer: extracted events, each imported dataset, synthetic data.
        if (!layers.isEmpty() && !layers.contains(e.origin())) return false;
        if (!types.isEmpty() && !types.contains(e.type())) return false;
        if (!actors.isEmpty() && e.actors().stream().map(EventActor::actorId).noneMatch(actors::contains)) return false;
        if (e.confidence() < minConfidence) return false;
        if (!outlets.isEmpty() && !outlets.contains(outletOf(e))) return false;
        if (!e.date().isKnown()) {
            if (!showUndated) return false;
        } else {
            // Overlap, not containment: an event dated "some day in April" belongs to a window in April.
            if (from != null && e.date().to().isBefore(from)) return false;
            if (to != null && e.date().from().isAfter(to)) return false;
        }
        return text.isEmpty() || (e.sentence() != null
                && ArabicNormalizer.normalize(e.sentence()).toLowerCase(java.util.Locale.ROOT).contains(text));
    }

    static String outletOf(StoredEvent e) {
        return e.outlet() == null || e.outlet().isBlank() ? e.origin() : e.outlet();
    }

    EventFilter withTypes(Set<EventType> t) {
        return new EventFilter(t, actors, from, to, text, minConfidence, outlets, showRejected, showUndated, layers, mentions, corroboratedOnly);
    }

    EventFilter withActors(Set<String> a) {
        return new EventFilter(types, a, from, to, text, minConfidence, outlets, showRejected, showUndated, layers, mentions, corroboratedOnly);
    }

    EventFilter withDates(LocalDate f, LocalDate t) {
        return new EventFilter(types, actors, f, t, text, minConfidence, outlets, showRejected, showUndated, layers, mentions, corroboratedOnly);
    }

    EventFilter withText(String s) {
        return new EventFilter(types, actors, from, to, s, minConfidence, outlets, showRejected, showUndated, layers, mentions, corroboratedOnly);
    }

    EventFilter withMinConfidence(double c) {
        return new EventFilter(types, actors, from, to, text, c, outlets, showRejected, showUndated, layers, mentions, corroboratedOnly);
    }

    EventFilter withOutlets(Set<String> o) {
        return new EventFilter(types, actors, from, to, text, minConfidence, o, showRejected, showUndated, layers, mentions, corroboratedOnly);
    }

    EventFilter withShowRejected(boolean b) {
        return new EventFilter(types, actors, from, to, text, minConfidence, outlets, b, showUndated, layers, mentions, corroboratedOnly);
    }

    EventFilter withLayers(Set<String> l) {
        return new EventFilter(types, actors, from, to, text, minConfidence, outlets, showRejected, showUndated, l, mentions, corroboratedOnly);
    }

    /** true: every report's mention of an incident is drawn; false (default): one symbol per incident. */
    EventFilter withMentions(boolean b) {
        return new EventFilter(types, actors, from, to, text, minConfidence, outlets, showRejected, showUndated, layers, b, corroboratedOnly);
    }

    /** Only incidents reported by two or more outlets. */
    EventFilter withCorroboratedOnly(boolean b) {
        return new EventFilter(types, actors, from, to, text, minConfidence, outlets, showRejected, showUndated, layers, mentions, b);
    }

    public EventFilter withShowUndated(boolean b) {
        return new EventFilter(types, actors, from, to, text, minConfidence, outlets, showRejected, b, layers, mentions, corroboratedOnly);
    }
}
