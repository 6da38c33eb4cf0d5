package org.clashmap.datasets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reading a dataset's actors: its actor names mapped to ClashMap's canonical actor ids, from a
 * TSV. Two forms: UCDP's (exact names; a side lists several groups separated by ", ") and ACLED's
 * (exact, prefix or contains rules, first match wins). The other direction, the ACLED-style name
 * ClashMap writes for an id, is {@link org.clashmap.export.AcledActorNames}' one table.
 */
final class DatasetActors {
    static final String OTHER = "other";

    private record Rule(String how, String text, String id) {
        boolean matches(String lower) {
            return switch (how) {
                case "exact" -> lower.equals(text);
                case "prefix" -> lower.startsWith(text);
                case "contains" -> lower.contains(text);
                default -> throw new IllegalStateException("unknown match kind " + how);
            };
        }
    }

    private final List<Rule> rules;
    /**
     * Names that mapped to nothing, so an import can mention each once: the first {@link #MAX_UNKNOWN_KEPT} of them
     * (a garbage file of millions of distinct "actors" must not fill the heap; issue 23).
     */
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    /** Answers for names seen before, up to {@link #MAX_CACHED} of them; past that, names are matched afresh. */
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    static final int MAX_UNKNOWN_KEPT = 1_000;
    static final int MAX_CACHED = 20_000;

    private DatasetActors(List<Rule> rules) {
        this.rules = rules;
    }

    /** UCDP: lines "name TAB id", matched exactly. */
    static DatasetActors ucdp() {
        List<Rule> rules = new ArrayList<>();
        for (String[] r : DataFiles.tsv("ucdp_sides.tsv", 2)) rules.add(new Rule("exact", lower(r[0]), r[1].trim()));
        return new DatasetActors(rules);
    }

    /** ACLED: lines "how TAB text TAB id". */
    static DatasetActors acled() {
        List<Rule> rules = new ArrayList<>();
        for (String[] r : DataFiles.tsv("acled_actors.tsv", 3)) rules.add(new Rule(r[0].trim(), lower(r[1]), r[2].trim()));
        return new DatasetActors(rules);
    }

    private static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    /** The id of one actor name; "other" when no rule matches. */
    String idOf(String name) {
        String l = lower(name);
        String known = cache.get(l);
        if (known != null) return known;
        String id = OTHER;
        for (Rule r : rules) {
            if (r.matches(l)) {
                id = r.id;
                break;
            }
        }
        if (id.equals(OTHER) && unknown.size() < MAX_UNKNOWN_KEPT) unknown.add(name.trim());
        if (cache.size() < MAX_CACHED) cache.put(l, id);
        return id;
    }

    /**
     * The ids of a UCDP side, in the side's order, without repeats: a whole-side rule if there is
     * one, else each ", "-separated group. The first is the side's actor.
     */
    List<String> sideIds(String side) {
        return sides.computeIfAbsent(side, this::resolveSide);
    }

    private final Map<String, List<String>> sides = new ConcurrentHashMap<>();

    private List<String> resolveSide(String side) {
        String whole = lower(side);
        for (Rule r : rules) if (r.matches(whole)) return List.of(r.id);
        Set<String> ids = new LinkedHashSet<>();
        for (String part : side.split(",\\s+")) if (!part.isBlank()) ids.add(idOf(part));
        return List.copyOf(ids);
    }

    /** The unknown names kept (at most {@link #MAX_UNKNOWN_KEPT}). */
    Set<String> unknownNames() {
        return Set.copyOf(unknown);
    }

    /** Entries of the answer cache, bounded by {@link #MAX_CACHED}. */
    int cachedNames() {
        return cache.size();
    }
}
