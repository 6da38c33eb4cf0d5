package org.clashmap.datasets;

import java.util.List;
import java.util.Set;

/**
 * The outcome of one import.
 *
 * @param imported   events newly stored
 * @param duplicates events already in the database (same origin and id), left untouched
 * @param skipped    malformed rows; the first of them (at most 100) in {@code problems} as "line N: why"
 * @param unknownActors dataset actor names no mapping line matched (stored as "other")
 */
public record ImportSummary(String origin, int imported, int duplicates, int skipped, List<String> problems,
                            Set<String> unknownActors, double seconds) {
    public ImportSummary {
        problems = List.copyOf(problems);
        unknownActors = Set.copyOf(unknownActors);
    }

    public String line() {
        return String.format(java.util.Locale.ROOT, "%s: imported %d events, %d already present, %d malformed rows skipped (%.2f s)",
                origin, imported, duplicates, skipped, seconds);
    }
}
