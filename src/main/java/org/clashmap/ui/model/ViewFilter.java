package org.clashmap.ui.model;

import org.clashmap.extract.EventType;
import org.clashmap.store.EventFilter;
import org.clashmap.store.StoredEvent;

import java.time.LocalDate;
import java.util.Set;

/**
 * The window's filter: which events, as the one {@link EventFilter} specification that
 * {@code clashmap export} uses too, plus how the map shows them (every mention of an incident or
 * one symbol per incident; only incidents several outlets report). The window's layers are the
 * filter's origins; "show undated" is its {@code includeUndated}.
 */
public record ViewFilter(EventFilter events, boolean mentions, boolean corroboratedOnly) {
    /** Every event but the rejected ones, undated ones too; one symbol per incident. */
    public static final ViewFilter ALL = new ViewFilter(EventFilter.ALL, false, false);

    public ViewFilter {
        java.util.Objects.requireNonNull(events);
    }

    public boolean test(StoredEvent e) {
        return events.test(e);
    }

    public Set<EventType> types() {
        return events.types();
    }

    public Set<String> actors() {
        return events.actors();
    }

    public LocalDate from() {
        return events.from();
    }

    public LocalDate to() {
        return events.to();
    }

    public String text() {
        return events.text();
    }

    public double minConfidence() {
        return events.minConfidence();
    }

    public Set<String> outlets() {
        return events.outlets();
    }

    public Set<String> layers() {
        return events.origins();
    }

    public boolean showRejected() {
        return events.includeRejected();
    }

    public boolean showUndated() {
        return events.includeUndated();
    }

    private ViewFilter with(EventFilter f) {
        return new ViewFilter(f, mentions, corroboratedOnly);
    }

    public ViewFilter withTypes(Set<EventType> t) {
        return with(events.withTypes(t));
    }

    public ViewFilter withActors(Set<String> a) {
        return with(events.withActors(a));
    }

    public ViewFilter withDates(LocalDate f, LocalDate t) {
        return with(events.withWindow(f, t));
    }

    public ViewFilter withText(String s) {
        return with(events.withText(s));
    }

    public ViewFilter withMinConfidence(double c) {
        return with(events.withMinConfidence(c));
    }

    public ViewFilter withOutlets(Set<String> o) {
        return with(events.withOutlets(o));
    }

    public ViewFilter withShowRejected(boolean b) {
        return with(events.withRejected(b));
    }

    public ViewFilter withLayers(Set<String> l) {
        return with(events.withOrigins(l));
    }

    public ViewFilter withShowUndated(boolean b) {
        return with(events.withUndated(b));
    }

    /** true: every report's mention of an incident is drawn; false (default): one symbol per incident. */
    public ViewFilter withMentions(boolean b) {
        return new ViewFilter(events, b, corroboratedOnly);
    }

    /** Only incidents reported by two or more outlets. */
    public ViewFilter withCorroboratedOnly(boolean b) {
        return new ViewFilter(events, mentions, b);
    }
}
