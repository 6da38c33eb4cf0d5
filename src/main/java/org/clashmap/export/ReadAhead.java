package org.clashmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a streaming source (the store handing over its events one by one) on a second thread while the
 * caller's thread takes what it produced, in batches, and writes it: reading the database and writing
 * the file overlap on two cores instead of taking turns on one (issue 24: each was about half of an
 * export's loop). Memory stays bounded ({@link #BATCHES} batches of {@link #BATCH} items wait at most).
 * The items reach the sink in the source's order, on the caller's thread. A failure on either side stops
 * both and is thrown on the caller's thread as it was thrown.
 */
final class ReadAhead<T> {
    static final int BATCH = 512;
    static final int BATCHES = 4;

    /** A source that hands every item to the consumer it is given, then returns. */
    @FunctionalInterface
    interface Source<T> {
        void forEach(Consumer<T> sink);
    }

    private static final List<Object> END = List.of();

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES);
    private volatile boolean stopped;
    private volatile Throwable readFailure;

    private ReadAhead() {
    }

    /** Hands every item of {@code source} to {@code sink}, in order, reading ahead on another thread. */
    static <T> void forEach(Source<T> source, Consumer<T> sink) {
        new ReadAhead<T>().run(source, sink);
    }

    @SuppressWarnings("unchecked")
    private void run(Source<T> source, Consumer<T> sink) {
        Thread reader = new Thread(() -> read(source), "clashmap-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<T> batch = take(); batch != END; batch = take()) {
                for (T item : batch) sink.accept(item);
            }
        } catch (RuntimeException | Error e) {
            stopped = true;
            queue.clear(); // frees a reader waiting to put
            throw e;
        } finally {
            join(reader);
        }
        Throwable f = readFailure;
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error r) throw r;
    }

    /** The reader's side: batches into the queue, then {@link #END}, also after a failure (kept for the caller). */
    @SuppressWarnings("unchecked")
    private void read(Source<T> source) {
        List<T>[] batch = new List[]{new ArrayList<>(BATCH)};
        try {
            source.forEach(item -> {
                batch[0].add(item);
                if (batch[0].size() == BATCH) {
                    put(batch[0]);
                    batch[0] = new ArrayList<>(BATCH);
                }
            });
        } catch (Stopped e) {
            return; // the caller failed and is not taking any more
        } catch (RuntimeException | Error e) {
            readFailure = e;
        }
        try {
            if (!batch[0].isEmpty()) put(batch[0]); // what was read before the end, or before a failure
            put((List<T>) END);
        } catch (Stopped ignored) {
            // the caller has gone
        }
    }

    private void put(List<T> batch) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (stopped) throw new Stopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stopped) throw new Stopped();
    }

    private List<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the events", e);
        }
    }

    private static void join(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Ends the reader once the caller has stopped taking. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
