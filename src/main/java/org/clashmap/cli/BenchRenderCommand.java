package org.clashmap.cli;

import org.clashmap.datasets.Generator;
import org.clashmap.datasets.UcdpProfile;
import org.clashmap.store.Database;
import org.clashmap.store.DatasetStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

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

    @Option(names = "--heap", paramLabel = "SIZE", description = "Java heap limit of the timed processes, e.g. 1g (default: the JVM's own).")
    String heap;

    @Override
    public Integer call() throws IOException {
        if (WholeProcess.self(null) == null) throw new UserError("bench render times the jar as a process: run it as java -jar clashmap.jar bench render");
        Path dir = Files.createTempDirectory("clashmap-bench-render");
        try {
            Path file = db;
            if (file == null) {
                file = dir.resolve("events.db");
                long t0 = System.nanoTime();
                try (Database d = Database.open(file)) {
                    new Generator(UcdpProfile.bundled(), 1).fill(new DatasetStore(d), events, 50_000);
                }
                System.out.printf(Locale.ROOT, "generated %,d synthetic events into a temporary database (%.1f s)%n", events, (System.nanoTime() - t0) / 1e9);
            } else if (!Files.isRegularFile(file)) {
                throw new UserError("no database at " + file);
            }
            System.out.printf(Locale.ROOT, "clashmap render --db %s --width %d --height %d, %d rounds, whole processes%s; cores %d, load %s%n",
                    file.getFileName(), width, height, rounds, heap == null ? "" : ", -Xmx" + heap,
                    Runtime.getRuntime().availableProcessors(), load());
            Path log = dir.resolve("stderr.txt");
            List<WholeProcess.Run> clustered = new ArrayList<>(), points = new ArrayList<>(), areas = new ArrayList<>(), density = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                clustered.add(WholeProcess.run(renderCommand(file, dir.resolve("c.png"), "clustered"), log));
                points.add(WholeProcess.run(renderCommand(file, dir.resolve("p.png"), "points"), log));
                areas.add(WholeProcess.run(renderCommand(file, dir.resolve("a.png"), "clustered", "--areas", "district"), log));
                density.add(WholeProcess.run(renderCommand(file, dir.resolve("d.png"), "clustered", "--density"), log));
            }
            System.out.println("  " + WholeProcess.summary("render (clustered)", clustered, log).line());
            System.out.println("  " + WholeProcess.summary("render --style points", points, log).line());
            System.out.println("  " + WholeProcess.summary("render --areas district", areas, log).line());
            System.out.println("  " + WholeProcess.summary("render --density", density, log).line());
            System.out.println(WholeProcess.available("python3", "-c", "import qgis.core")
                    ? "  PyQGIS is installed: compare with a QGIS project of the same layer (not scripted here)"
                    : "  PyQGIS: not installed here, no peer figure (issue 24 measured QGIS 3.22 at 2.4 s for 100k, 6.1 s for 1M)");
            System.out.printf(Locale.ROOT, "load average after: %s%n", load());
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    private List<String> renderCommand(Path dbFile, Path png, String style, String... more) throws IOException {
        Files.deleteIfExists(png);
        List<String> args = new ArrayList<>(List.of("render", "--db", dbFile.toString(), "--out", png.toString(), "--width", Integer.toString(width),
                "--height", Integer.toString(height), "--style", style));
        args.addAll(List.of(more));
        return WholeProcess.self(heap, args.toArray(String[]::new));
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("clashmap: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
