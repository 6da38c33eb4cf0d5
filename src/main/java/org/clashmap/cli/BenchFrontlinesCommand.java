package org.clashmap.cli;

import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.geo.control.ClashPoint;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.PlaceClaim;
import org.clashmap.geo.basemap.SyriaOutline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench frontlines}: milliseconds per timeline step (control state, front lines,
 * contested zones) playing a year day by day, with 1,000 and 10,000 claimed places. Claims are
 * synthetic at real gazetteer places (seeded random): sides hold the regions nearest their
 * "capitals", places near a border change hands during the year, and battles cluster near borders.
 * The gazetteer has about 6,000 places, so beyond that places repeat with a small jitter (new keys).
 */
@Command(name = "frontlines", description = "Time control, front lines and zones per timeline step.")
public final class BenchFrontlinesCommand implements Callable<Integer> {
    private static final String[] SIDES = {"regime", "opposition", "isis", "sdf", "hts", "sna"};
    private static final LocalDate START = LocalDate.of(2017, 1, 1);

    @Option(names = "--places", split = ",", defaultValue = "1000,10000", description = "Claimed places (default: ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--events", defaultValue = "100000", description = "Battles over the year (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--days", defaultValue = "365") int days;

    @Mixin
    BenchDocsOption docsOption;

    private final PrintedLines out = new PrintedLines();

    @Override
    public Integer call() throws java.io.IOException {
        BenchDocs docs = docsOption.docs();
        String loadBefore = BenchData.load();
        SyriaOutline outline = SyriaOutline.load();
        out.printf("cores available: %d%n", Runtime.getRuntime().availableProcessors());
        List<String> steps = new ArrayList<>();
        for (int n : sizes) steps.add(String.format(Locale.ROOT, "%,d places: %s", n, run(n, outline)));
        String loadAfter = BenchData.load();
        out.printf("load average: %s before, %s after%n", loadBefore, loadAfter);
        if (docs != null) {
            String label = "control step (state, front lines, zones), median / p95, a year day by day";
            String command = "java -jar target/clashmap.jar bench frontlines --write-docs --places "
                    + String.join(",", Arrays.stream(sizes).mapToObj(Integer::toString).toList()) + " --events " + events + " --days " + days;
            docs.write("frontlines", BenchDocs.printed(loadBefore, loadAfter, command, out.lines()), BenchDocs.README_IN_PROCESS,
                    java.util.Map.of(label, BenchDocs.row(label, "`bench frontlines`", BenchDocs.underLoad(String.join("; ", steps), loadBefore), "≤ 50 ms")));
        }
        return 0;
    }

    /** Plays the year with {@code n} claimed places and prints it; "median / p95 ms" for a table. */
    private String run(int n, SyriaOutline outline) {
        Random rnd = new Random(42);
        List<PlaceClaim> claims = new ArrayList<>();
        List<ClashPoint> clashes = new ArrayList<>();
        synthetic(n, rnd, claims, clashes);
        long b0 = System.nanoTime();
        ControlMap map = new ControlMap(claims, clashes, null, ControlOptions.DEFAULTS, outline);
        double build = (System.nanoTime() - b0) / 1e6;
        for (int d = 0; d < 20; d++) map.at(START.plusDays(180 + d)); // warm-up: JIT
        double[] ms = new double[days];
        ControlSnapshot last = null;
        ControlMap fresh = new ControlMap(claims, clashes, null, ControlOptions.DEFAULTS, outline); // empty caches
        for (int d = 0; d < days; d++) {
            long s = System.nanoTime();
            last = fresh.at(START.plusDays(d));
            ms[d] = (System.nanoTime() - s) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf("%,d places, %,d claims, %,d battles: build %.0f ms; per step median %.1f ms, p95 %.1f ms, max %.1f ms"
                        + " (last day: %,d dots, %d lines, %d zones)%n",
                n, claims.size(), clashes.size(), build, sorted[days / 2], sorted[(int) Math.floor(days * 0.95)], sorted[days - 1],
                last.dots().size(), last.lines().size(), last.zones().size());
        long s = System.nanoTime();
        for (int d = 0; d < days; d++) fresh.at(START.plusDays(d));
        // the caches keep the last 64 states, so a second pass over a year recomputes most days too
        out.printf("  second pass over the year: %.1f ms per step%n", (System.nanoTime() - s) / 1e6 / days);
        return String.format(Locale.ROOT, "%.1f / %.1f ms", sorted[days / 2], sorted[(int) Math.floor(days * 0.95)]);
    }

    private void synthetic(int n, Random rnd, List<PlaceClaim> claims, List<ClashPoint> clashes) {
        List<Place> all = Gazetteers.places();
        double[][] capitals = new double[SIDES.length][];
        for (int i = 0; i < SIDES.length; i++) {
            Place c = all.get(rnd.nextInt(all.size()));
            capitals[i] = new double[]{c.lat(), c.lon()};
        }
        List<double[]> border = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Place p = all.get(i < all.size() ? i : rnd.nextInt(all.size()));
            double lat = p.lat(), lon = p.lon();
            String key = p.id();
            if (i >= all.size()) {
                lat += (rnd.nextDouble() - 0.5) * 0.05;
                lon += (rnd.nextDouble() - 0.5) * 0.05;
                key = p.id() + "#" + i;
            }
            int[] two = nearestTwo(capitals, lat, lon);
            double d1 = dist(capitals[two[0]], lat, lon), d2 = dist(capitals[two[1]], lat, lon);
            boolean nearBorder = d2 - d1 < 0.3;
            int k = 2 + rnd.nextInt(3);
            for (int j = 0; j < k; j++) {
                int side = nearBorder && rnd.nextInt(3) == 0 ? two[1] : two[0];
                claims.add(PlaceClaim.gained(key, p.nameAr(), lat, lon, SIDES[side], START.plusDays(rnd.nextInt(365))));
            }
            if (nearBorder) border.add(new double[]{lat, lon});
        }
        if (border.isEmpty()) border.add(capitals[0]);
        for (int e = 0; e < events; e++) {
            double[] b = border.get(rnd.nextInt(border.size()));
            LocalDate d = START.plusDays(rnd.nextInt(365));
            clashes.add(new ClashPoint(null, b[0] + rnd.nextGaussian() * 0.02, b[1] + rnd.nextGaussian() * 0.02, d, d.plusDays(rnd.nextInt(3)),
                    SIDES[rnd.nextInt(SIDES.length)], SIDES[rnd.nextInt(SIDES.length)]));
        }
    }

    private static int[] nearestTwo(double[][] caps, double lat, double lon) {
        int a = -1, b = -1;
        for (int i = 0; i < caps.length; i++) {
            if (a < 0 || dist(caps[i], lat, lon) < dist(caps[a], lat, lon)) {
                b = a;
                a = i;
            } else if (b < 0 || dist(caps[i], lat, lon) < dist(caps[b], lat, lon)) {
                b = i;
            }
        }
        return new int[]{a, b};
    }

    private static double dist(double[] c, double lat, double lon) {
        return Math.hypot(c[0] - lat, (c[1] - lon) * 0.82);
    }
}
