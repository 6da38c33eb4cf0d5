package org.clashmap.gazetteer;

import java.util.List;

/**
 * A place a name may refer to, with a score in [0,1] (higher is more likely) and, when asked for
 * ({@code gazetteer lookup --context}), the pieces of context that moved the score.
 */
public record Candidate(Place place, double score, List<String> reasons) {
    public Candidate {
        reasons = List.copyOf(reasons);
    }

    public Candidate(Place place, double score) {
        this(place, score, List.of());
    }
}
