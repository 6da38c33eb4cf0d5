package org.clashmap.ingest;

import org.clashmap.extract.Extraction;
import org.clashmap.extract.Extractor;
import org.clashmap.extract.Report;
import org.clashmap.store.EventStore;
import org.clashmap.store.IngestResult;
import org.clashmap.sources.FeedReader;
import org.clashmap.sources.PageReader;
import org.clashmap.sources.SourceException;
import org.clashmap.sources.SourceItem;
import org.clashmap.sources.SourceKind;
import org.clashmap.sources.TelegramExport;
import org.clashmap.store.ReportRevisions;
import org.clashmap.store.ReportKeys;
import org.clashmap.store.Sha256;
import org.clashmap.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Takes reports into the store. Each report is read, checked against what is stored (by text
 * hash, so reruns skip finished work), extracted and stored; a report and its events are always
 * in one transaction (folders: a batch of reports per transaction), so a killed ingest loses at
 * most the batch being written and never leaves half a report. A bad file is listed and the rest
 * go on. A database
 * that cannot be used (locked, damaged, read-only) stops the run with its {@link StoreException}.
 */
public final class Ingester {
    /**
     * Longest a report may take to extract before it is skipped as a problem. Extraction is linear in size
     * (a 50 MB report takes under a minute on one core), so only a pathological file comes near it, and it
     * must not stall an ingest of thousands.
     */
    public static final java.time.Duration REPORT_TIME_LIMIT = java.time.Duration.ofSeconds(120);

    private final Extractor extractor;
    private final EventStore store;
    private final java.time.Duration reportLimit;
    private final ReportRevisions revisions;

    public Ingester(Extractor extractor, EventStore store) {
        this(extractor, store, REPORT_TIME_LIMIT);
    }

    /** With another time limit per report (tests). */
    public Ingester(Extractor extractor, EventStore store, java.time.Duration reportLimit) {
        this.extractor = extractor;
        this.store = store;
        this.reportLimit = reportLimit;
        this.revisions = new ReportRevisions(store.database());
    }

    /** Files and folders (walked for report files of every kind, {@link SourceKind}) in a stable order; links leading out of a folder are left out. */
    public static List<Path> expand(List<Path> paths) {
        return collect(paths).files();
    }

    /** The report files to read, and why any file found in a folder is not among them. */
    public record Found(List<Path> files, List<String> skipped) {}

    /**
     * Files and folders (walked for report files: {@code .txt}, saved pages, Telegram exports, feeds;
     * not the folders of pages saved "complete") in a stable order. A symbolic link inside a folder is
     * followed only when its target lies inside that folder too: a link to {@code /etc/shadow} or into
     * someone's home is listed in {@code skipped} (with its target) and never read. A file named on the
     * command line is read as given.
     */
    public static Found collect(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                Path root;
                try (Stream<Path> s = Files.walk(p)) {
                    root = p.toRealPath();
                    found = s.filter(f -> Files.isRegularFile(f) && !SourceKind.inPageFolder(p, f) && SourceKind.of(f).isPresent())
                            .sorted(Comparator.comparing(Path::toString)).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list folder: " + e.getMessage(), e);
                }
                for (Path f : found) {
                    Path target = realPath(f);
                    if (target == null || !target.startsWith(root)) {
                        skipped.add(f + ": is a link to " + (target == null ? "a file that cannot be resolved" : target)
                                + ", outside " + p + "; skipped");
                    } else {
                        out.add(f);
                    }
                }
            } else {
                out.add(p);
            }
        }
        return new Found(out, skipped);
    }

    private static Path realPath(Path f) {
        try {
            return f.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** Files and folders: {@link #collect} them, then {@link #ingestFiles}; links skipped are listed among the problems. */
    public IngestSummary ingestPaths(List<Path> filesOrFolders, IngestProgress progress, BooleanSupplier cancelled) {
        Found found = collect(filesOrFolders);
        return ingestFiles(found.files(), progress, cancelled).withSkipped(found.skipped());
    }

    /**
     * Ingests files using every core: reading, hashing and extraction (pure, thread-safe) run in
     * parallel a bounded window ahead, while this thread stores the results in file order, one
     * transaction each. Cancel stops between reports; what was stored stays stored.
     */
    public IngestSummary ingestFiles(List<Path> files, IngestProgress progress, BooleanSupplier cancelled) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "extract-watchdog");
            t.setDaemon(true);
            return t;
        });
        ReportMetadata.Lookup metadata = new ReportMetadata.Lookup();
        Counter c = new Counter();
        c.runId = store.startRun(label(files));
        Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
        List<Prepared> batch = new ArrayList<>();
        int total = SourceWork.total(files);
        int done = 0;
        try (SourceWork next = new SourceWork(files)) {
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < threads * 8 && next.hasNext()) {
                    SourceWork.Unit u = next.next();
                    inFlight.add(pool.submit(() -> prepare(u, metadata, watchdog)));
                }
                if (cancelled.getAsBoolean()) {
                    storeBatch(batch, c);
                    return c.finish(store, true);
                }
                Prepared p = await(inFlight.poll());
                batch.add(p);
                // Store when the batch is full, or when nothing else is ready (keeps progress honest).
                if (batch.size() >= BATCH || inFlight.isEmpty() || !inFlight.peek().isDone()) storeBatch(batch, c);
                progress.reportDone(++done, Math.max(total, done), p.name());
            }
            storeBatch(batch, c);
            return c.finish(store, false);
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    /** Reports stored per transaction when ingesting folders. */
    static final int BATCH = 32;

    private void storeBatch(List<Prepared> batch, Counter c) {
        List<Extraction> ready = new ArrayList<>();
        List<ReportKeys> keys = new ArrayList<>();
        for (Prepared p : batch) {
            if (p.problem() != null) c.problems.add(p.problem());
            else if (p.alreadyStored()) c.count(null);
            else if (p.revises() == null) {
                ready.add(p.extraction());
                keys.add(p.keys());
            }
        }
        for (Prepared p : batch) if (p.revises() != null && p.problem() == null) store(p, c);
        if (!ready.isEmpty()) {
            try {
                List<IngestResult> results = store.ingestAll(ready, keys, c.runId);
                for (int i = 0; i < results.size(); i++) c.count(results.get(i), ready.get(i).report());
            } catch (StoreException e) {
                // A locked or damaged database fails every report alike: stop, keeping what was committed.
                if (e.databaseUnusable()) throw e;
                // The batch rolled back as a whole: store its reports one by one to find the culprit.
                for (Prepared p : batch) if (p.extraction() != null && p.revises() == null) store(p, c);
            }
        }
        batch.clear();
    }

    /**
     * A report read and extracted, ready to store; or why it cannot be. {@code name}: the file, or the
     * file and item; {@code revises}: the stored report this one is a new version of (an edited Telegram message).
     */
    private record Prepared(String name, Extraction extraction, boolean alreadyStored, String problem, Long revises,
                            java.time.OffsetDateTime editedAt, ReportKeys keys) {
        Prepared(String name, Extraction extraction, boolean alreadyStored, String problem) {
            this(name, extraction, alreadyStored, problem, null, null, null);
        }
    }

    private Prepared prepare(SourceWork.Unit u, ReportMetadata.Lookup metadata, java.util.concurrent.ScheduledExecutorService watchdog) {
        String f = u.name();
        try {
            SourceItem item = u.item();
            if (item != null && item.problem() != null) return new Prepared(f, null, false, item.problem());
            Report report = item != null ? item.report() : u.kind() == SourceKind.PAGE ? PageReader.read(u.file()) : textReport(u.file(), metadata);
            String sha = Sha256.of(report.text());
            if (store.hasArticle(sha)) return new Prepared(f, null, true, null);
            ReportRevisions.Linked stored = item != null && item.keyed() ? revisions.byLink(report.link()) : null;
            if (stored != null && (item.editedAt() == null || stored.revisedAt() != null && !item.editedAt().isAfter(stored.revisedAt()))) {
                return new Prepared(f, null, true, null); // an older version of a stored message (an earlier export read again)
            }
            Long revises = stored == null ? null : stored.id();
            Extraction x = extractWithinLimit(report, watchdog);
            // The text's keys are made here, on an extracting thread, not by the one thread that stores.
            ReportKeys keys = ReportKeys.of(sha, report.text());
            return new Prepared(f, x, false, null, revises, revises == null ? null : item.editedAt(), keys);
        } catch (java.util.concurrent.CancellationException e) {
            return new Prepared(f, null, false, f + ": took over " + reportLimit.toSeconds() + " s to extract and was skipped (is it really one report?)");
        } catch (BadReportException | SourceException e) {
            return new Prepared(f, null, false, e.getMessage());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return new Prepared(f, null, false, f + ": " + e.getMessage());
        } catch (StoreException e) {
            if (e.databaseUnusable()) throw e; // stops the run: see storeBatch
            return new Prepared(f, null, false, f + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // One report that trips the extractor must not stop the batch: list it and go on.
            return new Prepared(f, null, false, f + ": could not be processed (" + e + ")");
        }
    }

    /** A {@code .txt} report with the publication details of its metadata file (else unknown). */
    private static Report textReport(Path f, ReportMetadata.Lookup metadata) throws BadReportException {
        String text = ReportFiles.read(f);
        ReportMetadata meta = metadata.find(f).orElse(ReportMetadata.unknown(f.getFileName().toString()));
        return new Report(text, meta.published(), meta.precision(), f.getFileName().toString(), meta.outlet());
    }

    /**
     * Extracts on this thread; past the time limit the watchdog interrupts it and the extractor stops
     * between sentences. The flag is cleared before the thread takes its next report, under a lock so a
     * late alarm cannot interrupt that one instead.
     */
    private Extraction extractWithinLimit(Report report, java.util.concurrent.ScheduledExecutorService watchdog) {
        Thread worker = Thread.currentThread();
        Object lock = new Object();
        boolean[] done = {false};
        java.util.concurrent.ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            synchronized (lock) {
                if (!done[0]) worker.interrupt();
            }
        }, reportLimit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            return extractor.extract(report);
        } finally {
            synchronized (lock) {
                done[0] = true;
            }
            alarm.cancel(false);
            Thread.interrupted();
        }
    }

    private void store(Prepared p, Counter c) {
        if (p.problem() != null) {
            c.problems.add(p.problem());
        } else if (p.alreadyStored()) {
            c.count(null);
        } else {
            try {
                if (p.revises() != null) c.revised(revisions.revise(p.revises(), p.extraction(), p.editedAt()), p.extraction().report());
                else c.count(store.ingest(p.extraction(), c.runId), p.extraction().report());
            } catch (StoreException e) {
                if (e.databaseUnusable()) throw e;
                c.problems.add(p.name() + ": " + e.getMessage());
            }
        }
    }

    private static Prepared await(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException se) throw se; // an unusable database, already explained
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One file with publication details given by the user. */
    public IngestSummary ingestFile(Path file, ReportMetadata meta) {
        Counter c = new Counter();
        c.runId = store.startRun(file.toString());
        try {
            Report report = new Report(ReportFiles.read(file), meta.published(), meta.precision(), file.getFileName().toString(), meta.outlet());
            c.count(ingest(report, c.runId), report);
        } catch (BadReportException | StoreException e) {
            c.problems.add(e.getMessage());
        }
        return c.finish(store, false);
    }

    /** The built-in sample: the five seed reports inside the jar, with their metadata. */
    public IngestSummary ingestBuiltInSeeds(IngestProgress progress) {
        Map<String, ReportMetadata> meta = ReportMetadata.builtInSeeds();
        List<String> names = meta.keySet().stream().sorted().toList();
        Counter c = new Counter();
        c.runId = store.startRun("built-in seeds");
        int i = 0;
        for (String name : names) {
            try (InputStream in = Ingester.class.getResourceAsStream("/seeds/" + name)) {
                if (in == null) throw new IllegalStateException("built-in seed " + name + " is missing from the jar");
                ReportMetadata m = meta.get(name);
                Report report = new Report(new String(in.readAllBytes(), StandardCharsets.UTF_8), m.published(), m.precision(), name, m.outlet());
                c.count(ingest(report, c.runId), report);
            } catch (IOException e) {
                c.problems.add("seeds/" + name + ": " + e.getMessage());
            }
            progress.reportDone(++i, names.size(), name);
        }
        return c.finish(store, false);
    }

    private IngestResult ingest(Report report, Long runId) {
        if (store.hasArticle(Sha256.of(report.text()))) return null;
        return store.ingest(extractor.extract(report), runId);
    }

    /** What the run is called in `clashmap reports runs`: its folder, or its first file and how many more. */
    private static String label(List<Path> files) {
        if (files.isEmpty()) return "";
        Path parent = files.get(0).getParent();
        boolean oneFolder = parent != null && files.stream().allMatch(f -> parent.equals(f.getParent()));
        if (files.size() > 1 && oneFolder) return parent + " (" + files.size() + " files)";
        return files.get(0) + (files.size() > 1 ? " and " + (files.size() - 1) + " more" : "");
    }

    /**
     * Gives a stored report its publication day: the report is extracted again with it, and its
     * events and control claims take the dates found (then are linked again to incidents); the
     * analyst's edits stay. Stops with a message when the report is unknown or already dated
     * differently and {@code force} is not set.
     */
    public int redate(long articleId, java.time.LocalDate published, org.clashmap.extract.TimePrecision precision) {
        org.clashmap.store.ReportStore reports = new org.clashmap.store.ReportStore(store.database());
        org.clashmap.store.ReportStore.StoredReport r = reports.report(articleId);
        if (r == null) throw new IllegalArgumentException("no report " + articleId);
        if (r.duplicateOf() != null) throw new IllegalArgumentException("report " + articleId + " re-posts report " + r.duplicateOf() + "; date that one");
        String text = store.articleText(articleId);
        Extraction x = extractor.extract(new Report(text, published, precision, r.fileName(), r.outlet()));
        return reports.redate(new org.clashmap.store.ReportStore.Redating(articleId, published, precision,
                x.events().stream().map(org.clashmap.extract.Event::date).toList(),
                x.claims().stream().map(org.clashmap.extract.ControlClaim::date).toList()));
    }

    private static final class Counter {
        int added, already, events, duplicates, linked, updated, undated;
        Long runId;
        final List<String> problems = new ArrayList<>();

        void count(IngestResult r) {
            count(r, null);
        }

        void count(IngestResult r, Report report) {
            if (r == null || !r.added()) {
                already++;
            } else {
                added++;
                events += r.events();
                linked += r.linked();
                if (r.duplicateOf() != null) duplicates++;
                else if (report != null && report.published() == null) undated++;
            }
        }

        /** A stored report updated to a new version of itself (an edited message). */
        void revised(IngestResult r, Report report) {
            updated++;
            events += r.events();
            linked += r.linked();
            if (report.published() == null) undated++;
        }

        IngestSummary finish(EventStore store, boolean cancelled) {
            if (runId != null) store.finishRun(runId, cancelled);
            return new IngestSummary(added, already, events, problems, cancelled, duplicates, linked, runId, updated, undated);
        }
    }
}
