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
 * {@code clashmap bench render}: the path a user takes, timed as whole processes — {@code clashmap
 * render} from the database file on disk to the PNG file, JVM start included — in both styles
 * (clustered as the window draws, and every point), a choropleth of districts and the density
 * surface, alternated round by round. Without {@code --db}
 * it first fills a temporary database with {@code --events} synthetic events (as {@code clashmap
 * generate} does) and removes it afterwards.
 */
@Command(name = "render", description = "Time `clashmap render` as whole processes, database file to PNG file: both styles, district choropleth, density surface.")
public final class BenchRenderCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DB", description = "Database to draw (default: a temporary one of --events synthetic events).")
    Path db;

    @Option(names = "--events", defaultValue = "100000", description = "Synthetic events when no --db is given (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--width", defaultValue = "3840") int width;
    @Option(names = "--height", defaultValue = "2160") int height;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds, each running both styles (default: ${DEFAULT-VALUE})")
    int rounds;


    @Mixin
    WholeProcessOptions process;

    @Override
    public Integer call() throws IOException {
        process.requireJar("render");
        BenchDocs docs = process.docs();
        Path dir = Files.createTempDirectory("clashmap-bench-render");
        try {
            String loadBefore = BenchData.load();
            Path file = BenchData.database(db, events, dir);
            System.out.printf(Locale.ROOT, "clashmap render --db %s --width %d --height %d, %d rounds, whole processes%s; cores %d, load %s%n",
                    file.getFileName(), width, height, rounds, process.heapNote(),
                    Runtime.getRuntime().availableProcessors(), BenchData.load());
            Path log = dir.resolve("stderr.txt");
            List<WholeProcess.Run> clustered = new ArrayList<>(), points = new ArrayList<>(), areas = new ArrayList<>(), density = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                clustered.add(WholeProcess.run(renderCommand(file, dir.resolve("c.png"), "clustered"), log));
                points.add(WholeProcess.run(renderCommand(file, dir.resolve("p.png"), "points"), log));
                areas.add(WholeProcess.run(renderCommand(file, dir.resolve("a.png"), "clustered", "--areas", "district"), log));
                density.add(WholeProcess.run(renderCommand(file, dir.resolve("d.png"), "clustered", "--density"), log));
            }
            WholeProcess.Summary c = WholeProcess.summary("render (clustered)", clustered, log), p = WholeProcess.summary("render --style points", points, log);
            System.out.println("  " + c.line());
            System.out.println("  " + p.line());
            System.out.println("  " + WholeProcess.summary("render --areas district", areas, log).line());
            System.out.println("  " + WholeProcess.summary("render --density", density, log).line());
            boolean qgis = WholeProcess.available("python3", "-c", "import qgis.core");
            System.out.println(qgis
                    ? "  PyQGIS is installed: compare with a QGIS project of the same layer (not scripted here)"
                    : "  PyQGIS: not installed here, no peer figure (issue 24 measured QGIS 3.22 at 2.4 s for 100k, 6.1 s for 1M)");
            String loadAfter = BenchData.load();
            System.out.printf(Locale.ROOT, "load average after: %s%n", loadAfter);
            if (docs != null) {
                String scale = db == null ? String.format(Locale.ROOT, "%,d synthetic events", events) : "database " + file.getFileName();
                String peer = "PyQGIS: not scripted here" + (qgis ? "" : ", not installed") + " (issue 24: QGIS 3.22 2.4 s at 100k, 6.1 s at 1M)";
                String clusteredLabel = String.format(Locale.ROOT, "render %d×%d PNG, %s, clustered", width, height, scale);
                String pointsLabel = String.format(Locale.ROOT, "render %d×%d PNG, %s, every point", width, height, scale);
                String section = BenchDocs.when(loadBefore, loadAfter) + " Command: `java -jar target/clashmap.jar bench render --write-docs"
                        + (db == null ? " --events " + events : " --db FILE") + " --rounds " + rounds + "`: `clashmap render` database file to PNG file,"
                        + " both styles alternated, whole processes, median of " + rounds + ".\n\n"
                        + BenchDocs.row("work", "ClashMap: wall / CPU / peak", "peer", "target") + "\n|---|---|---|---|\n"
                        + BenchDocs.row(clusteredLabel, c.cell(), peer, "≤ 1.0× PyQGIS") + "\n"
                        + BenchDocs.row(pointsLabel, p.cell(), peer, "≤ 1.0× PyQGIS") + "\n";
                docs.write("render", section, java.util.Map.of(
                        clusteredLabel, BenchDocs.row(clusteredLabel, "`bench render`", c.cell(), peer, "–", "–", "≤ 1.0× PyQGIS"),
                        pointsLabel, BenchDocs.row(pointsLabel, "`bench render`", p.cell(), peer, "–", "–", "≤ 1.0× PyQGIS")));
            }
            return 0;
        } finally {
            BenchData.deleteTree(dir);
        }
    }

    private List<String> renderCommand(Path dbFile, Path png, String style, String... more) throws IOException {
        Files.deleteIfExists(png);
        return process.clashmap("render", "--db", dbFile.toString(), "--out", png.toString(), "--width", Integer.toString(width),
                "--height", Integer.toString(height), "--style", style);
    }
}
