package org.clashmap.geo.render;

import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.FrontLine;

import org.clashmap.extract.Actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Side colours for control dots, lines, zones and legends. There is ONE palette for sides in the
 * app: the {@code side_colour} column of {@code extract/actors.tsv} via {@link Actors#colour}, the
 * same colours the legend, exports and event tables use. Unknown ids get Actors' grey. The analyst
 * can override a side's colour ({@link #setOverrides}, from the window's control settings): every
 * painter, legend and export that asks {@link #argb} then gets the analyst's colour.
 */
public final class ControlPalette {
    public static final int FRONT = 0xFF7A0F0F, ZONE = 0xFF8C6D31, OUTLINE = 0xFF1E1E1E, HALO = 0xE6FFFFFF;

    /** One legend row: a label, its colour and what symbol to draw. */
    /** {@code side} is the actor id of a side's dot (its name in any language is {@code actor.<id>} in ui/messages). */
    public record Entry(String label, int argb, Kind kind, String side) {
        public Entry(String label, int argb, Kind kind) {
            this(label, argb, kind, null);
        }
    }

    /** What a legend row shows; {@link #key()} is its label's key in ui/messages, the same in the window and images. */
    public enum Kind {
        SIDE_DOT(null), CONTESTED_DOT("legend.contestedPlace"), FRONT_LINE("legend.front"), TENTATIVE_LINE("legend.tentative"),
        CONTESTED_ZONE("legend.zone"), BASELINE_AREA("legend.baseline");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The label's key in ui/messages ({@code actor.<id>} for a side's dot). */
        public String key() {
            return key;
        }
    }

    /** The analyst's side colours (opaque ARGB by actor id), consulted before actors.tsv. */
    private static volatile Map<String, Integer> overrides = Map.of();

    private ControlPalette() {
    }

    /** A side's colour: the analyst's override if there is one, else actors.tsv's {@code side_colour}. */
    public static int argb(String actorId) {
        if (actorId == null) return 0xFF999999;
        Integer o = overrides.get(actorId);
        return o != null ? o : defaultArgb(actorId);
    }

    /** A side's colour from actors.tsv, ignoring overrides (what "Reset to defaults" goes back to). */
    public static int defaultArgb(String actorId) {
        if (actorId == null) return 0xFF999999;
        String hex = Actors.load().colour(actorId);
        return 0xFF000000 | Integer.parseInt(hex.substring(1), 16);
    }

    /**
     * Replaces the analyst's side colours (actor id to RGB; alpha is ignored, sides are opaque).
     * An empty map goes back to actors.tsv for every side.
     */
    public static void setOverrides(Map<String, Integer> argbById) {
        Map<String, Integer> m = new java.util.HashMap<>();
        argbById.forEach((id, c) -> m.put(java.util.Objects.requireNonNull(id), 0xFF000000 | c));
        overrides = Map.copyOf(m);
    }

    /** The current overrides (actor id to opaque ARGB), empty when every side has its actors.tsv colour. */
    public static Map<String, Integer> overrides() {
        return overrides;
    }

    /** The sides that have a colour: every actor of actors.tsv, in the file's order. */
    public static List<String> sides() {
        return Actors.load().all().stream().map(Actors.Actor::id).toList();
    }

    public static int withAlpha(int argb, double alpha) {
        return ((int) Math.round(Math.max(0, Math.min(1, alpha)) * 255) << 24) | (argb & 0xFFFFFF);
    }

    public static String name(String actorId) {
        return actorId == null ? "unknown" : Actors.load().nameEn(actorId);
    }

    /** Legend rows for what a snapshot shows: each side present, then the symbols in use. */
    public static List<Entry> legend(ControlSnapshot s) {
        Set<String> sides = new LinkedHashSet<>();
        boolean contested = false;
        for (ControlSnapshot.Dot d : s.dots()) {
            if (d.controller() != null) sides.add(d.controller());
            if (d.contender() != null) sides.add(d.contender());
            contested |= d.contested();
        }
        List<Entry> out = new ArrayList<>();
        for (String side : sides) out.add(new Entry(name(side), argb(side), Kind.SIDE_DOT, side));
        if (contested) out.add(new Entry("Contested place", 0xFF999999, Kind.CONTESTED_DOT));
        if (s.lines().stream().anyMatch(l -> !l.tentative())) out.add(new Entry("Front line", FRONT, Kind.FRONT_LINE));
        if (s.lines().stream().anyMatch(FrontLine::tentative)) out.add(new Entry("Tentative front line (few claims)", FRONT, Kind.TENTATIVE_LINE));
        if (!s.zones().isEmpty()) out.add(new Entry("Contested zone (recent battles)", ZONE, Kind.CONTESTED_ZONE));
        if (!s.baseline().isEmpty()) out.add(new Entry("Analyst control layer", 0xFF999999, Kind.BASELINE_AREA));
        return out;
    }
}
