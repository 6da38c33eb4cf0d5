package org.clashmap.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Running out of heap is one line naming the flag that raises it, with a larger figure than the limit hit. */
class OutOfMemoryTest {
    @Test
    void theMessageIsOneLineNamingTheHeapFlagAndALargerHeap() {
        String m = OutOfMemory.message(1024L * 1024 * 1024, "Java heap space");
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.startsWith("clashmap: out of memory (Java heap space; the Java heap is limited to 1,024 MiB)"), m);
        assertTrue(m.contains("java -Xmx4096m -jar clashmap.jar"), m);
        assertTrue(OutOfMemory.message(256L * 1024 * 1024, null).contains("-Xmx2048m"), "at least 2 GB suggested");
    }
}
