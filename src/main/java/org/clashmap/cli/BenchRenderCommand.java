package org.clashmap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench render}: the path a user takes, timed as whole processes — {@code clashmap
 * render} from the database file on disk to the output file, JVM start included — in both styles
 * (clustered as the window draws, and every point), a choropleth of districts, the density surface,
 * SVG and PDF figures and a GIF animation of {@code --animation-frames} frames at 1920×1080,
 * alternated round by round. A frame's cost is the animation's time less that of a two-frame
 * animation, divided by the frames after those two (JVM start, loading and the palette counted once).
 * Without {@code --db} it first fills a temporary database with {@code --events} synthetic events
 * (as {@code clashmap generate} does) and removes it afterwards.
 * <p>
 * The peer: where PyQGIS and {@code ogr2ogr} are installed, each round runs after ClashMap's clustered and
 * every-point renders the script {@code bench/qgis_render.py} (QGIS 3.22 headless, {@link QgisPeer}) drawing
 * the same events, copied once before the timing into a GeoPackage point layer by {@code ogr2ogr}, in the
 * same style to a PNG of the same size and extent; the ratio is ClashMap's median wall time over QGIS's.
 */
@Command(name = "render", description = "Time `clashmap render` as whole processes, database file to image file: both styles, district choropleth, density surface, SVG, PDF, GIF animation.")
public final class BenchRenderCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DB", description = "Database to draw (default: a temporary one of --events synthetic events).")
    Path db;

    @Option(names = "--events", defaultValue = "100000", description = "Synthetic events when no --db is given (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--width", defaultValue = "3840") int width;
    @Option(names = "--height", defaultValue = "2160") int height;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds, each running every kind once (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--animation-frames", defaultValue = "60", description = "Frames of the 1920x1080 GIF animation (default: ${DEFAULT-VALUE}; 0 leaves it out, at least 3 otherwise)")
    int animationFrames;

    @Option(names = "--kinds", split = ",", paramLabel = "K,K",
            description = "Kinds to time: clustered, points, areas, density, svg, pdf, gif (default: all)")
    List<String> only;

    @Mixin
    WholeProcessOptions process;

    /** The kinds {@code --kinds} may name; "gif" also times the two-frame animation its per-frame cost needs. */
    static final List<String> KINDS = List.of("clustered", "points", "areas", "density", "svg", "pdf", "gif");

    /** Issue 20's targets for drawing and writing a figure (the process's start and loading not counted). */
    static final String FIGURE_TARGET = "≤ 2 s", FRAME_TARGET = "≤ 0.3 s a frame";

    /** One kind of image: its label in the tables, its file and the render options besides --db and --out. */
    private record Kind(String key, String label, String file, List<String> options) {
    }

    @Override
    public Integer call() throws IOException {
        process.requireJar("render");
        if (animationFrames != 0 && animationFrames < 3) throw new UserError("--animation-frames must be 0 or at least 3, not " + animationFrames);
        List<String> wanted = only == null ? KINDS : only.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
        for (String k : wanted) if (!KINDS.contains(k)) throw new UserError("--kinds: unknown kind " + k + " (" + String.join(", ", KINDS) + ")");
        BenchDocs docs = process.docs();
        Path dir = Files.createTempDirectory("clashmap-bench-render");
        try {
            String loadBefore = BenchData.load();
            Path file = BenchData.database(db, events, dir);
            String scale = db == null ? String.format(Locale.ROOT, "%,d synthetic events", events) : "database " + file.getFileName();
            System.out.printf(Locale.ROOT, "clashmap render --db %s --width %d --height %d, %d rounds, whole processes%s; cores %d, load %s%n",
                    file.getFileName(), width, height, rounds, process.heapNote(),
                    Runtime.getRuntime().availableProcessors(), BenchData.load());
            String size = width + "×" + height;
            List<String> big = List.of("--width", Integer.toString(width), "--height", Integer.toString(height));
            List<Kind> kinds = new ArrayList<>(List.of(
                    new Kind("clustered", "render " + size + " PNG, " + scale + ", clustered", "c.png", cat(big, "--style", "clustered")),
                    new Kind("points", "render " + size + " PNG, " + scale + ", every point", "p.png", cat(big, "--style", "points")),
                    new Kind("areas", "render " + size + " PNG, " + scale + ", choropleth of districts", "a.png", cat(big, "--areas", "district")),
                    new Kind("density", "render " + size + " PNG, " + scale + ", density surface", "d.png", cat(big, "--density")),
                    new Kind("svg", "render " + size + " SVG, " + scale, "v.svg", big),
                    new Kind("pdf", "render " + size + " PDF, " + scale, "v.pdf", big)));
            List<String> hd = List.of("--width", "1920", "--height", "1080", "--animate", "--frame-ms", "250");
            if (animationFrames > 0 && wanted.contains("gif")) {
                // two frames, the fewest --animate takes as a count (one asks for its default of 24)
                kinds.add(new Kind("gif2", "render --animate, 2 frames", "two.gif", cat(hd, "--frames", "2")));
                kinds.add(new Kind("gif", "render --animate 1920×1080 GIF, " + animationFrames + " frames, " + scale, "anim.gif",
                        cat(hd, "--frames", Integer.toString(animationFrames))));
            }
            kinds.removeIf(k -> !wanted.contains(k.key()) && !k.key().startsWith("gif"));
            boolean peered = peered(kinds);
            QgisPeer qgis = peered ? QgisPeer.prepare(file, dir, width, height) : null;
            // the peer draws the clustered and every-point maps only: other kinds have none to miss
            System.out.println(!peered ? "  no peer for these kinds (PyQGIS is timed with clustered and points)"
                    : qgis == null ? "  PyQGIS: " + QgisPeer.missing() + ", no peer figure" : "  peer: " + qgis.describe());
            Path log = dir.resolve("stderr.txt");
            Path peerLog = dir.resolve("peer-stderr.txt");
            Map<String, List<WholeProcess.Run>> runs = new LinkedHashMap<>(), peerRuns = new LinkedHashMap<>();
            for (Kind k : kinds) runs.put(k.key(), new ArrayList<>());
            // untimed: the command's first runs after a build write its class archive (ClassArchive) and read the database cold
            Kind first = kinds.get(0);
            for (int i = 0; i < WholeProcess.UNTIMED; i++) WholeProcess.run(renderCommand(file, dir.resolve(first.file()), first.options()), log);
            for (int i = 0; i < rounds; i++) {
                for (Kind k : kinds) {
                    runs.get(k.key()).add(WholeProcess.run(renderCommand(file, dir.resolve(k.file()), k.options()), log));
                    if (qgis != null && (k.key().equals("clustered") || k.key().equals("points"))) {
                        peerRuns.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(WholeProcess.run(qgis.command(k.key()), peerLog));
                    }
                }
            }
            Map<String, WholeProcess.Summary> sums = new LinkedHashMap<>(), peerSums = new LinkedHashMap<>();
            for (Kind k : kinds) {
                WholeProcess.Summary sum = WholeProcess.summary("render " + k.key(), runs.get(k.key()), log);
                sums.put(k.key(), sum);
                System.out.println("  " + sum.line());
                if (peerRuns.containsKey(k.key())) {
                    WholeProcess.Summary peer = WholeProcess.summary("PyQGIS " + k.key(), peerRuns.get(k.key()), peerLog);
                    peerSums.put(k.key(), peer);
                    System.out.println("  " + peer.line() + "  ratio " + WholeProcess.ratio(sum, peer) + " wall, " + WholeProcess.cpuRatio(sum, peer) + " CPU");
                }
            }
            String perFrame = animationFrames > 2 && sums.containsKey("gif") ? perFrame(sums.get("gif"), sums.get("gif2")) : null;
            if (perFrame != null) System.out.println("  GIF: " + perFrame + " (target " + FRAME_TARGET + ")");
            String loadAfter = BenchData.load();
            System.out.printf(Locale.ROOT, "load average after: %s%n", loadAfter);
            if (docs != null) write(docs, kinds, sums, peerSums, qgis, perFrame, loadBefore, loadAfter);
            return 0;
        } finally {
            BenchData.deleteTree(dir);
        }
    }

    /** "0.31 s a frame" from the whole animation less the two-frame animation, over the frames after those two. */
    private String perFrame(WholeProcess.Summary all, WholeProcess.Summary two) {
        if (all.failures() > 0 || two.failures() > 0) return null;
        double wall = (all.medianSeconds() - two.medianSeconds()) / (animationFrames - 2);
        double cpu = (all.medianCpu() - two.medianCpu()) / (animationFrames - 2);
        return String.format(Locale.ROOT, "%.2f s a frame (CPU %.2f s a frame)", wall, cpu);
    }

    private void write(BenchDocs docs, List<Kind> kinds, Map<String, WholeProcess.Summary> sums, Map<String, WholeProcess.Summary> peerSums,
                       QgisPeer qgis, String perFrame, String loadBefore, String loadAfter) throws IOException {
        String peerName = qgis == null ? "PyQGIS: " + QgisPeer.missing() : "PyQGIS (`bench/qgis_render.py`, QGIS " + qgis.version() + ")";
        WholeProcess.Summary first = sums.values().iterator().next();
        StringBuilder table = new StringBuilder(BenchDocs.row("work", "ClashMap: wall / CPU / peak", "against the " + kinds.get(0).key() + " run (wall)",
                "peer: wall / CPU / peak", "ratio, wall", "ratio, CPU", "target") + "\n|---|---|---|---|---|---|---|\n");
        Map<String, String> readme = new LinkedHashMap<>();
        for (Kind k : kinds) {
            if (k.key().equals("gif2")) continue;
            WholeProcess.Summary sum = sums.get(k.key()), peer = peerSums.get(k.key());
            String cell = sum.cell() + (k.key().equals("gif") && perFrame != null ? "; " + perFrame : "");
            String target = switch (k.key()) {
                case "clustered", "points" -> "≤ 1.0× PyQGIS";
                case "svg", "pdf" -> FIGURE_TARGET + " for drawing and writing (`bench figures`)";
                case "gif" -> FRAME_TARGET;
                default -> "–";
            };
            String against = sum.failures() > 0 || first.failures() > 0 ? "–" : String.format(Locale.ROOT, "%.2f×", sum.medianSeconds() / first.medianSeconds());
            boolean peered = k.key().equals("clustered") || k.key().equals("points");
            table.append(BenchDocs.row(k.label(), cell, against, peer == null ? "–" : peer.cell(), WholeProcess.ratio(sum, peer),
                    WholeProcess.cpuRatio(sum, peer), target)).append('\n');
            readme.put(k.label(), BenchDocs.row(k.label(), "`bench render`", cell, peered ? peerName : "–", peer == null ? "–" : peer.cell(),
                    WholeProcess.ratio(sum, peer), target));
        }
        String section = BenchDocs.when(loadBefore, loadAfter) + " Command: `java -jar target/clashmap.jar bench render --write-docs"
                + (db == null ? " --events " + events : " --db FILE") + (only == null ? "" : " --kinds " + String.join(",", only))
                + " --rounds " + rounds + "`: `clashmap render` database file to image file,"
                + " every kind once a round, alternated, whole processes (JVM start and loading the events included), median of " + rounds + "."
                + (qgis != null ? " After each clustered and every-point render, its peer: " + qgis.describe() + "." + BenchDocs.PAIRED_ROUNDS
                : peered(kinds) ? " No peer: " + QgisPeer.missing() + "." : "")
                + (perFrame != null ? " A GIF frame: the " + animationFrames + "-frame animation's time less a two-frame animation's, over "
                + (animationFrames - 2) + " frames." : "")
                + "\n\n" + table;
        docs.write(block(), section, readme);
    }

    /**
     * The docs/benchmarks.md block: "render" for every kind at the default count, with the count of synthetic events when
     * another ("render-1000000") and the kinds when chosen ("render-1000000-clustered-points"), so a partial run leaves
     * the full run's figures in place.
     */
    private String block() {
        return "render" + (db != null || events == 100_000 ? "" : "-" + events)
                + (only == null ? "" : "-" + String.join("-", only.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).toList()));
    }

    /** Whether the kinds include one PyQGIS draws too (clustered, every point). */
    private static boolean peered(List<Kind> kinds) {
        return kinds.stream().anyMatch(k -> k.key().equals("clustered") || k.key().equals("points"));
    }

    private static List<String> cat(List<String> a, String... more) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return out;
    }

    private List<String> renderCommand(Path dbFile, Path out, List<String> options) throws IOException {
        Files.deleteIfExists(out);
        List<String> args = new ArrayList<>(List.of("render", "--db", dbFile.toString(), "--out", out.toString()));
        args.addAll(options);
        return process.clashmap(args.toArray(String[]::new));
    }
}
