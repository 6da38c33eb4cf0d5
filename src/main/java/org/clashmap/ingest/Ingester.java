package org.clashmap.ingest;

import org.clashmap.extract.Extractor;
import org.clashmap.extract.Report;
import org.clashmap.store.EventStore;
import org.clashmap.store.IngestResult;
import org.clashmap.store.Sha256;
import org.clashmap.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Takes reports into the store. Each report is read, checked against what is stored (by text
 * hash, so reruns skip finished work), extracted and stored in its own transaction: a bad file
 * is listed and the rest go on; an interruption loses at most the report being written. A database
 * that cannot be used (locked, damaged, read-only) stops the run with its {@link StoreException}.
 */
public final class Ingester {
    private final Extractor extractor;
    private final EventStore store;

    public Ingester(Extractor extractor, EventStore store) {
        this.extractor = extractor;
        this.store = store;
    }

    /** Files and folders (walked for {@code .txt}) in a stable order. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                            .sorted(Comparator.comparing(Path::toString)).forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list folder: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public IngestSummary ingestFiles(List<Path> files, IngestProgress progress, BooleanSupplier cancelled) {
        Counter c = new Counter();
        int i = 0;
        for (Path f : files) {
            if (cancelled.getAsBoolean()) return c.summary(true);
            try {
                String text = ReportFiles.read(f);
                ReportMetadata meta = ReportMetadata.find(f).orElse(ReportMetadata.unknown(f.getFileName().toString()));
                c.count(ingest(text, f.getFileName().toString(), meta));
            } catch (BadReportException e) {
                c.problems.add(e.getMessage());
            } catch (IllegalArgumentException | UncheckedIOException e) {
                c.problems.add(f + ": " + e.getMessage());
            } catch (StoreException e) {
                // A locked or damaged database fails every report alike: stop, keeping what was committed.
                if (e.databaseUnusable()) throw e;
                c.problems.add(f + ": " + e.getMessage());
            }
            progress.reportDone(++i, files.size(), f.getFileName().toString());
        }
        return c.summary(false);
    }

    /** One file with publication details given by the user. */
    public IngestSummary ingestFile(Path file, ReportMetadata meta) {
        Counter c = new Counter();
        try {
            c.count(ingest(ReportFiles.read(file), file.getFileName().toString(), meta));
        } catch (BadReportException | StoreException e) {
            c.problems.add(e.getMessage());
        }
        return c.summary(false);
    }

    /** The built-in sample: the five seed reports inside the jar, with their metadata. */
    public IngestSummary ingestBuiltInSeeds(IngestProgress progress) {
        Map<String, ReportMetadata> meta = ReportMetadata.builtInSeeds();
        List<String> names = meta.keySet().stream().sorted().toList();
        Counter c = new Counter();
        int i = 0;
        for (String name : names) {
            try (InputStream in = Ingester.class.getResourceAsStream("/seeds/" + name)) {
                if (in == null) throw new IllegalStateException("built-in seed " + name + " is missing from the jar");
                c.count(ingest(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, meta.get(name)));
            } catch (IOException e) {
                c.problems.add("seeds/" + name + ": " + e.getMessage());
            }
            progress.reportDone(++i, names.size(), name);
        }
        return c.summary(false);
    }

    private IngestResult ingest(String text, String fileName, ReportMetadata meta) {
        if (store.hasArticle(Sha256.of(text))) return null;
        Report report = new Report(text, meta.published(), meta.precision(), fileName, meta.outlet());
        return store.ingest(extractor.extract(report));
    }

    private static final class Counter {
        int added, already, events;
        final List<String> problems = new ArrayList<>();

        void count(IngestResult r) {
            if (r == null || !r.added()) {
                already++;
            } else {
                added++;
                events += r.events();
            }
        }

        IngestSummary summary(boolean cancelled) {
            return new IngestSummary(added, already, events, problems, cancelled);
        }
    }
}
