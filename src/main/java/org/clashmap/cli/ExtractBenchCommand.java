package org.clashmap.cli;

import org.clashmap.extract.Extractor;
import org.clashmap.extract.Report;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Extraction throughput. By default {@code clashmap extract} as whole processes over {@code --mb} of
 * distinct report files on disk ({@link BenchData#reports}), JVM start, reading and printing the
 * GeoJSON included; {@code --in-memory}: the whole pipeline (gazetteer resolution included) on one
 * core, over the seeds repeated in memory; {@code --scaling}: time against one report's size.
 */
@Command(name = "extract", description = "Extraction throughput: `clashmap extract` over distinct report files as whole processes (MB/s); --in-memory: the pipeline alone on one core.")
public final class ExtractBenchCommand implements Callable<Integer> {
    static final double TARGET_MB_S = 10;

    @Option(names = "--mb", description = "Megabytes of reports per round (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int mb;

    @Option(names = "--in-memory", description = "Time the extraction pipeline alone, in this process, over the seeds repeated in memory.")
    boolean inMemory;


    @Mixin
    WholeProcessOptions process;

    @Option(names = "--rounds", description = "Timed rounds after one warm-up (default: ${DEFAULT-VALUE})", defaultValue = "2")
    int rounds;

    @Option(names = "--without-gazetteer", description = "Measure the extraction rules alone (no place resolution).")
    boolean withoutGazetteer;

    @Option(names = "--scaling", split = ",", paramLabel = "MB,MB,...",
            description = "Instead: time ONE report of each size (the seeds' bodies repeated), e.g. 1,8,32; exit 1 unless the slowest per-MB time is within 1.5x the fastest.")
    List<Integer> scaling;

    /** Largest ratio of per-MB extraction times across report sizes that still counts as linear. */
    static final double LINEAR_RATIO = 1.5;

    @Override
    public Integer call() throws IOException {
        if (scaling != null && !scaling.isEmpty()) return scaling();
        if (!inMemory) return files();
        BenchDocs docs = process.docs();
        String loadBefore = BenchData.load();
        PrintedLines out = new PrintedLines();
        java.util.Map<String, org.clashmap.ingest.ReportMetadata> metadata = org.clashmap.ingest.ReportMetadata.builtInSeeds();
        List<Report> seeds = new ArrayList<>();
        long seedBytes = 0;
        for (String s : GazetteerBenchCommand.SEEDS) {
            try (InputStream in = ExtractBenchCommand.class.getResourceAsStream("/seeds/" + s)) {
                if (in == null) throw new UserError("seed not on the classpath: " + s);
                byte[] b = in.readAllBytes();
                org.clashmap.ingest.ReportMetadata d = metadata.getOrDefault(s, org.clashmap.ingest.ReportMetadata.unknown(s));
                seeds.add(new Report(new String(b, StandardCharsets.UTF_8), d.published(), d.precision(), s, d.outlet()));
                seedBytes += b.length;
            }
        }
        Extractor extractor = new RuleBasedExtractor(withoutGazetteer ? null : Gazetteers.load());
        long target = (long) mb << 20;
        int reps = (int) ((target + seedBytes - 1) / seedBytes);
        double bestMbs = 0;
        double bestReports = 0;
        long events = 0;
        for (int r = 0; r <= rounds; r++) {
            events = 0;
            long start = System.nanoTime();
            for (int i = 0; i < reps; i++) for (Report rep : seeds) events += extractor.extract(rep).events().size();
            double sec = (System.nanoTime() - start) / 1e9;
            double mbs = reps * seedBytes / 1048576.0 / sec;
            double rps = reps * seeds.size() / sec;
            System.err.printf("round %d: %.1f MB, %d reports in %.2f s = %.1f MB/s, %.0f reports/s%s%n", r,
                    reps * seedBytes / 1048576.0, reps * seeds.size(), sec, mbs, rps, r == 0 ? " (warm-up)" : "");
            if (r > 0 && mbs > bestMbs) {
                bestMbs = mbs;
                bestReports = rps;
            }
        }
        out.printf("gazetteer\t%s%n", withoutGazetteer ? "off" : "on");
        out.printf("text_mb\t%.1f%nreports_per_round\t%d%nevents_per_round\t%d%nextract_mb_per_s\t%.1f%nreports_per_s\t%.0f%n",
                reps * seedBytes / 1048576.0, reps * seeds.size(), events, bestMbs, bestReports);
        String loadAfter = BenchData.load();
        out.printf("load_average\t%s before, %s after%n", loadBefore, loadAfter);
        if (docs != null) {
            String label = "extraction, one core, in memory (the five seeds repeated" + (withoutGazetteer ? ", rules alone" : "") + ")";
            String figure = String.format(Locale.ROOT, "%.1f MB/s, %,.0f reports/s", bestMbs, bestReports);
            String command = "java -jar target/clashmap.jar bench extract --in-memory --write-docs --mb " + mb + " --rounds " + rounds
                    + (withoutGazetteer ? " --without-gazetteer" : "");
            docs.write(withoutGazetteer ? "extract-rules" : "extract-in-memory", BenchDocs.printed(loadBefore, loadAfter, command, out.lines()),
                    BenchDocs.README_IN_PROCESS, Map.of(label, BenchDocs.row(label, "`bench extract --in-memory`", BenchDocs.underLoad(figure, loadBefore), "≥ 10 MB/s")));
        }
        return 0;
    }

    /**
     * Extraction time against report size: one report of each size, made of the seeds' bodies (the text
     * above their page chrome, else the first seed's "see also" line would end the report) repeated.
     * Each size is timed after a warm-up on the smallest; per-MB times must stay within {@link #LINEAR_RATIO}.
     */
    private int scaling() throws IOException {
        BenchDocs docs = process.docs();
        String loadBefore = BenchData.load();
        PrintedLines out = new PrintedLines();
        StringBuilder body = new StringBuilder();
        for (String s : GazetteerBenchCommand.SEEDS) body.append(BenchData.body(BenchData.seed(s))).append('\n');
        Extractor extractor = new RuleBasedExtractor(withoutGazetteer ? null : Gazetteers.load());
        List<Integer> sizes = scaling.stream().sorted().toList();
        int largest = sizes.get(sizes.size() - 1);
        for (int i = 0; i < 3; i++) extract(extractor, report(body, sizes.get(0))); // warm-up
        double fastest = Double.MAX_VALUE, slowest = 0;
        out.printf("mb\tbest_seconds\truns\ts_per_mb\tevents%n");
        List<String> perMbs = new ArrayList<>();
        for (int mb : sizes) {
            // Each size gets about the same total work (and at least two runs); the best run counts, so a
            // busy machine or a collection in one run does not pass for super-linear growth.
            Report r = report(body, mb);
            int runs = Math.max(2, (largest + mb - 1) / mb), events = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                events = extract(extractor, r);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            double perMb = best / mb;
            fastest = Math.min(fastest, perMb);
            slowest = Math.max(slowest, perMb);
            out.printf("%d\t%.2f\t%d\t%.3f\t%d%n", mb, best, runs, perMb, events);
            perMbs.add(String.format(Locale.ROOT, "%.2f", perMb));
        }
        double ratio = slowest / fastest;
        boolean linear = ratio <= LINEAR_RATIO;
        out.printf("per_mb_ratio\t%.2f\t%s (limit %.1f)%n", ratio, linear ? "linear" : "NOT linear", LINEAR_RATIO);
        String loadAfter = BenchData.load();
        out.printf("load_average\t%s before, %s after%n", loadBefore, loadAfter);
        if (docs != null) {
            String sizesMb = String.join(",", sizes.stream().map(String::valueOf).toList());
            String label = "extraction time against report size (one report of " + sizesMb.replace(",", ", ") + " MB)";
            String figure = String.join(" / ", perMbs) + " s per MB (ratio " + String.format(Locale.ROOT, "%.2f", ratio) + ")";
            docs.write("extract-scaling", BenchDocs.printed(loadBefore, loadAfter, "java -jar target/clashmap.jar bench extract --write-docs --scaling " + sizesMb,
                    out.lines()), BenchDocs.README_IN_PROCESS, Map.of(label, BenchDocs.row(label, "`bench extract --scaling " + sizesMb + "`",
                    BenchDocs.underLoad(figure, loadBefore), "per-MB ratio ≤ 1.5 (exit 1 otherwise)")));
        }
        return linear ? 0 : 1;
    }

    /** {@code clashmap extract FILE...} over distinct report files, as whole processes. */
    private int files() throws IOException {
        process.requireJar("extract");
        BenchDocs docs = process.docs();
        Path dir = Files.createTempDirectory("clashmap-bench-extract");
        try {
            String loadBefore = BenchData.load();
            int count = (int) Math.max(1, ((long) mb << 20) / BenchData.REPORT_BYTES);
            BenchData.Reports r = BenchData.reports(dir.resolve("reports"), count);
            double megabytes = r.bytes() / 1048576.0;
            System.out.printf(Locale.ROOT, "clashmap extract over %,d distinct report files (%.1f MB), %d rounds, whole processes%s; cores %d, load %s%n",
                    count, megabytes, rounds, process.heapNote(), Runtime.getRuntime().availableProcessors(), loadBefore);
            List<String> cmd = new ArrayList<>(process.clashmap("extract"));
            for (Path f : r.files()) cmd.add(r.folder().relativize(f).toString());
            Path log = dir.resolve("stderr.txt");
            List<WholeProcess.Run> runs = new ArrayList<>();
            // rounds below 0, untimed: a command's first runs after a build write its class archive (ClassArchive) and read the files cold
            for (int i = -WholeProcess.UNTIMED; i < rounds; i++) {
                WholeProcess.Run run = WholeProcess.run(cmd, log, r.folder());
                if (i >= 0) runs.add(run);
            }
            String loadAfter = BenchData.load();
            WholeProcess.Summary s = WholeProcess.summary("extract FILE...", runs, log);
            double rate = megabytes / s.medianSeconds();
            System.out.println("  " + s.line());
            System.out.printf(Locale.ROOT, "  %.1f MB/s (target %.0f), %.0f reports/s%nload average after: %s%n", rate, TARGET_MB_S, count / s.medianSeconds(), loadAfter);
            if (docs != null) {
                String label = String.format(Locale.ROOT, "extract %.0f MB of distinct report files", megabytes);
                String figure = s.failures() > 0 ? s.cell() : String.format(Locale.ROOT, "%.1f MB/s (%s)", rate, s.cell());
                String intro = BenchDocs.when(loadBefore, loadAfter) + " Command: `java -jar target/clashmap.jar bench extract --write-docs --mb " + mb
                        + " --rounds " + rounds + "`: `clashmap extract` of " + String.format(Locale.ROOT, "%,d", count)
                        + " distinct files (paragraphs of the seeds' articles drawn at random) printing GeoJSON, whole processes, median of " + rounds
                        + ". No peer tool does this work.";
                docs.writeWithoutPeer("extract", intro, "ClashMap: MB/s (wall / CPU / peak)", label, figure, "≥ 10 MB/s");
            }
            return 0;
        } finally {
            BenchData.deleteTree(dir);
        }
    }

    private static Report report(CharSequence body, int mb) {
        long target = (long) mb << 20;
        StringBuilder b = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, target));
        int bytesPerRound = body.toString().getBytes(StandardCharsets.UTF_8).length;
        for (long n = 0; n < target; n += bytesPerRound) b.append(body);
        return new Report(b.toString(), java.time.LocalDate.of(2018, 4, 25), org.clashmap.extract.TimePrecision.DAY, mb + "mb.txt", "bench");
    }

    private static int extract(Extractor extractor, Report r) {
        return extractor.extract(r).events().size();
    }
}
