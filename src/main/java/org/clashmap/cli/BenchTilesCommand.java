package org.clashmap.cli;

import org.clashmap.geo.BasemapData;
import org.clashmap.geo.OfflineTileRenderer;
import org.clashmap.geo.WebMercator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        BasemapData data = BasemapData.fromClasspath();
        OfflineTileRenderer r = new OfflineTileRenderer(data);
        System.out.printf("load: %.0f ms (data %s)%n", (System.nanoTime() - t0) / 1e6, data.version());
        for (int z : zooms) {
            List<long[]> sample = sample(z, tiles);
            long l0 = System.nanoTime();
            r.labels().all(r.language(), z); // label layout is computed once per zoom; report it separately
            double layoutMs = (System.nanoTime() - l0) / 1e6;
            for (long[] t : sample) r.tile(z, t[0], t[1]); // warm-up
            double[] ms = new double[sample.size() * rounds];
            int k = 0;
            for (int round = 0; round < rounds; round++) {
                for (long[] t : sample) {
                    long s = System.nanoTime();
                    r.tile(z, t[0], t[1]);
                    ms[k++] = (System.nanoTime() - s) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("zoom %2d: %4d tiles x %d  median %.2f ms  p95 %.2f ms  max %.2f ms  (label layout %.0f ms once)%n",
                    z, sample.size(), rounds, ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1], layoutMs);
        }
        return 0;
    }

    /** All tiles over Syria at a zoom, or a fixed-seed random sample of them when there are more. */
    static List<long[]> sample(int zoom, int max) {
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
