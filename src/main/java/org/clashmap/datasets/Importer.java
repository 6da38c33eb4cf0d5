package org.clashmap.datasets;

import org.clashmap.store.DatasetStore;
import org.clashmap.store.ExternalEvent;
import org.clashmap.text.Encodings;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Imports a dataset file into the database in batches of {@link #BATCH} events, each batch one
 * transaction: an interrupted import keeps whole batches only, and a re-run fills in the rest
 * without duplicating (the database is unique on origin + external id).
 */
public final class Importer {
    /** Big enough that commits (one fsync each) are few, small enough that memory stays flat. */
    static final int BATCH = 5_000;
    /**
     * The reader hands a batch over in parts of this many rows, each stored as soon as it comes (in the batch's
     * open transaction): storing starts after 500 rows are read, not 5,000 (decision 045). Divides {@link #BATCH}.
     */
    static final int PART = 500;
    /**
     * The first part is smaller: the store starts on it while the reader, still cold (its first rows interpreted, the
     * file's first megabyte checked as UTF-8), reads on; the next part fills up to {@link #PART}, so parts still end at
     * multiples of it and batches at {@link #BATCH}. The store's wait for its first rows: 42–89 ms with 500, 22–35 ms
     * with 100, and with 20 it waits again for the next part (issue 24, decision 056).
     */
    static final int FIRST_PART = 100;
    /**
     * Parts the reader may have waiting for the store. The reader is the faster side (a third of the store's CPU), so
     * the queue is full nearly all the time and every event in it lives through the young collections that run
     * meanwhile: two batches' worth (20 parts, 10,000 events of about 1 KB) were copied at each one and promoted,
     * the old generation growing 9 → 22 MB over the UCDP file. Two parts keep the store fed all the same (issue 24,
     * decision 056). Not less: after the store fails and empties the queue, one part the reader was already offering
     * and the end marker must still fit, or the reader would wait for ever.
     */
    static final int WAITING_PARTS = 2;
    /** Malformed rows listed one by one; the rest are only counted, so memory stays flat on a file of garbage. */
    static final int MAX_LISTED = 100;
    /** Malformed rows in a row from the start, with no usable one, after which the file is refused without reading on. */
    static final int GIVE_UP_AFTER = 100_000;

    private final DatasetStore store;
    private final Consumer<String> messages;

    /** @param messages receives one line per malformed row (the CLI sends them to stderr) */
    public Importer(DatasetStore store, Consumer<String> messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * Checks the file's head and starts reading it on its own thread; {@link Reading#storeInto} stores what it reads.
     * The command opens its database in between: the reader's cold start (its first rows interpreted) overlaps the
     * opening instead of following it (issue 24).
     *
     * @throws IllegalArgumentException when the file is not a readable CSV (see {@link #importFile})
     */
    public static Reading startReading(Format format, Path file, Consumer<String> messages) throws IOException {
        return new Importer(null, messages).start(format, file);
    }

    /**
     * @throws IllegalArgumentException when the file is not a readable CSV of this format (the
     *         message says why; rows before a break in the middle of the file are stored)
     */
    public ImportSummary importFile(Format format, Path file) throws IOException {
        try (Reading reading = start(format, file)) {
            return reading.storeInto(store);
        }
    }

    private Reading start(Format format, Path file) throws IOException {
        checkHead(file);
        DatasetReader reader = format.reader();
        return new Reading(reader, sink -> {
            try (InputStream in = Files.newInputStream(file)) {
                reader.read(file, in, sink);
            }
        });
    }

    /** Refuses, before anything is stored, a file that is empty or whose start is not UTF-8 text (a datasets file can be huge: only its head is read). */
    private static void checkHead(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) throw new IllegalArgumentException("is empty");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        }
        String problem = Encodings.problem(head, head.length, head.length == size);
        if (problem != null) throw new IllegalArgumentException(problem);
        String start = new String(head, StandardCharsets.UTF_8).strip();
        if (start.isEmpty() && head.length == size) throw new IllegalArgumentException("contains only whitespace, no CSV header");
        if (start.startsWith("{") || start.startsWith("[")) throw new IllegalArgumentException("looks like JSON (GeoJSON?), not a CSV file");
    }

    ImportSummary importFrom(DatasetReader reader, Reader in) throws IOException {
        try (Reading reading = new Reading(reader, sink -> reader.read(in, sink))) {
            return reading.storeInto(store);
        }
    }

    /** How the reader thread reads: the rows of a file or of a stream, each to the sink. */
    @FunctionalInterface
    interface Rows {
        void readInto(RowSink sink) throws IOException;
    }

    /**
     * A file being read: parsing and storing overlap, a reader thread mapping rows into parts of a batch while the
     * storing thread stores the previous ones. At most {@link #WAITING_PARTS} parts wait, so memory stays flat; a
     * failure on either side stops both and is rethrown by {@link #storeInto}. Closed without being stored (the
     * database could not be opened), it stops the reader.
     */
    public final class Reading implements AutoCloseable {
        private final long t0 = System.nanoTime();
        private final DatasetReader reader;
        private final Problems problems = new Problems();
        private final BlockingQueue<List<ExternalEvent>> queue = new ArrayBlockingQueue<>(WAITING_PARTS);
        private final List<ExternalEvent> end = List.of();
        private final AtomicReference<Throwable> readFailure = new AtomicReference<>();
        private final AtomicBoolean storeFailed = new AtomicBoolean();
        private final Thread parser;
        private boolean stored;

        private Reading(DatasetReader reader, Rows rows) {
            this.reader = reader;
            parser = new Thread(() -> read(rows), "clashmap-import-reader");
            parser.setDaemon(true);
            parser.start();
        }

        private void read(Rows rows) {
            var batch = new Object() {
                List<ExternalEvent> current = new ArrayList<>(PART);
                long rows;
            };
            try {
                rows.readInto(new RowSink() {
                    @Override
                    public void event(ExternalEvent e) {
                        problems.usableRow();
                        batch.current.add(e);
                        batch.rows++;
                        if (batch.rows % PART == 0 || batch.rows == FIRST_PART) {
                            hand(queue, batch.current, storeFailed);
                            batch.current = new ArrayList<>(PART);
                        }
                    }

                    @Override
                    public void malformed(long line, String problem) {
                        problems.malformed("line " + line + ": " + problem + " (skipped)");
                    }
                });
            } catch (Throwable t) {
                readFailure.set(t);
            } finally {
                // Rows read before a break in the file are good rows: store them, then stop.
                if (!batch.current.isEmpty() && !storeFailed.get()) {
                    try {
                        hand(queue, batch.current, storeFailed);
                    } catch (CancellationException ignored) {
                        // storing failed meanwhile; that failure is the one reported
                    }
                }
                hand(queue, end, new AtomicBoolean());
            }
        }

        /** Stores every row read into {@code store}, batch by batch; the summary. */
        public ImportSummary storeInto(DatasetStore store) throws IOException {
            stored = true;
            int[] counts = new int[2]; // imported, duplicates
            try {
                store.importing(() -> {
                    for (List<ExternalEvent> first = take(queue); first != end; ) {
                        Batch batch = new Batch(queue, end, first);
                        DatasetStore.InsertResult r = store.insert(batch);
                        counts[0] += r.inserted();
                        counts[1] += r.duplicates();
                        first = batch.following();
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                storeFailed.set(true);
                queue.clear();
                throw e;
            } finally {
                join(parser);
            }
            rethrow(readFailure.get());
            problems.refuseIfNothingUsable();
            problems.finish();
            Set<String> unknown = reader.unknownActors();
            int shown = 0;
            for (String name : unknown) {
                if (shown++ == MAX_LISTED) {
                    boolean cut = unknown.size() >= DatasetActors.MAX_UNKNOWN_KEPT;
                    messages.accept((cut ? "at least " : "") + (unknown.size() - MAX_LISTED)
                            + " more actor names not in the mapping, stored as 'other'");
                    break;
                }
                messages.accept("actor name not in the mapping, stored as 'other': " + name);
            }
            return new ImportSummary(reader.origin(), counts[0], counts[1], problems.count, problems.listed, unknown,
                    (System.nanoTime() - t0) / 1e9);
        }

        /** Stops the reader when nothing was stored (it is a daemon: it ends within a tenth of a second, or with the program). */
        @Override
        public void close() {
            if (stored) return;
            storeFailed.set(true);
            queue.clear();
        }
    }

    /**
     * The malformed rows: the first {@link #MAX_LISTED} kept and passed on, the rest counted. Until a usable
     * row is seen they are held back, so a file with none is refused in one line, not after a list of them.
     */
    private final class Problems {
        final List<String> listed = new ArrayList<>();
        int count;
        private boolean usable;
        private int flushed;

        synchronized void usableRow() {
            if (usable) return;
            usable = true;
            flush();
        }

        synchronized void malformed(String m) {
            count++;
            if (listed.size() < MAX_LISTED) listed.add(m);
            if (usable) flush();
            else if (count >= GIVE_UP_AFTER) {
                throw new IllegalArgumentException("the first " + count + " rows are all malformed (first: " + listed.get(0)
                        + "); it is not a file of this format, nothing was imported");
            }
        }

        private void flush() {
            while (flushed < listed.size()) messages.accept(listed.get(flushed++));
        }

        synchronized void refuseIfNothingUsable() {
            if (!usable && count > 0) {
                throw new IllegalArgumentException("has no usable row: " + count + " malformed rows (first: " + listed.get(0) + "); nothing was imported");
            }
        }

        synchronized void finish() {
            flush();
            if (count > listed.size()) messages.accept((count - listed.size()) + " more malformed rows skipped, not listed");
        }
    }

    /** Puts a batch on the queue; once storing has failed, stops the reader (no point parsing on). */
    private static void hand(BlockingQueue<List<ExternalEvent>> queue, List<ExternalEvent> batch, AtomicBoolean storeFailed) {
        try {
            while (!storeFailed.get()) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CancellationException("storing failed");
    }

    private static List<ExternalEvent> take(BlockingQueue<List<ExternalEvent>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) return;
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        throw new IllegalStateException(t);
    }

    /**
     * One batch: the parts the reader hands over until {@link #BATCH} rows or the end, taken from the queue as the
     * store asks for them (its transaction is open meanwhile).
     */
    private static final class Batch implements Iterator<List<ExternalEvent>> {
        private final BlockingQueue<List<ExternalEvent>> queue;
        private final List<ExternalEvent> end;
        private List<ExternalEvent> next;
        private int rows;
        private boolean ended;

        Batch(BlockingQueue<List<ExternalEvent>> queue, List<ExternalEvent> end, List<ExternalEvent> first) {
            this.queue = queue;
            this.end = end;
            this.next = first;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended && rows < BATCH) {
                next = take(queue);
                if (next == end) {
                    ended = true;
                    next = null;
                }
            }
            return next != null;
        }

        @Override
        public List<ExternalEvent> next() {
            if (!hasNext()) throw new NoSuchElementException();
            List<ExternalEvent> part = next;
            next = null;
            rows += part.size();
            return part;
        }

        /** The first part of the next batch, or the end. */
        List<ExternalEvent> following() {
            return ended ? end : take(queue);
        }
    }
}
