package org.clashmap.store;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which mention stands for an incident: the counting report's, not a rejected one, else the first stored. */
class DrawnMentionsTest {
    private static IncidentFacts inIncident(long incident, Long countingReport) {
        return new IncidentFacts(incident, 2, 2, 12, 19, 19, countingReport);
    }

    @Test
    void withoutStoredEventsTheFirstStoredIsDrawn() {
        Map<Long, IncidentFacts> facts = Map.of(5L, inIncident(1, null), 9L, inIncident(1, null), 7L, new IncidentFacts(null, 1, 1, 3, 3, 3));
        assertEquals(Set.of(9L), DrawnMentions.others(facts, id -> null), "event 7 is in no incident; 5 was stored first");
    }

    @Test
    void noIncidentsNothingHidden() {
        assertEquals(Set.of(), DrawnMentions.others(Map.of(1L, new IncidentFacts(null, 1, 1, 2, 2, 2)), id -> null));
    }
}
