package org.clashmap.cli;

import org.clashmap.export.GeoJsonEvents;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Extractor;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.BadReportException;
import org.clashmap.ingest.ReportLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Extracts events from report files and prints them as a GeoJSON FeatureCollection. */
@Command(name = "extract", description = "Find the incidents in Arabic reports; print GeoJSON (one point per event and place).")
public final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of every FILE (default: from metadata.tsv next to the file or the built-in seeds list, else unknown)")
    String published;

    @Option(names = "--precision", paramLabel = "day|week|month", description = "How exact --published is (default: day)")
    String precision;

    // FileNames: picocli's own parsing tried every file name as a number, three exceptions a file
    @Parameters(paramLabel = "FILE", arity = "1..*", parameterConsumer = FileNames.class, description = "Report text files (UTF-8)")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        LocalDate date = parseDate();
        TimePrecision prec = precision == null ? TimePrecision.DAY : parsePrecision();
        QuickCompile.forFiles(files);
        ReportLoader reports = new ReportLoader(); // shared with `eval`, which scores what this prints
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // The gazetteer loads while the files are checked.
            Future<Extractor> extractor = pool.submit(() -> new RuleBasedExtractor(Gazetteers.load()));
            // Every file is checked once before any output, so a refused one (not UTF-8, too big) leaves stdout
            // empty as before; then extracted on every core a bounded window ahead and written in file order,
            // report by report: memory stays a few reports' (decision 034).
            // The second half is checked on the pool's other thread; the first problem in file order is the one told.
            int half = threads > 1 ? files.size() / 2 : files.size();
            Future<?> secondHalf = pool.submit(() -> check(reports, files.subList(half, files.size()), date));
            check(reports, files.subList(0, half), date);
            await(secondHalf);
            Extractor x = await(extractor);
            Deque<Future<Extraction>> ahead = new ArrayDeque<>();
            java.util.Iterator<Path> rest = files.iterator();
            // The first reports are under way before the GeoJSON writer is made (its classes take a while to load).
            Runnable fill = () -> {
                while (ahead.size() < threads * 4 && rest.hasNext()) {
                    Path f = rest.next();
                    ahead.add(pool.submit(() -> x.extract(load(reports, f, date, prec))));
                }
            };
            fill.run();
            java.io.OutputStream stdout = new java.io.BufferedOutputStream(System.out, 1 << 16);
            try (GeoJsonEvents.Stream out = new GeoJsonEvents.Stream(stdout)) {
                while (!ahead.isEmpty()) {
                    out.add(await(ahead.poll()));
                    fill.run();
                }
            }
            stdout.write('\n');
            stdout.flush();
            System.out.flush();
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The task's result; its own exception (a refused file, an out-of-memory) is thrown as it was. */
    static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static org.clashmap.extract.Report load(ReportLoader reports, Path f, LocalDate date, TimePrecision prec) {
        try {
            return reports.load(f, date, prec);
        } catch (BadReportException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static void check(ReportLoader reports, List<Path> files, LocalDate date) {
        for (Path f : files) {
            try {
                reports.check(f, date);
            } catch (BadReportException e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    private LocalDate parseDate() {
        if (published == null) {
            if (precision != null) throw new UserError("--precision needs --published");
            return null;
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw new UserError("--published: not a date (YYYY-MM-DD): " + published);
        }
    }

    private TimePrecision parsePrecision() {
        TimePrecision p;
        try {
            p = TimePrecision.parse(precision);
        } catch (IllegalArgumentException e) {
            p = TimePrecision.UNKNOWN;
        }
        if (p == TimePrecision.UNKNOWN) throw new UserError("--precision: expected day, week or month, not " + precision);
        return p;
    }
}
