package org.clashmap.export;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The frames of an animation made ahead on worker threads while the caller encodes the ones before,
 * and handed over in their order: the GIF's LZW compression and ffmpeg's pipe take one frame at a
 * time, but drawing the next frames need not wait for them (decision 036). At most
 * {@code threads + 1} frames are made or waiting at any time, so memory stays a few frames whatever
 * the count. Not thread-safe: one caller takes the frames 0, 1, 2, ... in order.
 */
final class FramesAhead<T> implements AutoCloseable {
    private final int count, window;
    private final IntFunction<T> make;
    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
    private int submitted, taken;

    FramesAhead(int count, int threads, IntFunction<T> make) {
        this.count = count;
        this.window = threads + 1;
        this.make = make;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "clashmap-frames");
            t.setDaemon(true);
            return t;
        });
    }

    /** Worker threads for this machine: one per core (the caller's encoding waits on them most of the time). */
    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Frame {@code k}, the next in order, waiting for it if needed; a worker's failure is thrown here
     * as it was thrown there, and an interrupted caller gets an {@link InterruptedIOException} (wrapped).
     */
    T take(int k) {
        if (k != taken) throw new IllegalStateException("frames are taken in order: expected " + taken + ", asked " + k);
        while (submitted < count && submitted < k + window) {
            int i = submitted++;
            pending.add(pool.submit(() -> make.apply(i)));
        }
        Future<T> next = pending.poll();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("animation cancelled"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            taken++;
        }
    }

    /** Stops the workers; frames still being made are abandoned. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
