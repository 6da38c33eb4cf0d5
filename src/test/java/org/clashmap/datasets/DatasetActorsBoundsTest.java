package org.clashmap.datasets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A garbage file with a valid header can hold millions of distinct "actor names" (issue 23, item 8): the names
 * kept for the import's messages and the answer cache stay bounded, and every name is still mapped.
 */
class DatasetActorsBoundsTest {
    @Test
    void millionsOfUnknownNamesKeepMemoryBounded() {
        DatasetActors names = DatasetActors.acled();
        for (int i = 0; i < 200_000; i++) assertEquals("other", names.idOf("garbage actor " + i));
        assertEquals(DatasetActors.MAX_UNKNOWN_KEPT, names.unknownNames().size());
        assertTrue(names.cachedNames() <= DatasetActors.MAX_CACHED, "cache " + names.cachedNames());
    }

    @Test
    void knownNamesAreStillMappedOnceTheCacheIsFull() {
        DatasetActors names = DatasetActors.acled();
        for (int i = 0; i < DatasetActors.MAX_CACHED + 10; i++) names.idOf("garbage actor " + i);
        assertEquals(names.idOf("Military Forces of Syria (2000-)"), DatasetActors.acled().idOf("Military Forces of Syria (2000-)"));
        assertTrue(!"other".equals(names.idOf("Military Forces of Syria (2000-)")));
    }
}
