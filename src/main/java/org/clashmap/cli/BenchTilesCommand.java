package org.clashmap.cli;

import org.clashmap.geo.basemap.BasemapData;
import org.clashmap.geo.basemap.OfflineTileRenderer;
import org.clashmap.geo.basemap.PlaceLabel;
import org.clashmap.geo.WebMercator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench tiles}: offline tile rendering speed, no cache, one thread. Tiles are
 * drawn over Syria (a fixed random sample at deep zooms), once to warm up, then timed.
 */
@Command(name = "tiles", description = "Time offline basemap tile rendering (no cache, one thread).")
public final class BenchTilesCommand implements Callable<Integer> {
    /** Syria's bounding box, degrees. */
    private static final double WEST = 35.6, SOUTH = 32.3, EAST = 42.4, NORTH = 37.3;

    @Option(names = "--zooms", split = ",", defaultValue = "6,9,12", description = "Zoom levels (default: ${DEFAULT-VALUE})")
    int[] zooms;

    @Option(names = "--tiles", defaultValue = "200", description = "Tiles sampled per zoom (default: ${DEFAULT-VALUE})")
    int tiles;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds over the sample (default: ${DEFAULT-VALUE})")
    int rounds;

    @Mixin
    BenchDocsOption docsOption;

    private final PrintedLines out = new PrintedLines();

    @Override
    public Integer call() throws Exception {
        BenchDocs docs = docsOption.docs();
        String loadBefore = BenchData.load();
        long t0 = System.nanoTime();
        BasemapData data = BasemapData.fromClasspath();
        OfflineTileRenderer r = new OfflineTileRenderer(data);
        out.printf("load: %.0f ms (data %s)%n", (System.nanoTime() - t0) / 1e6, data.version());
        // Global warm-up so the JIT has compiled the drawing paths before the first timed zoom.
        long w0 = System.nanoTime();
        while (System.nanoTime() - w0 < 2_000_000_000L) {
            for (long[] t : uniform(8, 60)) r.tile(8, t[0], t[1]);
        }
        List<String> uniform = new ArrayList<>(), towns = new ArrayList<>();
        for (int z : zooms) {
            long l0 = System.nanoTime();
            r.labels().all(r.language(), z); // label layout is computed once per zoom; report it separately
            double layoutMs = (System.nanoTime() - l0) / 1e6;
            out.printf("zoom %2d: label layout %.0f ms (once)%n", z, layoutMs);
            uniform.add("z" + z + " " + time(r, z, "uniform over Syria", uniform(z, tiles)));
            towns.add("z" + z + " " + time(r, z, "around towns", aroundTowns(data, z, tiles)));
        }
        String loadAfter = BenchData.load();
        out.printf("load average: %s before, %s after%n", loadBefore, loadAfter);
        if (docs != null) {
            String command = "java -jar target/clashmap.jar bench tiles --write-docs --zooms " + joined(zooms) + " --tiles " + tiles + " --rounds " + rounds;
            Map<String, String> rows = new LinkedHashMap<>();
            String target = "median ≤ 15 ms at z ≤ 10";
            rows.put("basemap tile, median / p95, uniform over Syria", BenchDocs.row("basemap tile, median / p95, uniform over Syria",
                    "`bench tiles`", BenchDocs.underLoad(String.join(", ", uniform), loadBefore), target));
            rows.put("basemap tile, median / p95, around towns", BenchDocs.row("basemap tile, median / p95, around towns",
                    "`bench tiles`", BenchDocs.underLoad(String.join(", ", towns), loadBefore), target));
            docs.write("tiles", BenchDocs.printed(loadBefore, loadAfter, command, out.lines()), BenchDocs.README_IN_PROCESS, rows);
        }
        return 0;
    }

    private static String joined(int[] v) {
        return String.join(",", Arrays.stream(v).mapToObj(Integer::toString).toList());
    }

    /** Times a sample of tiles and prints the line; "median / p95 ms" for a table. */
    private String time(OfflineTileRenderer r, int z, String what, List<long[]> sample) {
        for (long[] t : sample) r.tile(z, t[0], t[1]); // warm-up
        // Few tiles cover Syria at low zooms: repeat them so every zoom gets at least ~200 timings.
        int reps = Math.max(rounds, (200 + sample.size() - 1) / sample.size());
        double[] ms = new double[sample.size() * reps];
        int k = 0;
        for (int round = 0; round < reps; round++) {
            for (long[] t : sample) {
                long s = System.nanoTime();
                r.tile(z, t[0], t[1]);
                ms[k++] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(ms);
        out.printf("         %-19s %4d tiles x %2d  median %6.2f ms  p95 %6.2f ms  max %6.2f ms%n",
                what, sample.size(), reps, ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1]);
        return String.format(Locale.ROOT, "%.1f / %.1f ms", ms[ms.length / 2], ms[(int) (ms.length * 0.95)]);
    }

    /** Tiles holding the seats of sub-districts and up: where analysts look, and the busiest tiles. */
    static List<long[]> aroundTowns(BasemapData data, int zoom, int max) {
        java.util.Set<Long> seen = new java.util.LinkedHashSet<>();
        List<long[]> out = new ArrayList<>();
        for (PlaceLabel p : data.places()) {
            if (p.kind() != PlaceLabel.Kind.PLACE || p.tier() > 3 || out.size() >= max) continue;
            long x = WebMercator.tileX(p.lon(), zoom), y = WebMercator.tileY(p.lat(), zoom);
            if (seen.add((x << 32) | y)) out.add(new long[]{x, y});
        }
        return out;
    }

    /** All tiles over Syria at a zoom, or a fixed-seed random sample of them when there are more. */
    static List<long[]> uniform(int zoom, int max) {
        long x0 = WebMercator.tileX(WEST, zoom), x1 = WebMercator.tileX(EAST, zoom);
        long y0 = WebMercator.tileY(NORTH, zoom), y1 = WebMercator.tileY(SOUTH, zoom);
        List<long[]> out = new ArrayList<>();
        long count = (x1 - x0 + 1) * (y1 - y0 + 1);
        if (count <= max) {
            for (long x = x0; x <= x1; x++) for (long y = y0; y <= y1; y++) out.add(new long[]{x, y});
            return out;
        }
        Random rnd = new Random(42);
        for (int i = 0; i < max; i++) {
            out.add(new long[]{x0 + (long) (rnd.nextDouble() * (x1 - x0 + 1)), y0 + (long) (rnd.nextDouble() * (y1 - y0 + 1))});
        }
        return out;
    }
}
