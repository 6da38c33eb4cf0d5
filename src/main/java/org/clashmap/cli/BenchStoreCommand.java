package org.clashmap.cli;

import org.clashmap.datasets.Generator;
import org.clashmap.store.Database;
import org.clashmap.store.DatabaseAddress;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.EventStore;
import org.clashmap.store.ExternalEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code clashmap bench store}: the store on each engine (issue 21) — bulk load rate of N synthetic events,
 * the map's time-window + box query (p50/p95), and the rate of one and of four writers storing reports
 * at once, with a check that none was lost or stored twice.
 */
@Command(name = "store", description = "Bulk load, window+box query p50/p95 and concurrent writers on SQLite and PostgreSQL.")
public final class BenchStoreCommand implements Runnable {
    @Option(names = "--events", defaultValue = "100000", description = "Synthetic events to load (default: ${DEFAULT-VALUE}; the issue's size is 1000000).")
    int events;

    @Option(names = "--postgresql", paramLabel = "DB",
            description = "An empty PostgreSQL database to measure too (postgresql://...); without it only SQLite is measured.")
    String postgresql;

    @Option(names = "--queries", defaultValue = "300", description = "Window+box queries to time (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--reports", defaultValue = "2000", description = "Reports the writers store, each one transaction (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--writers", defaultValue = "4", description = "Concurrent writers (default: ${DEFAULT-VALUE}).")
    int writers;

    /** Events per written report: about what one news report yields. */
    private static final int EVENTS_PER_REPORT = 8;

    @Override
    public void run() {
        List<DatabaseAddress> targets = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("clashmap-bench-store");
        } catch (IOException e) {
            throw new UserError("cannot create a temporary folder: " + e.getMessage(), 1, e);
        }
        targets.add(DatabaseAddress.sqlite(dir.resolve("bench.db")));
        if (postgresql != null) {
            try {
                targets.add(DatabaseAddress.parse(postgresql));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        } else {
            System.err.println("note: no --postgresql DB given: measuring SQLite only");
        }
        System.out.printf(Locale.ROOT, "bench store: %,d events, %d queries, %,d reports of %d events by 1 and by %d writers (load average %.1f)%n",
                events, queries, reports, EVENTS_PER_REPORT, writers, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            for (DatabaseAddress a : targets) measure(a);
        } finally {
            deleteQuietly(dir);
        }
    }

    private void measure(DatabaseAddress address) {
        try (Database db = Database.open(address)) {
            DatasetStore store = new DatasetStore(db);
            if (new EventStore(db).counts().get("events") > 0) throw new UserError(address + ": not empty; give an empty database to measure");
            String engine = db.engine();
            long t0 = System.nanoTime();
            int loaded = org.clashmap.app.SyntheticEvents.generator(1).fill(store, events, 50_000);
            double load = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%-10s bulk load       %,d events in %.1f s: %,.0f events/s%n", engine, loaded, load, loaded / load);

            EventStore events = new EventStore(db);
            Random r = new Random(7);
            long[] nanos = new long[queries];
            long rows = 0;
            int days = (int) (Generator.LAST.toEpochDay() - Generator.FIRST.toEpochDay());
            for (int i = 0; i < queries; i++) {
                // What the map asks when the analyst looks at a month around a city: 30 days, a box of about 100 x 80 km.
                LocalDate from = Generator.FIRST.plusDays(r.nextInt(days - 30));
                double lon = 35.8 + r.nextDouble() * 5.5, lat = 32.5 + r.nextDouble() * 4.5;
                long q0 = System.nanoTime();
                rows += events.eventIdsIn(from, from.plusDays(30), lon - 0.5, lat - 0.4, lon + 0.5, lat + 0.4).size();
                nanos[i] = System.nanoTime() - q0;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-10s window+box      p50 %.2f ms, p95 %.2f ms (%d queries, %.0f events each on average)%n", engine,
                    nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.95)] / 1e6, queries, rows / (double) queries);

            double one = writers(address, 1, "bench-one");
            double many = writers(address, writers, "bench-many");
            System.out.printf(Locale.ROOT, "%-10s writers         1: %,.0f reports/s, %d: %,.0f reports/s (%.1fx)%n", engine, one, writers, many, many / one);
        }
    }

    /**
     * {@code n} writers, each on its own connection, store {@link #reports} reports (each a transaction of
     * its events) between them, each its share plus a tenth of the next writer's, which both race for:
     * every report must end up stored once. Returns distinct reports stored per second.
     */
    private double writers(DatabaseAddress address, int n, String origin) {
        List<List<ExternalEvent>> work = new ArrayList<>();
        List<ExternalEvent> made = org.clashmap.app.SyntheticEvents.generator(99).generate(reports * EVENTS_PER_REPORT);
        for (int i = 0; i < reports; i++) {
            List<ExternalEvent> report = new ArrayList<>();
            for (int k = 0; k < EVENTS_PER_REPORT; k++) {
                ExternalEvent e = made.get(i * EVENTS_PER_REPORT + k);
                report.add(new ExternalEvent(origin, "r" + i + "e" + k, e.type(), e.subType(), e.date(), e.fatalities(), e.actors(), e.place(),
                        e.sentence(), e.notes(), e.outlet(), e.confidence()));
            }
            work.add(report);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Database> open = new ArrayList<>();
        try {
            for (int w = 0; w < n; w++) open.add(Database.open(address));
            long t0 = System.nanoTime();
            List<Future<Integer>> runs = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                DatasetStore store = new DatasetStore(open.get(w));
                int first = w * reports / n, last = (w + 1) * reports / n + (n > 1 ? reports / (10 * n) : 0);
                runs.add(pool.submit(() -> {
                    int stored = 0;
                    // Each writer stores its share and the start of the next one's: those reports are raced for.
                    for (int i = first; i < last; i++) {
                        if (store.insert(work.get(i % reports)).inserted() > 0) stored++;
                    }
                    return stored;
                }));
            }
            int stored = 0;
            for (Future<Integer> f : runs) stored += f.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long inStore = new DatasetStore(open.get(0)).count(origin);
            if (stored != reports || inStore != (long) reports * EVENTS_PER_REPORT) {
                throw new UserError(String.format(Locale.ROOT, "%s: %d writers stored %d reports (%d events) of %d: reports lost or stored twice",
                        address, n, stored, inStore, reports));
            }
            return reports / seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted", 1, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new UserError(address + ": a writer failed: " + e.getCause().getMessage(), 1, e.getCause());
        } finally {
            pool.shutdownNow();
            for (Database d : open) d.close();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
