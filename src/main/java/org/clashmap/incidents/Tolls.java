package org.clashmap.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident's dead as UCDP GED gives them: low, best and high over the figures of the reports that
 * support it (decision 021).
 * <ul>
 *   <li>A report's figure is the sum of its mentions' dead in the incident (normally one mention);
 *       a report that gives no number has none. 0 (the report says nobody died) is a figure.</li>
 *   <li>low and high: the smallest and largest figure.</li>
 *   <li>best: the figure of the most recently published report that gives one (tolls are revised
 *       upward as bodies are found and the wounded die, and later reports repeat the revision);
 *       when several reports of that latest day give figures, the one most of them give, and among
 *       equally common ones the lower (the conservative reading). Reports without a publication
 *       day count as the oldest.</li>
 * </ul>
 */
public final class Tolls {
    private Tolls() {}

    /** One report's figure for the incident. */
    public record Figure(long reportId, LocalDate published, Integer dead) {}

    /** null fields when no report gives a number. */
    public record Toll(Integer low, Integer best, Integer high) {
        public static final Toll NONE = new Toll(null, null, null);
    }

    public static Toll of(List<Figure> figures) {
        List<Figure> known = new ArrayList<>();
        for (Figure f : figures) if (f.dead() != null) known.add(f);
        if (known.isEmpty()) return Toll.NONE;
        int low = known.stream().mapToInt(Figure::dead).min().getAsInt();
        int high = known.stream().mapToInt(Figure::dead).max().getAsInt();
        LocalDate latest = known.stream().map(Figure::published).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Map<Integer, Integer> votes = new HashMap<>();
        for (Figure f : known) if (java.util.Objects.equals(f.published(), latest)) votes.merge(f.dead(), 1, Integer::sum);
        int best = votes.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .get().getKey();
        return new Toll(low, best, high);
    }

    /**
     * The report whose rows carry the incident's dead in a summable column (exports): the report that gave the best
     * figure (the first such of the latest day), else, with no figure at all, the first report. The other reports'
     * rows leave the column empty, so a spreadsheet total counts each incident once (issue 17).
     */
    public static Long countingReport(List<Figure> figures, Toll toll) {
        if (figures.isEmpty()) return null;
        if (toll.best() == null) return figures.get(0).reportId();
        LocalDate latest = figures.stream().filter(f -> f.dead() != null).map(Figure::published)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        for (Figure f : figures) {
            if (toll.best().equals(f.dead()) && java.util.Objects.equals(f.published(), latest)) return f.reportId();
        }
        for (Figure f : figures) if (toll.best().equals(f.dead())) return f.reportId();
        return figures.get(0).reportId();
    }

    /** Per-report figures from the mentions of one incident: each report's mentions summed. */
    public static List<Figure> figures(List<EventMention> mentions) {
        Map<Long, Figure> byReport = new java.util.LinkedHashMap<>();
        for (EventMention m : mentions) {
            Figure f = byReport.get(m.reportId());
            Integer dead = m.fatalities();
            if (f != null && f.dead() != null) dead = dead == null ? f.dead() : Integer.valueOf(f.dead() + dead);
            byReport.put(m.reportId(), new Figure(m.reportId(), m.published(), dead));
        }
        return new ArrayList<>(byReport.values());
    }
}
