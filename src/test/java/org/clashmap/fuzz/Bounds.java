package org.clashmap.fuzz;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Shared limits and counters of the fuzz targets. While fuzzing (-Pfuzz, JAZZER_FUZZ=1) every input must finish
 * within {@link #PER_INPUT_MILLIS} (catches pathological regex backtracking and quadratic loops). The replay of the
 * committed corpus in every build checks behaviour only: a time bound there failed builds on a loaded machine for
 * nothing the change did (issue 22: deterministic builds). The counter lets the campaign runner print executions
 * per target.
 */
public final class Bounds {
    /** Generous for a 2-core box under load; a backtracking regex blows far past it. 0: no bound (the replay). */
    public static final long PER_INPUT_MILLIS = Long.getLong("clashmap.fuzz.perInputMillis", fuzzing() ? 3_000 : 0);
    /** Fuzzer inputs are capped so one execution stays cheap; the hostile corpus covers the huge ones. */
    public static final int MAX_INPUT_CHARS = 20_000;

    public static final AtomicLong EXECUTIONS = new AtomicLong();

    private Bounds() {
    }

    /** True when this run fuzzes (open-ended), not only replays the committed inputs. */
    static boolean fuzzing() {
        return System.getenv("JAZZER_FUZZ") != null || Long.getLong("clashmap.fuzz.seconds", 0) > 0;
    }

    /** Runs one input, counting it and, while fuzzing, failing when it took longer than the per-input bound. */
    public static void timed(String target, Runnable body) {
        EXECUTIONS.incrementAndGet();
        long t0 = System.nanoTime();
        body.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (PER_INPUT_MILLIS > 0 && ms > PER_INPUT_MILLIS) {
            throw new AssertionError(target + ": one input took " + ms + " ms (bound " + PER_INPUT_MILLIS + " ms)");
        }
    }
}
