package org.clashmap.gazetteer;

import java.util.List;

/**
 * A gazetteer name found in a text. {@code start}/{@code end} are char offsets into the
 * original (un-normalised) text, end exclusive. Candidates are unranked name matches.
 */
public record Mention(int start, int end, String surface, List<Place> candidates) {
    public Mention {
        candidates = List.copyOf(candidates);
    }
}
