package org.clashmap.gazetteer;

import java.util.List;

/**
 * What the gazetteer makes of one name in its context: whether the text reads it as a place at all
 * ({@code evidence} says why; null when nothing marks an ordinary word as a place), and which place,
 * candidates best first.
 */
public record PlaceReading(List<Candidate> candidates, String evidence) {
    public PlaceReading {
        candidates = List.copyOf(candidates);
    }

    public boolean isPlace() {
        return evidence != null && !candidates.isEmpty();
    }
}
