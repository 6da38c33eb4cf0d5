package org.clashmap.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor lexicon ({@code extract/actors.tsv}): canonical ids with English names, side colours and
 * Arabic aliases. The extractor, the UI and the exporters all take names and colours from here.
 */
public final class Actors {
    /** What sort of actor: decides e.g. "Government regains territory" versus "Non-state actor overtakes territory". */
    public enum Kind { GOVERNMENT, STATE, NONSTATE, CIVILIAN }

    /**
     * One actor.
     *
     * @param colour  side colour as "#rrggbb"
     * @param aliases Arabic aliases as written in the file ('~' marks aliases that need the actor as topic, '^' a
     *                nationality adjective that names the actor only after a strike or its means, '$' a whole word)
     */
    public record Actor(String id, String nameEn, String colour, Kind kind, List<String> aliases) {
        public Actor {
            aliases = List.copyOf(aliases);
        }
    }

    /** Marks an alias that needs the actor as the report's topic ("~التنظيم"). */
    public static final char NEEDS_TOPIC = '~';
    /** Marks a nationality adjective ("^تركية$"): the actor only right after a strike or its means. */
    public static final char AFTER_MEANS = '^';

    /** An alias as the text spells it: without its marks. */
    public static String spelling(String alias) {
        int from = 0;
        while (from < alias.length() && (alias.charAt(from) == NEEDS_TOPIC || alias.charAt(from) == AFTER_MEANS)) from++;
        int to = alias.endsWith("$") ? alias.length() - 1 : alias.length();
        return alias.substring(from, to).strip();
    }

    private static volatile Actors defaults;

    private final Map<String, Actor> byId;

    private Actors(Map<String, Actor> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The built-in lexicon, loaded once. */
    public static Actors load() {
        Actors a = defaults;
        if (a == null) {
            synchronized (Actors.class) {
                if (defaults == null) defaults = parse(LexiconFile.rows("actors.tsv"));
                a = defaults;
            }
        }
        return a;
    }

    static Actors parse(List<String[]> rows) {
        Map<String, Actor> m = new LinkedHashMap<>();
        for (String[] r : rows) {
            if (r.length < 5) throw new IllegalArgumentException("actors.tsv: expected 5 columns in " + String.join("\t", r));
            List<String> aliases = new ArrayList<>();
            for (String s : r[4].split("\\|")) if (!s.isBlank()) aliases.add(s.strip());
            m.put(r[0], new Actor(r[0], r[1], r[2], Kind.valueOf(r[3].toUpperCase(java.util.Locale.ROOT)), aliases));
        }
        return new Actors(m);
    }

    public Actor get(String id) {
        return byId.get(id);
    }

    public List<Actor> all() {
        return List.copyOf(byId.values());
    }

    /** English name, or the id itself for an unknown id. */
    public String nameEn(String id) {
        Actor a = byId.get(id);
        return a == null ? id : a.nameEn();
    }

    /** Side colour "#rrggbb"; grey for an unknown id. */
    public String colour(String id) {
        Actor a = byId.get(id);
        return a == null ? "#999999" : a.colour();
    }

    public boolean isGovernment(String id) {
        Actor a = byId.get(id);
        return a != null && a.kind() == Kind.GOVERNMENT;
    }
}
