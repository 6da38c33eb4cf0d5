package org.clashmap.cli;

import org.clashmap.export.MapImageRenderer;
import org.clashmap.export.MapImageRequest;
import org.clashmap.export.PngFiles;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.Language;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench figures}: seconds for map figures with many incidents, inside one process: a
 * PNG's render and encoding timed separately, SVG and PDF files, a GIF animation. Incidents are synthetic but placed on real gazetteer places (random
 * place, type, date and dead with a fixed seed), so density follows where towns really are.
 */
@Command(name = "figures", description = "Time drawing map figures in memory over synthetic incidents: render and PNG encoding separately, SVG and PDF files, a GIF animation (bench render times the whole command instead).")
public final class BenchFiguresCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "100000", description = "Incidents (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--width", defaultValue = "3840") int width;
    @Option(names = "--height", defaultValue = "2160") int height;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--levels", split = ",", defaultValue = "1,4,9", description = "PNG deflate levels to time (default: ${DEFAULT-VALUE})")
    int[] levels;

    @Option(names = "--animation-frames", defaultValue = "60", description = "Frames of the timed 1920x1080 GIF animation (default: ${DEFAULT-VALUE}; 0 skips it)")
    int animationFrames;

    @Mixin
    BenchDocsOption docsOption;

    private final PrintedLines out = new PrintedLines();

    @Override
    public Integer call() throws IOException {
        BenchDocs docs = docsOption.docs();
        String loadBefore = BenchData.load();
        long t0 = System.nanoTime();
        MapImageRenderer renderer = MapImageRenderer.fromClasspath();
        out.printf("load basemap: %.0f ms%n", ms(t0));
        long g0 = System.nanoTime();
        IncidentSet set = IncidentSet.of(synthetic(events, 42));
        out.printf("generate %,d incidents on gazetteer places: %.0f ms%n", set.size, ms(g0));
        out.printf("cores available: %d%n", Runtime.getRuntime().availableProcessors());

        String png = scenario(renderer, set, "all of Syria (clusters)", new MapImageRequest(null, width, height, null, null, Language.AR, null));
        scenario(renderer, set, "Homs-Palmyra (each symbol)",
                new MapImageRequest(new MapImageRequest.BBox(36.5, 34.2, 38.5, 35.0), width, height, null, null, Language.AR, null));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("clashmap-bench-render");
        try {
            MapImageRequest syria = new MapImageRequest(null, width, height, null, null, Language.AR, null);
            String svg = vector(renderer, set, syria, dir.resolve("map.svg"));
            String pdf = vector(renderer, set, syria, dir.resolve("map.pdf"));
            String gif = animationFrames > 0 ? animation(renderer, set, dir.resolve("war.gif")) : null;
            String loadAfter = BenchData.load();
            out.printf("load average: %s before, %s after%n", loadBefore, loadAfter);
            if (docs != null) {
                String n = String.format(Locale.ROOT, "%,d synthetic events", events), size = width + "×" + height;
                java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
                String pngLabel = size + " PNG, all of Syria, " + n + ", in memory (render + PNG)";
                rows.put(pngLabel, BenchDocs.row(pngLabel, "`bench figures`", BenchDocs.underLoad(png, loadBefore), "≤ 1 s"));
                String vectorLabel = size + " SVG / PDF, all of Syria, " + n + ", in memory (draw and write the file)";
                rows.put(vectorLabel, BenchDocs.row(vectorLabel, "`bench figures`", BenchDocs.underLoad("SVG " + svg + "; PDF " + pdf, loadBefore), "≤ 2 s"));
                if (gif != null) {
                    String gifLabel = "GIF animation, " + animationFrames + " frames of 1920×1080, " + n + ", in memory";
                    rows.put(gifLabel, BenchDocs.row(gifLabel, "`bench figures`", BenchDocs.underLoad(gif, loadBefore), "≤ 0.3 s a frame"));
                }
                String command = "java -jar target/clashmap.jar bench figures --write-docs --events " + events + " --rounds " + rounds
                        + " --levels " + String.join(",", Arrays.stream(levels).mapToObj(Integer::toString).toList()) + " --animation-frames " + animationFrames;
                docs.write("figures", BenchDocs.printed(loadBefore, loadAfter, command, out.lines()), BenchDocs.README_IN_PROCESS, rows);
            }
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(dir);
        }
        return 0;
    }

    /** A vector figure of all of Syria, written to a file (render, text and embedded basemap included); "1.23 s, 1.1 MB". */
    private String vector(MapImageRenderer renderer, IncidentSet set, MapImageRequest req, java.nio.file.Path file) throws IOException {
        java.util.BitSet all = MapImageRenderer.select(set, null, null);
        renderer.write(req, set, all, null, java.util.Map.of(), file); // warm-up (fonts, PDFBox's font cache)
        double[] t = new double[rounds], cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime(), c = cpuNanos();
            renderer.write(req, set, all, null, java.util.Map.of(), file);
            t[i] = ms(s);
            cpu[i] = (cpuNanos() - c) / 1e6;
        }
        out.printf("%s, all of Syria %dx%d: median %5.0f ms (CPU %.0f ms, all threads), %.1f MB%n", org.clashmap.export.FigureFormat.of(file),
                req.width(), req.height(), median(t), median(cpu), java.nio.file.Files.size(file) / 1e6);
        return String.format(Locale.ROOT, "%.2f s (CPU %.2f s), %.1f MB", median(t) / 1000, median(cpu) / 1000, java.nio.file.Files.size(file) / 1e6);
    }

    /**
     * A sliding-window GIF of the whole period at 1920x1080, one frame per step, written by MapAnimation as render
     * --animate writes it (frames drawn ahead on worker threads while the GIF encodes); "0.31 s a frame".
     */
    private String animation(MapImageRenderer renderer, IncidentSet set, java.nio.file.Path file) throws IOException {
        LocalDate first = LocalDate.of(2012, 1, 1), last = first.plusDays(9 * 365 - 1);
        List<LocalDate[]> windows = org.clashmap.export.MapAnimation.windows(first, last, animationFrames);
        var settings = new org.clashmap.export.MapAnimation.Settings(null, 1920, 1080, Language.AR, null, windows, false, 250,
                MapImageRequest.Style.CLUSTERED, org.clashmap.export.MapOverlays.Spec.NONE);
        var data = new org.clashmap.export.MapAnimation.Data(set, java.util.Set.of(), java.util.Map.of(), null, List.of());
        // drawing alone, one frame after another on this thread (the basemap kept, as the animation keeps it)
        MapImageRenderer frames = renderer.keepingBasemap();
        int probe = Math.min(5, windows.size());
        org.clashmap.export.MapAnimation.frame(frames, settings, data, 0);
        long r0 = System.nanoTime();
        for (int k = 1; k <= probe && k < windows.size(); k++) org.clashmap.export.MapAnimation.frame(frames, settings, data, k);
        double render = ms(r0) / 1000 / Math.max(1, Math.min(probe, windows.size() - 1));
        long c0 = cpuNanos();
        var r = org.clashmap.export.MapAnimation.write(renderer, settings, data, file, k -> { });
        double cpuPerFrame = (cpuNanos() - c0) / 1e9 / r.frames();
        out.printf("GIF animation, %d frames of 1920x1080 (sliding %d-day windows): %.1f s, %.2f s a frame (CPU %.2f s a frame, all threads;"
                        + " drawing alone, one thread: %.2f s a frame), %.1f MB%n",
                r.frames(), (int) ((last.toEpochDay() - first.toEpochDay() + 1) / animationFrames), r.seconds(), r.secondsPerFrame(), cpuPerFrame,
                render, java.nio.file.Files.size(file) / 1e6);
        return String.format(Locale.ROOT, "%.2f s a frame (CPU %.2f s a frame; %.1f s in all, %.1f MB)", r.secondsPerFrame(), cpuPerFrame, r.seconds(),
                java.nio.file.Files.size(file) / 1e6);
    }

    /** Render and encode one view, printed; "render R + PNG E = T s" at the first deflate level, for a table. */
    private String scenario(MapImageRenderer renderer, IncidentSet set, String name, MapImageRequest req) throws IOException {
        MapImageRenderer.RenderResult warm = renderer.render(req, set); // warm-up: JIT, label layout of the zoom
        out.printf("%s, %dx%d, tile zoom %d, symbol scale %.2f, %,d incidents in view%n",
                name, req.width(), req.height(), warm.tileZoom(), warm.deviceScale(), warm.incidents());
        double[] total = new double[rounds], base = new double[rounds], inc = new double[rounds], frame = new double[rounds];
        MapImageRenderer.RenderResult r = warm;
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            r = renderer.render(req, set);
            total[i] = ms(s);
            base[i] = r.basemapNanos() / 1e6;
            inc[i] = r.incidentNanos() / 1e6;
            frame[i] = r.frameNanos() / 1e6;
        }
        out.printf("  render  median %5.0f ms  (basemap %.0f, incidents %.0f, frame %.0f)%n",
                median(total), median(base), median(inc), median(frame));
        String first = null;
        for (int level : levels) {
            double[] enc = new double[rounds];
            int size = 0;
            for (int i = 0; i < rounds; i++) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 22);
                long s = System.nanoTime();
                PngFiles.encode(r.image(), buf, level);
                enc[i] = ms(s);
                size = buf.size();
            }
            out.printf("  PNG deflate level %d: median %5.0f ms, %.1f MB -> render + encode %.2f s%n",
                    level, median(enc), size / 1e6, (median(total) + median(enc)) / 1000);
            if (first == null) first = String.format(Locale.ROOT, "render %.2f + PNG level %d %.2f = %.2f s", median(total) / 1000, level,
                    median(enc) / 1000, (median(total) + median(enc)) / 1000);
        }
        return first;
    }

    /** Incidents at random gazetteer places (populated places weigh as much as any), fixed seed. */
    public static List<StoredEvent> synthetic(int n, long seed) {
        List<Place> places = Gazetteers.places();
        Random rnd = new Random(seed);
        EventType[] types = EventType.values();
        LocalDate start = LocalDate.of(2012, 1, 1);
        List<StoredEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Place p = places.get(rnd.nextInt(places.size()));
            LocalDate d = start.plusDays(rnd.nextInt(9 * 365));
            int dead = rnd.nextInt(4) == 0 ? rnd.nextInt(30) : 0;
            EventPlace ep = new EventPlace(p.id(), p.nameAr(), p.nameEn(), null, p.lat(), p.lon(), p.precisionKm(), 0.9, 0, 0);
            out.add(new StoredEvent(i + 1, null, "bench", null, types[rnd.nextInt(types.length)], null,
                    new DateRange(d, d, TimePrecision.DAY), dead, null, 0.9, ReviewStatus.UNREVIEWED, null, 0, 0,
                    List.of(), List.of(ep), null, null, false));
        }
        return out;
    }

    /**
     * CPU time of the whole process so far (every thread, the JIT's and GC's included): on a machine others load, what
     * a figure costs apart from waiting for a core; for one thread's work it is the time an idle core would take.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
