package org.clashmap.cli;

import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.index.TimeIndex;
import org.clashmap.geo.Viewport;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.ui.map.OffscreenIncidentRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench map}: how fast the incident layer draws while the analyst scrubs the
 * timeline and pans, on a database of N events. Loads through the lean column path, renders off
 * screen (Monocle) at several zooms over a sweep of timeline positions (sliding 30-day window and
 * cumulative), and compares with one scene-graph node per point at 10,000 points. The JavaFX side
 * (toolkit, layer, nodes) is the window's own {@link OffscreenIncidentRenderer}: the command line
 * imports no JavaFX itself.
 */
@Command(name = "map", description = "Time incident-layer frames over a timeline sweep; prints median/p95 ms, load time, heap.")
public final class BenchMapCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "100000", description = "Events in the database (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--db", description = "Database to use (filled with synthetic events up to --events when it has fewer)")
    Path db;

    @Option(names = "--positions", defaultValue = "24", description = "Timeline positions per zoom and mode (default: ${DEFAULT-VALUE})")
    int positions;

    @Option(names = "--zooms", split = ",", defaultValue = "6,7,8,9,11", description = "Zooms (default: ${DEFAULT-VALUE})")
    double[] zooms;

    @Option(names = "--present", negatable = true, defaultValue = "true",
            description = "Count compositing the layer image (a snapshot) in each frame (default: ${DEFAULT-VALUE})")
    boolean present;

    @Mixin
    BenchDocsOption docsOption;

    /** What is printed, kept for --write-docs; static, as the printing helpers are. */
    private static PrintedLines out = new PrintedLines();
    /** The figures the README's rows quote, noted as they are printed. */
    private static double allMedian, allP95, worstP95, layerMs, layerRepaintMs, nodeMs;
    private static String worstRow = "";

    static final long GENERATOR_SEED = 42;
    static final int WIDTH = 1280, HEIGHT = 800, WINDOW_DAYS = 30, NODE_POINTS = 10_000;

    @Override
    public Integer call() throws Exception {
        BenchDocs docs = docsOption.docs();
        String loadBefore = BenchData.load();
        out = new PrintedLines();
        worstP95 = 0;
        Path file = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"), "clashmap-bench-gen-" + events + ".db");
        ensureEvents(file);

        OffscreenIncidentRenderer.startHeadlessToolkit();
        System.gc();
        long t0 = System.nanoTime();
        IncidentSet set;
        try (Database d = Database.open(file)) {
            IncidentSet.Builder b = IncidentSet.builder();
            new EventStore(d).forEachIncidentRow(b);
            set = b.build();
        }
        double loadMs = (System.nanoTime() - t0) / 1e6;
        TimeIndex index = set.timeIndex();
        set.index(); // as the window's loader does, before the first frame
        BitSet all = new BitSet(set.size);
        all.set(0, set.size);
        OffscreenIncidentRenderer r = OffscreenIncidentRenderer.onFx(() -> new OffscreenIncidentRenderer(WIDTH, HEIGHT));
        Viewport home = Viewport.centredOn(35.0, 38.5, 7, WIDTH, HEIGHT);
        double firstFrame = OffscreenIncidentRenderer.onFx(() -> r.rasterFrame(set, all, home, true, true));
        double firstMs = (System.nanoTime() - t0) / 1e6;
        out.printf("events\t%d%nincidents\t%d%nload_ms\t%.0f\t(lean column path, incl. building the arrays)%n", set.eventCount(), set.size, loadMs);
        out.printf("first_frame_ms\t%.0f\t(load + time and spatial indexes + first frame of %.0f ms, all events, zoom 7)%n", firstMs, firstFrame);

        // Warm-up so the JIT has compiled the paths before timing.
        long w0 = System.nanoTime();
        // Every zoom and both modes: the paths differ (clusters, stamps, rings), and each must be compiled.
        while (System.nanoTime() - w0 < 3_000_000_000L) {
            for (double z : zooms) {
                sweep(r, set, index, z, 2, false, true);
                sweep(r, set, index, z, 2, true, true);
            }
        }

        List<Double> overall = new ArrayList<>();
        for (double z : zooms) {
            double[][] wp = new double[3][positions], cp = new double[3][positions];
            double[] window = sweep(r, set, index, z, positions, false, present, wp);
            double[] cumulative = sweep(r, set, index, z, positions, true, present, cp);
            print(String.format("zoom %4.1f window %dd", z, WINDOW_DAYS), window, wp);
            print(String.format("zoom %4.1f cumulative", z), cumulative, cp);
            for (double v : window) overall.add(v);
            for (double v : cumulative) overall.add(v);
        }
        double[] frames = overall.stream().mapToDouble(Double::doubleValue).toArray();
        print("all frames", frames);
        allMedian = median(frames);
        allP95 = p95(frames);

        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        out.printf("heap_used_mb\t%.0f\t(after GC, data loaded)%nheap_peak_mb\t%.0f\t(sum of pool peaks, upper bound)%nheap_max_mb\t%.0f%n",
                used / 1048576.0, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);

        compareWithNodes(r, set);
        OffscreenIncidentRenderer.stopToolkit();
        String loadAfter = BenchData.load();
        out.printf("load_average\t%s before, %s after%n", loadBefore, loadAfter);
        if (docs != null) {
            boolean million = set.eventCount() >= 1_000_000;
            String n = String.format(java.util.Locale.ROOT, "%,d", events);
            String frameFigures = String.format(java.util.Locale.ROOT, "p95 %.1f ms over all views (median %.1f; worst row %s, p95 %.1f); first frame %.2f s; heap %.0f MB after GC",
                    allP95, allMedian, worstRow.strip(), worstP95, firstMs / 1000, used / 1048576.0);
            String heap = Runtime.getRuntime().maxMemory() < (2L << 30) ? " (`-Xmx" + Runtime.getRuntime().maxMemory() / 1048576 + "m`)" : "";
            java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
            String frameLabel = "map frame, " + n + " events";
            rows.put(frameLabel, BenchDocs.row(frameLabel, "`bench map --events " + events + "`" + heap, BenchDocs.underLoad(frameFigures, loadBefore),
                    million ? "first frame ≤ 3 s, heap ≤ 1 GB, p95 ≤ 33 ms" : "p95 ≤ 16 ms"));
            String layerLabel = "canvas layer vs one node per point, 10k, panning (" + n + " events loaded)";
            rows.put(layerLabel, BenchDocs.row(layerLabel, "`bench map --events " + events + "`", BenchDocs.underLoad(String.format(java.util.Locale.ROOT,
                    "%.1f× faster (layer %.1f ms, nodes %.1f ms); %.1f× when the layer is painted afresh every frame", nodeMs / layerMs, layerMs, nodeMs,
                    nodeMs / layerRepaintMs), loadBefore), "≥ 20×"));
            String command = "java" + (heap.isEmpty() ? "" : " -Xmx" + Runtime.getRuntime().maxMemory() / 1048576 + "m")
                    + " -jar target/clashmap.jar bench map --write-docs --events " + events;
            docs.write("map-" + events, BenchDocs.printed(loadBefore, loadAfter, command, out.lines()), BenchDocs.README_IN_PROCESS, rows);
        }
        return 0;
    }

    private static double p95(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)];
    }

    /** Tops the database up with {@code clashmap generate}'s events (same seed, so a rerun adds only what is missing). */
    private void ensureEvents(Path file) throws Exception {
        try (Database d = Database.open(file)) {
            long have = new EventStore(d).counts().get("events");
            if (have >= events) return;
            long t0 = System.nanoTime();
            int added = org.clashmap.app.SyntheticEvents.generator(GENERATOR_SEED).fill(new DatasetStore(d), events, 50_000);
            System.out.printf("generated\t%d events into %s in %.1f s (clashmap generate --seed %d)%n",
                    added, file, (System.nanoTime() - t0) / 1e9, GENERATOR_SEED);
        }
        if (!Files.exists(file)) throw new UserError("database not created: " + file);
    }

    /**
     * Frames over {@code count} timeline positions spread across the data's extent; each frame
     * recomputes the time mask (as scrubbing does) and pans the view a little (as dragging does).
     */
    private static double[] sweep(OffscreenIncidentRenderer r, IncidentSet set, TimeIndex index, double zoom, int count,
                                  boolean cumulative, boolean present) throws Exception {
        return sweep(r, set, index, zoom, count, cumulative, present, null);
    }

    /** As above; {@code phases}, when given, receives per frame the mask, paint and present milliseconds. */
    private static double[] sweep(OffscreenIncidentRenderer r, IncidentSet set, TimeIndex index, double zoom, int count,
                                  boolean cumulative, boolean present, double[][] phases) throws Exception {
        double[] ms = new double[count];
        // Aleppo at street zooms (busiest place), Syria's middle when the country fits.
        double lat = zoom >= 9 ? 36.2 : 35.0, lon = zoom >= 9 ? 37.16 : 38.5;
        BitSet visible = new BitSet(set.size);
        for (int k = 0; k < count; k++) {
            int end = index.minDay() + (int) ((long) (index.maxDay() - index.minDay()) * (k + 1) / count);
            int start = cumulative ? Integer.MIN_VALUE : end - WINDOW_DAYS + 1;
            Viewport base = Viewport.centredOn(lat, lon, zoom, WIDTH, HEIGHT);
            Viewport vp = new Viewport(zoom, base.originX() + (k % 8) * 9, base.originY() - (k % 5) * 7, WIDTH, HEIGHT);
            int frame = k;
            ms[k] = OffscreenIncidentRenderer.onFx(() -> {
                long t0 = System.nanoTime();
                visible.clear(); // the window keeps one mask and refills it, as here
                index.overlapping(start, end, visible);
                double mask = (System.nanoTime() - t0) / 1e6;
                double total = mask + r.rasterFrame(set, visible, vp, true, present);
                if (phases != null) {
                    phases[0][frame] = mask;
                    phases[1][frame] = r.lastPaintMs();
                    phases[2][frame] = r.lastPresentMs();
                }
                return total;
            });
        }
        return ms;
    }

    /** The same 10,000 points drawn by the canvas layer and as 10,000 Circle nodes, above clustering zoom. */
    private static void compareWithNodes(OffscreenIncidentRenderer r, IncidentSet set) throws Exception {
        BitSet points = new BitSet(set.size);
        for (int i = 0; i < set.size && points.cardinality() < NODE_POINTS; i++) if (set.dayFrom[i] != IncidentSet.UNDATED) points.set(i);
        OffscreenIncidentRenderer.onFx(() -> {
            r.buildNodes(set, points);
            return null;
        });
        double zoom = 9;
        double[] canvasMs = new double[30], nodeMs = new double[30];
        double[][] phases = {new double[30], new double[30], new double[30]};
        // Each way is timed in a run of its own (first round warms up): interleaved, the node
        // frames' garbage and cache traffic would be billed to the layer frames that follow them.
        Viewport base = Viewport.centredOn(35.5, 38.0, zoom, WIDTH, HEIGHT);
        // The points stay the same while the view pans 5 px a frame, as when the analyst drags the
        // map: the layer paints with spare pixels and then only moves, as in the window.
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < 30; k++) {
                Viewport vp = new Viewport(zoom, base.originX() + k * 5, base.originY(), WIDTH, HEIGHT);
                boolean first = round == 0 && k == 0;
                canvasMs[k] = OffscreenIncidentRenderer.onFx(() -> r.rasterFrame(set, points, vp, first, true));
                phases[1][k] = r.lastPaintMs();
                phases[2][k] = r.lastPresentMs();
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < 30; k++) {
                Viewport vp = new Viewport(zoom, base.originX() + k * 5, base.originY(), WIDTH, HEIGHT);
                nodeMs[k] = OffscreenIncidentRenderer.onFx(() -> r.nodeFrame(set, vp));
            }
        }
        print(String.format("layer  %d points", points.cardinality()), canvasMs, phases);
        layerMs = median(canvasMs);
        // The same pan with the picture painted afresh every frame (as when the content changes too).
        double[] repaintMs = new double[30];
        double[][] repaintPhases = {new double[30], new double[30], new double[30]};
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < 30; k++) {
                Viewport vp = new Viewport(zoom, base.originX() + k * 5, base.originY(), WIDTH, HEIGHT);
                repaintMs[k] = OffscreenIncidentRenderer.onFx(() -> r.rasterFrame(set, points, vp, true, true));
                repaintPhases[1][k] = r.lastPaintMs();
                repaintPhases[2][k] = r.lastPresentMs();
            }
        }
        print(String.format("layer  %d points, repainted", points.cardinality()), repaintMs, repaintPhases);
        layerRepaintMs = median(repaintMs);
        // The floor both sides share: presenting an empty layer (clear, hand over, snapshot).
        BitSet none = new BitSet(set.size);
        double[] emptyMs = new double[30];
        for (int k = 0; k < 30; k++) {
            Viewport vp = Viewport.centredOn(35.5, 38.0, zoom, WIDTH, HEIGHT);
            emptyMs[k] = OffscreenIncidentRenderer.onFx(() -> r.rasterFrame(set, none, vp, true, true));
        }
        print("layer  0 points (floor)", emptyMs);
        print(String.format("nodes  %d points", points.cardinality()), nodeMs);
        BenchMapCommand.nodeMs = median(nodeMs);
        out.printf("node_vs_canvas_ratio\t%.1fx\t(median node frame / median layer frame while panning, both incl. snapshot)%n",
                median(nodeMs) / median(canvasMs));
        out.printf("node_vs_canvas_ratio_repainted\t%.1fx\t(the same with the layer painted afresh every frame)%n",
                median(nodeMs) / median(repaintMs));
    }

    private static void print(String what, double[] ms) {
        print(what, ms, null);
    }

    /** One line of figures; with phases, the medians of mask / paint / present appended. */
    private static void print(String what, double[] ms, double[][] phases) {
        double[] s = ms.clone();
        Arrays.sort(s);
        String tail = phases == null ? "" : String.format("  (median mask %.2f, paint %.2f, present %.2f ms)",
                median(phases[0]), median(phases[1]), median(phases[2]));
        double p95 = s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)];
        out.printf("%-26s frames %4d  median %7.2f ms  p95 %7.2f ms  max %7.2f ms%s%n",
                what, s.length, s[s.length / 2], p95, s[s.length - 1], tail);
        if (what.startsWith("zoom") && p95 > worstP95) {
            worstP95 = p95;
            worstRow = what;
        }
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
