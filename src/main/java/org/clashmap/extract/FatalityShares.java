package org.clashmap.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one rule for spreading an event's dead over its places, used by every export (ACLED CSV,
 * GeoJSON, GeoPackage, KML, the {@code extract} command) and by the map's symbol sizes, so the
 * dead of one event are counted once everywhere (docs/decisions/018-fatalities-per-place.md).
 * <ul>
 *   <li>A place whose own count the text gives ({@link EventPlace#fatalities()}) gets that count,
 *       scope {@link Scope#PLACE}.</li>
 *   <li>The rest of the event's total (total minus the own counts, never negative) goes on the
 *       event's <b>first</b> place, scope {@link Scope#EVENT}: with no own counts at all that is the
 *       whole total. If the first place has its own count too, the rest is added to it (still
 *       {@link Scope#EVENT} unless the rest is 0).</li>
 *   <li>Every other place gets null: as in ACLED, a multi-place event's rows add up to its toll.</li>
 *   <li>An unknown total (null) stays unknown: no place gets a remainder; only own counts show.
 *       An explicit 0 ("no casualties", "دون أنباء عن خسائر") is said of the whole event: every place
 *       without a count of its own gets 0 (zeros add up to the toll as well).</li>
 * </ul>
 * Wounded follow the same rule with no own counts (the text's wounded are per event only).
 */
public final class FatalityShares {
    /** What a place's number covers. */
    public enum Scope {
        /** The dead the text gives for this place. */
        PLACE("place"),
        /** The event's dead not given for a particular place (the whole toll when none is). */
        EVENT("event"),
        /**
         * Another report of the same incident carries its dead (exports of incidents across reports): this row's
         * count is left empty so a column total counts the incident once.
         */
        OTHER_REPORT("other report");

        /** The value written in exports ({@code fatalities_scope}). */
        public final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    /** One place's share: {@code count} null when this place carries no number; then scope is null too (or OTHER_REPORT). */
    public record Share(Integer count, Scope scope) {
        public static final Share NONE = new Share(null, null);
        /** A mention whose incident's dead another report's rows carry. */
        public static final Share COUNTED_ELSEWHERE = new Share(null, Scope.OTHER_REPORT);

        public String scopeLabel() {
            return scope == null ? null : scope.label;
        }

        /** The count, or -1 when none (the map's columns code unknown as -1). */
        public int countOrMinusOne() {
            return count == null ? -1 : count;
        }
    }

    private FatalityShares() {
    }

    /** The shares of an event's dead, one per place in place order. */
    public static List<Share> of(Event e) {
        return of(e.fatalities(), e.places());
    }

    /** The dead of an event with this total over these places. */
    public static List<Share> of(Integer total, List<EventPlace> places) {
        List<Integer> own = new ArrayList<>(places.size());
        for (EventPlace p : places) own.add(p.fatalities());
        return shares(total, own);
    }

    /** Wounded: the event's total on the first place (places carry no wounded of their own). */
    public static List<Share> wounded(Integer total, int places) {
        return shares(total, Collections.nCopies(places, null));
    }

    /**
     * The rule on bare numbers: {@code own.get(i)} is place i's own count or null. Returns one
     * share per place (empty for no places).
     */
    public static List<Share> shares(Integer total, List<Integer> own) {
        int n = own.size();
        List<Share> out = new ArrayList<>(n);
        int sumOwn = 0;
        for (Integer c : own) {
            out.add(c == null ? Share.NONE : new Share(c, Scope.PLACE));
            if (c != null) sumOwn += c;
        }
        if (n == 0 || total == null) return out;
        if (total == 0) {
            for (int i = 0; i < n; i++) if (own.get(i) == null) out.set(i, new Share(0, Scope.EVENT));
            return out;
        }
        int rest = Math.max(0, total - sumOwn);
        Integer first = own.get(0);
        if (first == null) out.set(0, new Share(rest, Scope.EVENT));
        else if (rest > 0) out.set(0, new Share(first + rest, Scope.EVENT));
        return out;
    }

    /**
     * Place {@code index}'s share from arrays the lean map loader fills ({@code own[i]} -1 for
     * none, {@code total} -1 for unknown), returned -1 for none: the same rule without boxing.
     */
    public static int share(int total, int[] own, int count, int index) {
        if (total == 0) return own[index] < 0 ? 0 : own[index];
        if (index > 0) return own[index];
        if (total < 0) return own[0];
        int sumOwn = 0;
        for (int i = 0; i < count; i++) if (own[i] >= 0) sumOwn += own[i];
        int rest = Math.max(0, total - sumOwn);
        return own[0] < 0 ? rest : own[0] + rest;
    }
}
