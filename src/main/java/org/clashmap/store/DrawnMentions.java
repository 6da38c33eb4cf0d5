package org.clashmap.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which mention stands for an incident of several reports on the map (decision 021): of those not rejected, the one
 * from the report that gave the incident's best figure, so its symbol is sized by the toll the exports count; ties
 * keep the first stored. The window and the {@code render} command both draw one symbol per incident by this rule,
 * so a cluster's number and a map image's subtitle count incidents, not the reports that tell them.
 */
public final class DrawnMentions {
    private DrawnMentions() {}

    /**
     * The events that are <em>not</em> drawn by default: every mention of an incident but its drawn one.
     *
     * @param facts   each event's incident facts (events of no incident are absent or have a null incident)
     * @param eventOf the stored event of an id, or null when unknown (then it ranks as an unreviewed mention
     *                that does not count the dead)
     */
    public static Set<Long> others(Map<Long, IncidentFacts> facts, java.util.function.LongFunction<StoredEvent> eventOf) {
        return ranked(facts, id -> {
            StoredEvent e = eventOf.apply(id);
            return e == null ? null : new Linked(e.articleId(), e.review() == ReviewStatus.REJECTED);
        });
    }

    /** What the rule needs of a mention: its report and whether the analyst rejected it. */
    public record Linked(Long articleId, boolean rejected) {}

    /**
     * As above, from the store's light rows of linked mentions ({@link IncidentStore#linkedMentions}), for callers
     * that never load whole events (the {@code render} command).
     */
    public static Set<Long> others(Map<Long, IncidentFacts> facts, Map<Long, Linked> linked) {
        return ranked(facts, linked::get);
    }

    private static Set<Long> ranked(Map<Long, IncidentFacts> facts, java.util.function.LongFunction<Linked> eventOf) {
        Map<Long, Long> drawn = new HashMap<>();
        Map<Long, Integer> rank = new HashMap<>();
        facts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> {
            Long incident = en.getValue().incidentId();
            if (incident == null) return;
            Linked e = eventOf.apply(en.getKey());
            int r = (e != null && e.rejected() ? 0 : 2) + (e != null && en.getValue().countsDeadOf(en.getKey(), e.articleId()) ? 1 : 0);
            Integer best = rank.get(incident);
            if (best == null || r > best) { // strictly better: ties keep the first stored (ids ascending)
                drawn.put(incident, en.getKey());
                rank.put(incident, r);
            }
        });
        Set<Long> others = new HashSet<>();
        facts.forEach((event, f) -> {
            if (f.incidentId() != null && !event.equals(drawn.get(f.incidentId()))) others.add(event);
        });
        return others;
    }
}
