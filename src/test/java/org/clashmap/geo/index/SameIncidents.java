package org.clashmap.geo.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two incident sets that draw the same map: the same symbols, column for column, of the same events. */
public final class SameIncidents {
    private SameIncidents() {
    }

    public static void assertSameMap(IncidentSet expected, IncidentSet actual) {
        assertEquals(expected.size, actual.size);
        assertEquals(expected.eventCount(), actual.eventCount());
        assertArrayEquals(expected.type, actual.type);
        assertArrayEquals(expected.dayFrom, actual.dayFrom);
        assertArrayEquals(expected.dayTo, actual.dayTo);
        assertArrayEquals(expected.fatalities, actual.fatalities);
        assertArrayEquals(expected.flags, actual.flags);
        assertArrayEquals(expected.wx, actual.wx, 1e-12);
        assertArrayEquals(expected.wy, actual.wy, 1e-12);
        assertArrayEquals(expected.event, actual.event);
        for (int e = 0; e < expected.eventCount(); e++) {
            assertEquals(expected.eventId(e), actual.eventId(e));
            assertEquals(expected.firstIncidentOf(e), actual.firstIncidentOf(e));
        }
    }
}
