package org.clashmap.cli;

import picocli.CommandLine.Command;
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
 * (clustered as the window draws, and every point), alternated round by round. Without {@code --db}
 * it first fills a temporary database with {@code --events} synthetic events (as {@code clashmap
 * generate} does) and removes it afterwards.
 */
@Command(name = "render", description = "Time `clashmap render` as whole processes, database file to PNG file, both styles.")
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
            Path file = BenchData.database(db, events, dir);
            System.out.printf(Locale.ROOT, "clashmap render --db %s --width %d --height %d, %d rounds, whole processes%s; cores %d, load %s%n",
                    file.getFileName(), width, height, rounds, heap == null ? "" : ", -Xmx" + heap,
                    Runtime.getRuntime().availableProcessors(), BenchData.load());
            Path log = dir.resolve("stderr.txt");
            List<WholeProcess.Run> clustered = new ArrayList<>(), points = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                clustered.add(WholeProcess.run(renderCommand(file, dir.resolve("c.png"), "clustered"), log));
                points.add(WholeProcess.run(renderCommand(file, dir.resolve("p.png"), "points"), log));
            }
            System.out.println("  " + WholeProcess.summary("render (clustered)", clustered, log).line());
            System.out.println("  " + WholeProcess.summary("render --style points", points, log).line());
            System.out.println(WholeProcess.available("python3", "-c", "import qgis.core")
                    ? "  PyQGIS is installed: compare with a QGIS project of the same layer (not scripted here)"
                    : "  PyQGIS: not installed here, no peer figure (issue 24 measured QGIS 3.22 at 2.4 s for 100k, 6.1 s for 1M)");
            System.out.printf(Locale.ROOT, "load average after: %s%n", BenchData.load());
            return 0;
        } finally {
            BenchData.deleteTree(dir);
        }
    }

    private List<String> renderCommand(Path dbFile, Path png, String style) throws IOException {
        Files.deleteIfExists(png);
        return WholeProcess.self(heap, "render", "--db", dbFile.toString(), "--out", png.toString(), "--width", Integer.toString(width),
                "--height", Integer.toString(height), "--style", style);
    }
}
