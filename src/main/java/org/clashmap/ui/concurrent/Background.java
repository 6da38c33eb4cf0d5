package org.clashmap.ui.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The window's one executor for slow work: loading events, ingesting, rebuilding the control map,
 * exports. Work is a {@code javafx.concurrent.Task} (progress, messages and results reach the FX
 * thread through the task) or a plain runnable that hands its result over with
 * {@code Platform.runLater}. Threads are daemons, so a closing window never waits for them. The
 * basemap tiles keep their own small pool ({@code ui.map.OfflineTileRetriever}): Gluon Maps asks
 * for tiles in bursts, and a burst must not queue behind an ingest.
 */
public final class Background {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "clashmap-background-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Background() {
    }

    /**
     * Runs {@code work} (a {@code Task} or any runnable) off the FX thread. The future completes
     * when {@code work.run()} has returned, also for a task cancelled while running, so a caller can
     * wait for the work in flight to end.
     */
    public static Future<?> run(Runnable work) {
        return EXECUTOR.submit(work);
    }
}
