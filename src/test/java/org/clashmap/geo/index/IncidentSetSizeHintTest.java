package org.clashmap.geo.index;

import org.clashmap.extract.EventType;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A builder told how many rows come ({@code expectAtLeast}, decision 051) builds the same set as one that grows: when
 * the hint is exact it keeps its columns, when more places or fewer rows come than hinted it grows or trims as before.
 */
public class IncidentSetSizeHintTest {
    @Test
    void exactHintKeepsTheColumnsAndBuildsTheSameSet() {
        assertSameAsGrown(5_000, 5_000, 1);
    }

    @Test
    void morePlacesThanEventsGrowPastTheHint() {
        assertSameAsGrown(5_000, 5_000, 3);
    }

    @Test
    void fewerRowsThanHintedAreTrimmed() {
        assertSameAsGrown(9_000, 5_000, 1);
    }

    private static void assertSameAsGrown(long hint, int events, int maxPlaces) {
        IncidentSet.Builder grown = IncidentSet.builder(), hinted = IncidentSet.builder();
        hinted.expectAtLeast(hint);
        feed(grown, events, maxPlaces);
        feed(hinted, events, maxPlaces);
        IncidentSet a = grown.build(), b = hinted.build();
        SameIncidents.assertSameMap(a, b);
        assertEquals(a.size, b.size);
        assertEquals(a.eventCount(), b.eventCount());
        for (int e = 0; e < a.eventCount(); e++) assertEquals(a.eventId(e), b.eventId(e));
        assertArrayEquals(a.eventColumns().dayFrom(), b.eventColumns().dayFrom());
        assertArrayEquals(a.eventColumns().fatalities(), b.eventColumns().fatalities());
        assertArrayEquals(a.eventColumns().flags(), b.eventColumns().flags());
        assertEquals(a.eventColumns().type().length, b.eventColumns().type().length);
    }

    /** {@code events} events of 1..maxPlaces places (one in seven with none), deterministic. */
    private static void feed(IncidentSet.Builder b, int events, int maxPlaces) {
        SplittableRandom rng = new SplittableRandom(7);
        EventType[] types = EventType.values();
        for (int e = 0; e < events; e++) {
            long id = 10 + 2L * e;
            EventType t = types[rng.nextInt(types.length)];
            int day = 17_000 + rng.nextInt(2_000), dead = rng.nextInt(5) - 1;
            boolean none = maxPlaces > 1 && rng.nextInt(7) == 0;
            int places = none ? 0 : 1 + rng.nextInt(maxPlaces);
            if (places == 0) b.row(id, t, day, day, dead, -1, 0.9, false, false, false, 0, 0, 0, 0);
            for (int k = 0; k < places; k++) {
                b.row(id, t, day, day + rng.nextInt(2), dead, k == 0 ? dead : -1, rng.nextDouble(), rng.nextInt(9) == 0, false, true,
                        32 + rng.nextDouble() * 5, 35 + rng.nextDouble() * 7, 1 + rng.nextInt(20), rng.nextDouble());
            }
        }
    }
}
