package org.clashmap.cli;

import org.clashmap.extract.Extractor;
import org.clashmap.extract.Report;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Whole-pipeline extraction throughput (gazetteer resolution included) on one core, over the seeds repeated. */
@Command(name = "extract", description = "Extraction throughput (MB/s of UTF-8 text and reports/s, one core, gazetteer included).")
public final class ExtractBenchCommand implements Callable<Integer> {
    @Option(names = "--mb", description = "Megabytes of reports per round (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int mb;

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
        System.out.printf("gazetteer\t%s%n", withoutGazetteer ? "off" : "on");
        System.out.printf("text_mb\t%.1f%nreports_per_round\t%d%nevents_per_round\t%d%nextract_mb_per_s\t%.1f%nreports_per_s\t%.0f%n",
                reps * seedBytes / 1048576.0, reps * seeds.size(), events, bestMbs, bestReports);
        return 0;
    }

    /**
     * Extraction time against report size: one report of each size, made of the seeds' bodies (the text
     * above their page chrome, else the first seed's "see also" line would end the report) repeated.
     * Each size is timed after a warm-up on the smallest; per-MB times must stay within {@link #LINEAR_RATIO}.
     */
    private int scaling() throws IOException {
        List<String> cuts = new ArrayList<>();
        try (InputStream in = ExtractBenchCommand.class.getResourceAsStream("/extract/chrome.tsv")) {
            if (in == null) throw new UserError("extract/chrome.tsv is not on the classpath");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                cuts.add(line.split("\t")[0].strip());
            }
        }
        StringBuilder body = new StringBuilder();
        for (String s : GazetteerBenchCommand.SEEDS) {
            try (InputStream in = ExtractBenchCommand.class.getResourceAsStream("/seeds/" + s)) {
                if (in == null) throw new UserError("seed not on the classpath: " + s);
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String t = line.strip();
                    if (cuts.stream().anyMatch(t::startsWith) || (t.contains("×") && t.contains("="))) break;
                    body.append(line).append('\n');
                }
                body.append('\n');
            }
        }
        Extractor extractor = new RuleBasedExtractor(withoutGazetteer ? null : Gazetteers.load());
        List<Integer> sizes = scaling.stream().sorted().toList();
        int largest = sizes.get(sizes.size() - 1);
        for (int i = 0; i < 3; i++) extract(extractor, report(body, sizes.get(0))); // warm-up
        double fastest = Double.MAX_VALUE, slowest = 0;
        System.out.println("mb\tbest_seconds\truns\ts_per_mb\tevents");
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
            System.out.printf(java.util.Locale.ROOT, "%d\t%.2f\t%d\t%.3f\t%d%n", mb, best, runs, perMb, events);
        }
        double ratio = slowest / fastest;
        boolean linear = ratio <= LINEAR_RATIO;
        System.out.printf(java.util.Locale.ROOT, "per_mb_ratio\t%.2f\t%s (limit %.1f)%n", ratio, linear ? "linear" : "NOT linear", LINEAR_RATIO);
        return linear ? 0 : 1;
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
