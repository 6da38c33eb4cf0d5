package org.clashmap.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** Items read ahead on another thread reach the sink all, in order, on the caller's thread; a failure on either side stops both. */
class ReadAheadTest {
    /** More than a few batches, and not a multiple of one: the last short batch must arrive too. */
    private static final int ITEMS = ReadAhead.BATCH * (ReadAhead.BATCHES * 3) + 17;

    @Test
    void everyItemArrivesInOrderOnTheCallersThread() {
        List<Integer> got = new ArrayList<>();
        AtomicReference<Thread> sourceThread = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        ReadAhead.<Integer>forEach(sink -> {
            sourceThread.set(Thread.currentThread());
            for (int i = 0; i < ITEMS; i++) sink.accept(i);
        }, i -> {
            assertSame(caller, Thread.currentThread());
            got.add(i);
        });
        assertNotSame(caller, sourceThread.get(), "the source runs on a thread of its own");
        assertEquals(ITEMS, got.size());
        for (int i = 0; i < ITEMS; i++) assertEquals(i, got.get(i));
    }

    @Test
    void anEmptySourceEnds() {
        List<Integer> got = new ArrayList<>();
        ReadAhead.<Integer>forEach(sink -> { }, got::add);
        assertTrue(got.isEmpty());
    }

    @Test
    void theSourcesFailureIsThrownAsItWasAfterTheItemsBeforeIt() {
        List<Integer> got = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReadAhead.<Integer>forEach(sink -> {
            for (int i = 0; i < 1000; i++) sink.accept(i);
            throw new IllegalStateException("database is locked");
        }, got::add));
        assertEquals("database is locked", e.getMessage());
        assertEquals(1000, got.size(), "what was read before the failure was handed on");
    }

    @Test
    void theSinksFailureStopsTheSourceAndIsThrownAsItWas() {
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> sourceThread = new AtomicReference<>();
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> ReadAhead.<Integer>forEach(sink -> {
            sourceThread.set(Thread.currentThread());
            for (int i = 0; i < 10_000_000; i++) {
                sink.accept(i);
                produced.incrementAndGet();
            }
        }, i -> {
            if (i == 3) throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        }));
        assertEquals("disk full", e.getCause().getMessage());
        assertFalse(sourceThread.get().isAlive(), "the source's thread has ended when the failure is thrown");
        assertTrue(produced.get() < (ReadAhead.BATCHES + 3) * ReadAhead.BATCH,
                "the source stopped within a few batches of the failure, not after all its items: " + produced.get());
    }
}
