package org.clashmap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench ingest}: {@code clashmap ingest FOLDER} of distinct seed-sized report files
 * ({@link BenchData#reports}) into a fresh database, as whole processes; prints reports per second.
 * No peer tool reads Arabic reports into events, so there is no ratio: the target is 300 reports/s.
 */
@Command(name = "ingest", description = "Time `clashmap ingest` of a folder of distinct seed-sized reports as whole processes; prints reports/s.")
public final class BenchIngestCommand implements Callable<Integer> {
    static final double TARGET = 300;

    @Option(names = "--reports", defaultValue = "2000", description = "Distinct report files in the folder (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds, each into a new database (default: ${DEFAULT-VALUE})")
    int rounds;


    @Mixin
    WholeProcessOptions process;

    @Override
    public Integer call() throws IOException {
        process.requireJar("ingest");
        BenchDocs docs = process.docs();
        Path dir = Files.createTempDirectory("clashmap-bench-ingest");
        try {
            String loadBefore = BenchData.load();
            BenchData.Reports r = BenchData.reports(dir.resolve("reports"), reports);
            System.out.printf(Locale.ROOT, "clashmap ingest of %,d distinct report files (%.1f MB), %d rounds, whole processes%s; cores %d, load %s%n",
                    reports, r.bytes() / 1e6, rounds, process.heapNote(), Runtime.getRuntime().availableProcessors(), loadBefore);
            Path log = dir.resolve("stderr.txt"), db = dir.resolve("ingest.db");
            List<WholeProcess.Run> runs = new ArrayList<>();
            // rounds below 0, untimed: a command's first runs after a build write its class archive (ClassArchive) and read the files cold
            for (int i = -WholeProcess.UNTIMED; i < rounds; i++) {
                BenchData.deleteDatabase(db);
                WholeProcess.Run run = WholeProcess.run(process.clashmap("ingest", "--db", db.toString(), r.folder().toString()), log);
                if (i >= 0) runs.add(run);
            }
            String loadAfter = BenchData.load();
            WholeProcess.Summary s = WholeProcess.summary("ingest FOLDER", runs, log);
            double rate = reports / s.medianSeconds();
            System.out.println("  " + s.line());
            System.out.printf(Locale.ROOT, "  %.0f reports/s (target %.0f), %.2f MB/s%nload average after: %s%n", rate, TARGET, r.bytes() / 1e6 / s.medianSeconds(), loadAfter);
            if (docs != null) {
                String label = String.format(Locale.ROOT, "ingest a folder of %,d distinct seed-sized reports", reports);
                String figure = s.failures() > 0 ? s.cell() : String.format(Locale.ROOT, "%.0f reports/s (%s)", rate, s.cell());
                String intro = BenchDocs.when(loadBefore, loadAfter) + " Command: `java -jar target/clashmap.jar bench ingest --write-docs --reports " + reports
                        + " --rounds " + rounds + "`: `clashmap ingest FOLDER` into a new database, whole processes, median of " + rounds
                        + "; the reports are paragraphs of the seeds' articles drawn at random (" + String.format(Locale.ROOT, "%.1f MB", r.bytes() / 1e6)
                        + "), each dated in a metadata.tsv. No peer tool does this work.";
                docs.writeWithoutPeer("ingest", intro, "ClashMap: reports/s (wall / CPU / peak)", label, figure, "≥ 300 reports/s");
            }
            return 0;
        } finally {
            BenchData.deleteTree(dir);
        }
    }
}
