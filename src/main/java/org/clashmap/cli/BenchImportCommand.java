package org.clashmap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench import}: {@code clashmap import --format ucdp} of the UCDP GED file into a
 * fresh database, as whole processes, alternated with {@code ogr2ogr} loading the same CSV into a
 * GeoPackage (points from its latitude / longitude columns); prints the ratio ClashMap / peer.
 */
@Command(name = "import", description = "Time `clashmap import --format ucdp` as whole processes beside ogr2ogr (CSV to GeoPackage); prints the ratio.")
public final class BenchImportCommand implements Callable<Integer> {
    static final String UCDP_NAME = "ucdp_ged191_syria.csv";

    @Option(names = "--ucdp", paramLabel = "CSV",
            description = "The UCDP GED CSV (default: shared/data/events/" + UCDP_NAME + " beside the project folder, looked for from the current folder and from the jar's).")
    Path ucdp;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds, each one import on both sides into a new file (default: ${DEFAULT-VALUE})")
    int rounds;


    @Mixin
    WholeProcessOptions process;

    @Override
    public Integer call() throws IOException {
        process.requireJar("import");
        BenchDocs docs = process.docs();
        Path csv = ucdpFile(ucdp);
        boolean peer = WholeProcess.available("ogr2ogr", "--version");
        Path dir = Files.createTempDirectory("clashmap-bench-import");
        try {
            String loadBefore = BenchData.load();
            System.out.printf(Locale.ROOT, "clashmap import --format ucdp %s, %d rounds, whole processes%s, alternated with ogr2ogr; cores %d, load %s%n",
                    csv, rounds, process.heapNote(), Runtime.getRuntime().availableProcessors(), loadBefore);
            if (!peer) System.out.println("  ogr2ogr: not installed here (apt-get install gdal-bin), no peer figure");
            Path log = dir.resolve("stderr.txt"), peerLog = dir.resolve("peer-stderr.txt");
            Path db = dir.resolve("import.db"), gpkg = dir.resolve("peer.gpkg");
            List<WholeProcess.Run> ours = new ArrayList<>(), theirs = new ArrayList<>();
            // rounds below 0, untimed: a command's first runs after a build write its class archive (ClassArchive), and both sides find the file cached
            for (int i = -WholeProcess.UNTIMED; i < rounds; i++) {
                BenchData.deleteDatabase(db);
                WholeProcess.Run run = WholeProcess.run(process.clashmap("import", "--format", "ucdp", "--db", db.toString(), csv.toString()), log);
                if (i >= 0) ours.add(run);
                if (!peer) continue;
                Files.deleteIfExists(gpkg);
                WholeProcess.Run peerRun = WholeProcess.run(List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), csv.toString(), "-oo", "X_POSSIBLE_NAMES=longitude",
                        "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:4326", "-nln", "ucdp"), peerLog);
                if (i >= 0) theirs.add(peerRun);
            }
            String loadAfter = BenchData.load();
            WholeProcess.Summary a = WholeProcess.summary("import --format ucdp", ours, log);
            WholeProcess.Summary b = peer ? WholeProcess.summary("ogr2ogr CSV -> GPKG", theirs, peerLog) : null;
            System.out.println("  " + a.line());
            if (b != null) System.out.println("  " + b.line() + "  ratio " + WholeProcess.ratio(a, b) + " wall, " + WholeProcess.cpuRatio(a, b) + " CPU");
            System.out.printf(Locale.ROOT, "load average after: %s%n", loadAfter);
            if (docs != null) {
                String ver = peer ? BenchExportCommand.gdalVersion() : "none";
                String label = "UCDP import (" + csv.getFileName() + ")";
                String section = BenchDocs.when(loadBefore, loadAfter) + " Command: `java -jar target/clashmap.jar bench import --write-docs --rounds " + rounds
                        + "`: each round `clashmap import --format ucdp` (" + (process.byScript() ? "`target/clashmap`, the script" : "`java -jar`") + ") into a new database (opened, migrated, filled), then `ogr2ogr -f GPKG OUT CSV"
                        + " -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude -oo AUTODETECT_TYPE=YES -a_srs EPSG:4326`; whole processes, after " + WholeProcess.UNTIMED + " untimed rounds,"
                        + " median of " + rounds + "." + BenchDocs.PAIRED_ROUNDS + "\n\n"
                        + BenchDocs.row("work", "ClashMap: wall / CPU / peak", ver + ": wall / CPU / peak", "ratio, wall", "ratio, CPU", "target") + "\n"
                        + "|---|---|---|---|---|---|\n"
                        + BenchDocs.row(label, a.cell(), b == null ? "–" : b.cell(), WholeProcess.ratio(a, b), WholeProcess.cpuRatio(a, b), "≤ 1.5×") + "\n";
                docs.write("import", section, Map.of(label, BenchDocs.row(label, "`bench import`", a.cell(),
                        peer ? "`ogr2ogr -f GPKG` from the CSV (" + ver + ")" : "none here", b == null ? "–" : b.cell(), WholeProcess.ratio(a, b), "≤ 1.5×")));
            }
            return 0;
        } finally {
            BenchData.deleteTree(dir);
        }
    }

    /**
     * The UCDP file: the one given, else {@code ../shared/data/events/} from the current folder (the
     * project's folder) or from the jar's project (the jar lies in {@code target/}).
     */
    static Path ucdpFile(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given)) throw new UserError(given + ": no such file (give the UCDP GED CSV with --ucdp)");
            return given;
        }
        Map<String, Path> tried = new LinkedHashMap<>();
        tried.put("current folder", Path.of("..", "shared", "data", "events", UCDP_NAME));
        Path jar = WholeProcess.jarFolder();
        if (jar != null) {
            tried.put("jar", jar.resolve(Path.of("..", "..", "shared", "data", "events", UCDP_NAME)).normalize());
            tried.put("jar folder", jar.resolve(Path.of("..", "shared", "data", "events", UCDP_NAME)).normalize());
        }
        for (Path p : tried.values()) if (Files.isRegularFile(p)) return p;
        throw new UserError("no UCDP GED file found (looked for " + String.join(", ", tried.values().stream().map(Path::toString).toList())
                + "): give it with --ucdp FILE");
    }
}
