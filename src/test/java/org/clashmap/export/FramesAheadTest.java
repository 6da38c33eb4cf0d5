package org.clashmap.export;

import org.junit.jupiter.api.Test;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Frames made ahead on worker threads come back in their order, whatever order they finish in, and failures reach the caller. */
class FramesAheadTest {
    @Test
    void framesFinishingOutOfOrderAreHandedOverInOrder() {
        List<Integer> got = new ArrayList<>();
        // even frames take longer than the odd ones after them: with three workers they finish out of order
        try (FramesAhead<Integer> ahead = new FramesAhead<>(12, 3, k -> {
            sleep(k % 2 == 0 ? 40 : 1);
            return k * 10;
        })) {
            for (int k = 0; k < 12; k++) got.add(ahead.take(k));
        }
        List<Integer> expected = new ArrayList<>();
        for (int k = 0; k < 12; k++) expected.add(k * 10);
        assertEquals(expected, got);
    }

    @Test
    void framesAreTakenInOrderOnly() {
        try (FramesAhead<Integer> ahead = new FramesAhead<>(3, 2, k -> k)) {
            assertEquals(0, ahead.take(0));
            assertThrows(IllegalStateException.class, () -> ahead.take(2));
        }
    }

    @Test
    void aWorkersFailureIsThrownToTheCallerAsItWas() {
        try (FramesAhead<Integer> ahead = new FramesAhead<>(4, 2, k -> {
            if (k == 2) throw new IllegalArgumentException("frame 2 cannot be drawn");
            return k;
        })) {
            assertEquals(0, ahead.take(0));
            assertEquals(1, ahead.take(1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ahead.take(2));
            assertEquals("frame 2 cannot be drawn", e.getMessage());
        }
    }

    @Test
    void anInterruptedCallerStopsWithAnInterruptedIoException() {
        try (FramesAhead<Integer> ahead = new FramesAhead<>(4, 1, k -> {
            sleep(5_000);
            return k;
        })) {
            Thread.currentThread().interrupt();
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ahead.take(0));
            assertInstanceOf(InterruptedIOException.class, e.getCause());
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
