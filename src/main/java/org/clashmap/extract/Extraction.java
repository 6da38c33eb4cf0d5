package org.clashmap.extract;

import java.util.List;

/** Everything extracted from one report. */
public record Extraction(Report report, List<Event> events, List<ControlClaim> claims) {
    public Extraction {
        events = List.copyOf(events);
        claims = List.copyOf(claims);
    }
}
