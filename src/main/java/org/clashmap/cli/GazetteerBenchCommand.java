package org.clashmap.cli;

import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Gazetteers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Gazetteer load time and name-matching throughput on one core, over the seed reports repeated. */
@Command(name = "gazetteer", description = "Gazetteer load time and matcher throughput (MB/s of UTF-8 Arabic text, one core).")
public final class GazetteerBenchCommand implements Callable<Integer> {
    static final String[] SEEDS = {"000_1ef341747bf478e6.txt", "001_e39c371191d3715e.txt", "002_691e0f6a8b732c9c.txt",
            "003_40f3d804fea89556.txt", "004_6ed6fa91f22f297b.txt"};

    @Option(names = "--mb", description = "Megabytes of text to match per round (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int mb;

    @Option(names = "--rounds", description = "Timed rounds after one warm-up (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int rounds;

    @Mixin
    BenchDocsOption docsOption;

    @Override
    public Integer call() throws IOException {
        BenchDocs docs = docsOption.docs();
        String loadBefore = BenchData.load();
        PrintedLines out = new PrintedLines();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
        Gazetteer first = Gazetteers.loadUncached();
        double coldMs = (System.nanoTime() - t0) / 1e6, coldCpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        long t1 = System.nanoTime();
        Gazetteers.loadUncached();
        double warmMs = (System.nanoTime() - t1) / 1e6;
        // CPU time of the loading thread (the word lists load on a second thread, ~30 ms, in parallel).
        out.printf("load_ms_first\t%.1f%nload_ms_first_cpu\t%.1f%nload_ms_second\t%.1f%nplaces\t%d%n",
                coldMs, coldCpuMs, warmMs, first.size());

        List<String> texts = new ArrayList<>();
        long seedBytes = 0;
        for (String s : SEEDS) {
            try (InputStream in = GazetteerBenchCommand.class.getResourceAsStream("/seeds/" + s)) {
                if (in == null) throw new UserError("seed not on the classpath: " + s);
                String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                texts.add(t);
                seedBytes += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        long target = (long) mb << 20;
        int reps = (int) Math.max(1, target / seedBytes);
        // Wall time suffers when other processes share the cores; the thread's CPU time is what one core does.
        double best = 0, bestCpu = 0;
        long matches = 0;
        double mb = reps * seedBytes / 1048576.0;
        for (int r = 0; r <= rounds; r++) {
            long start = System.nanoTime(), startCpu = cpu.getCurrentThreadCpuTime();
            matches = 0;
            for (int i = 0; i < reps; i++) for (String t : texts) matches += Gazetteers.countMatches(first, t);
            double sec = (System.nanoTime() - start) / 1e9, cpuSec = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9;
            System.err.printf("round %d: %.1f MB in %.2f s wall (%.1f MB/s), %.2f s cpu (%.1f MB/s)%s%n", r, mb, sec, mb / sec,
                    cpuSec, mb / cpuSec, r == 0 ? " (warm-up)" : "");
            if (r > 0) {
                best = Math.max(best, mb / sec);
                bestCpu = Math.max(bestCpu, mb / cpuSec);
            }
        }
        // Full resolution (matching, scoring, relative positions) per report, on a tenth of the text.
        int resolveReps = Math.max(1, reps / 10);
        long rs = cpu.getCurrentThreadCpuTime(), locations = 0;
        for (int i = 0; i < resolveReps; i++) for (String t : texts) locations += first.resolve(t).size();
        double resolveCpu = (cpu.getCurrentThreadCpuTime() - rs) / 1e9;
        out.printf("resolve_mb\t%.1f%nresolve_locations\t%d%nresolve_mb_per_s_cpu\t%.1f%n",
                resolveReps * seedBytes / 1048576.0, locations, resolveReps * seedBytes / 1048576.0 / resolveCpu);
        out.printf("text_mb\t%.1f%nmatches_per_round\t%d%nmatch_mb_per_s_wall\t%.1f%nmatch_mb_per_s_cpu\t%.1f%n", mb, matches, best, bestCpu);
        String loadAfter = BenchData.load();
        out.printf("load_average\t%s before, %s after%n", loadBefore, loadAfter);
        if (docs != null) {
            String label = "gazetteer load (cold, one thread's CPU) / name matching, one core (best round, wall / CPU)";
            String figure = String.format(java.util.Locale.ROOT, "%.0f ms (%.0f ms CPU) / %.0f / %.0f MB/s", coldMs, coldCpuMs, best, bestCpu);
            docs.write("gazetteer", BenchDocs.printed(loadBefore, loadAfter, "java -jar target/clashmap.jar bench gazetteer --write-docs --mb "
                            + this.mb + " --rounds " + rounds, out.lines()), BenchDocs.README_IN_PROCESS,
                    java.util.Map.of(label, BenchDocs.row(label, "`bench gazetteer`", BenchDocs.underLoad(figure, loadBefore), "≤ 300 ms / ≥ 50 MB/s")));
        }
        return 0;
    }
}
