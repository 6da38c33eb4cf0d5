package org.clashmap.ingest;

import org.clashmap.sources.SourceKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A folder analysts drop reports into (decision 025): every report file of a kind ClashMap reads
 * ({@link SourceKind}) that appears or changes in it, or in a folder inside it, is ingested once it
 * has settled: its size and modification time unchanged for the settling delay, so a file still being
 * copied or exported (a Telegram export is written for minutes) is never read half-written. Files
 * already there when the watch starts are taken in first (what the store holds is skipped by its text).
 * A file ingested unchanged is not read again; the folders of pages saved "complete" and links leading
 * out of the folder are left alone. Uses the platform's {@link WatchService}, and also looks at the
 * pending files on every tick, so a missed or coalesced event only delays a file, never loses it.
 */
public final class FolderWatch implements AutoCloseable {
    /** Ingests files: {@link Ingester#ingestFiles} or the window's workspace. */
    @FunctionalInterface
    public interface Batch {
        IngestSummary ingest(List<Path> files, BooleanSupplier cancelled);
    }

    /** Told after each batch ingested (on the watch's thread), and of problems with the folder itself. */
    public interface Listener {
        void ingested(List<Path> files, IngestSummary summary);

        default void problem(String message) { }
    }

    /** Default settling delay: long enough for a copy or a browser's save to finish, short enough to feel live. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    private record Stamp(long size, FileTime modified) {}

    private final Path root;
    private final Path realRoot;
    private final Batch batch;
    private final Listener listener;
    private final Duration settle;
    private final WatchService watcher;
    private final Map<Path, Stamp> done = new HashMap<>();
    private final Map<Path, Stamp> pending = new HashMap<>();
    private final Map<Path, Long> stableSince = new HashMap<>();
    private volatile boolean stopped;
    private Thread thread;

    public FolderWatch(Path dir, Batch batch, Listener listener, Duration settle) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a folder");
        this.root = dir.toAbsolutePath().normalize();
        this.batch = batch;
        this.listener = listener;
        this.settle = settle;
        try {
            this.realRoot = root.toRealPath();
            this.watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot watch: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return root;
    }

    /** Watches on a daemon thread of its own until {@link #close}. */
    public FolderWatch start() {
        thread = new Thread(this::run, "watch " + root.getFileName());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Watches on this thread until {@link #close} (from another thread) or an interrupt. */
    public void run() {
        try {
            register(root);
            scan(root);
            long tick = Math.max(50, Math.min(500, settle.toMillis() / 4));
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.poll(tick, TimeUnit.MILLISECONDS);
                while (key != null) {
                    Path dir = (Path) key.watchable();
                    for (WatchEvent<?> e : key.pollEvents()) {
                        if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                            scan(root); // events were lost: look at everything again
                            continue;
                        }
                        Path p = dir.resolve((Path) e.context());
                        if (Files.isDirectory(p)) {
                            if (!SourceKind.inPageFolder(root, p.resolve("x"))) {
                                register(p);
                                scan(p);
                            }
                        } else {
                            consider(p);
                        }
                    }
                    key.reset();
                    key = watcher.poll();
                }
                ingestSettled();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            listener.problem(root + ": cannot watch: " + e.getMessage());
        }
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                if (d.equals(root) || !SourceKind.inPageFolder(root, d.resolve("x"))) {
                    d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
        }
    }

    private void scan(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(this::consider);
        }
    }

    /** A file appeared or changed: if it is a report file of ours, wait for it to settle. */
    private void consider(Path p) {
        Path f = p.toAbsolutePath().normalize();
        if (!f.startsWith(root) || SourceKind.inPageFolder(root, f) || !Files.isRegularFile(f)) return;
        if (SourceKind.of(f).isEmpty()) return;
        try {
            if (!f.toRealPath().startsWith(realRoot)) return; // a link leading out of the folder
        } catch (IOException e) {
            return;
        }
        pending.putIfAbsent(f, null);
    }

    /** Ingests, as one batch, the pending files whose size and time have not changed for the settling delay. */
    private void ingestSettled() {
        long now = System.nanoTime();
        List<Path> ready = new ArrayList<>();
        for (Map.Entry<Path, Stamp> e : new ArrayList<>(pending.entrySet())) {
            Path f = e.getKey();
            Stamp s = stamp(f);
            if (s == null) { // gone (a temporary file renamed away, a copy aborted)
                pending.remove(f);
                stableSince.remove(f);
            } else if (!s.equals(e.getValue())) {
                pending.put(f, s);
                stableSince.put(f, now);
            } else if (now - stableSince.get(f) >= settle.toNanos()) {
                pending.remove(f);
                stableSince.remove(f);
                if (!s.equals(done.get(f))) ready.add(f);
            }
        }
        if (ready.isEmpty()) return;
        ready.sort(null);
        IngestSummary summary;
        try {
            summary = batch.ingest(ready, () -> stopped);
        } catch (RuntimeException ex) {
            listener.problem(ready + ": " + ex.getMessage());
            return;
        }
        for (Path f : ready) done.put(f, stamp(f));
        listener.ingested(ready, summary);
    }

    private static Stamp stamp(Path f) {
        try {
            return new Stamp(Files.size(f), Files.getLastModifiedTime(f));
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops watching; a batch being ingested stops between reports, keeping what it stored. */
    @Override
    public void close() {
        stopped = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "watching " + Objects.toString(root);
    }
}
