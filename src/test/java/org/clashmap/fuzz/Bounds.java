package org.clashmap.fuzz;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Shared limits and counters of the fuzz targets. Every input must finish within
 * {@link #PER_INPUT_MILLIS} (catches pathological regex backtracking and quadratic loops); the
 * counter lets the campaign runner print executions per target.
 */
public final class Bounds {
    /** Generous for a 2-core CI box under load; a backtracking regex blows far past it. */
    public static final long PER_INPUT_MILLIS = Long.getLong("clashmap.fuzz.perInputMillis", 3_000);
    /** Fuzzer inputs are capped so one execution stays cheap; the hostile corpus covers the huge ones. */
    public static final int MAX_INPUT_CHARS = 20_000;

    public static final AtomicLong EXECUTIONS = new AtomicLong();

    private Bounds() {
    }

    /** Runs one input, counting it and failing when it took longer than the per-input bound. */
    public static void timed(String target, Runnable body) {
        EXECUTIONS.incrementAndGet();
        long t0 = System.nanoTime();
        body.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > PER_INPUT_MILLIS) {
            throw new AssertionError(target + ": one input took " + ms + " ms (bound " + PER_INPUT_MILLIS + " ms)");
        }
    }
}
