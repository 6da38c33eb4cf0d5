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

    @Override
    public Integer call() throws IOException {
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
}
