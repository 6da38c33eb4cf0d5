package org.clashmap.cli;

import org.clashmap.datasets.Format;
import org.clashmap.datasets.ImportSummary;
import org.clashmap.datasets.Importer;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code clashmap bench import}: seconds to import the UCDP file into a fresh temporary database (target 2 s). */
@Command(name = "import", description = "Seconds to import the UCDP GED CSV into a fresh temporary database.")
public final class BenchImportCommand implements Runnable {
    @Option(names = "--ucdp", paramLabel = "CSV", defaultValue = "../shared/data/events/ucdp_ged191_syria.csv",
            description = "The UCDP GED CSV (default: ${DEFAULT-VALUE}).")
    Path ucdp;

    @Option(names = "--runs", defaultValue = "1", description = "Repeat the import this many times, each into a new database (default: ${DEFAULT-VALUE}); later runs show the warmed-up JVM.")
    int runs;

    @Option(names = "--reports", defaultValue = "10000", description = "Reports in the folder-ingest part (default: ${DEFAULT-VALUE}; 0 skips it).")
    int reports;

    @Override
    public void run() {
        if (!Files.isRegularFile(ucdp)) throw new UserError(ucdp + ": no such file (give it with --ucdp)");
        for (int i = 0; i < Math.max(1, runs); i++) once();
        if (reports > 0) folderIngest();
    }

    /**
     * A folder of {@code reports} reports made by copying the seeds with their dates moved (each
     * copy a different text, so none is skipped as already stored), ingested on all cores.
     */
    private void folderIngest() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("clashmap-bench-folder");
            Path folder = Files.createDirectories(dir.resolve("reports"));
            var seeds = org.clashmap.ingest.ReportMetadata.builtInSeeds();
            List<String> names = seeds.keySet().stream().sorted().toList();
            StringBuilder meta = new StringBuilder("file\toutlet\tpublished\tprecision\tbasis\n");
            for (int i = 0; i < reports; i++) {
                String seed = names.get(i % names.size());
                String text;
                try (var in = BenchImportCommand.class.getResourceAsStream("/seeds/" + seed)) {
                    text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
                var m = seeds.get(seed);
                java.time.LocalDate day = m.published() == null ? null : m.published().plusDays(i / names.size());
                String name = String.format(Locale.ROOT, "r%05d.txt", i);
                Files.writeString(folder.resolve(name), text + "\n" + i + "\n");
                meta.append(name).append('\t').append(m.outlet()).append('\t').append(day == null ? "unknown" : day)
                        .append('\t').append(day == null ? "unknown" : m.precision().name().toLowerCase(Locale.ROOT)).append("\tbench copy\n");
            }
            Files.writeString(folder.resolve("metadata.tsv"), meta);
            long t0 = System.nanoTime(), cpu0 = processCpuNanos();
            org.clashmap.ingest.IngestSummary sum;
            try (Database db = Database.open(dir.resolve("folder.db"))) {
                var ingester = new org.clashmap.ingest.Ingester(
                        new org.clashmap.extract.RuleBasedExtractor(org.clashmap.gazetteer.Gazetteers.load()), new org.clashmap.store.EventStore(db));
                sum = ingester.ingestFiles(org.clashmap.ingest.Ingester.expand(List.of(folder)), org.clashmap.ingest.IngestProgress.NONE, () -> false);
            }
            double seconds = (System.nanoTime() - t0) / 1e9, cpu = (processCpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "ingest a folder of %d reports: %.1f s, %.0f reports/s on %d cores (target 200/s); %d events, %d problems;"
                            + " %.1f s CPU, load average %.1f%n",
                    sum.added(), seconds, sum.added() / seconds, Runtime.getRuntime().availableProcessors(), sum.events(), sum.problems().size(),
                    cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } catch (IOException e) {
            throw new UserError(e.getMessage(), 1, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private void once() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("clashmap-bench");
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            ImportSummary s;
            // Opening (and migrating) the database is part of what a user waits for, so it is timed too.
            try (Database db = Database.open(dir.resolve("bench.db"))) {
                s = new Importer(new DatasetStore(db), m -> { }).importFile(Format.UCDP, ucdp);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            // CPU time and load are printed because on a shared machine the wall time mostly measures the others.
            System.out.printf(Locale.ROOT, "import %d UCDP events (%d skipped): %.2f s (target 2 s); %.2f s CPU, load average %.1f on %d cores%n",
                    s.imported(), s.skipped(), seconds, cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } catch (IOException e) {
            throw new UserError(e.getMessage(), 1, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** CPU time of the whole process (all threads, JIT included); -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
