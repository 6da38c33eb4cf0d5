package org.clashmap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code clashmap bench export}: {@code clashmap export} in each format as whole processes, database
 * file to export file, alternated round by round with GDAL's {@code ogr2ogr} writing the same events
 * from the same database to the same format; prints each side's median and the ratio ClashMap / peer.
 */
@Command(name = "export", description = "Time `clashmap export` as whole processes beside ogr2ogr on the same database; prints the ratios.")
public final class BenchExportCommand implements Callable<Integer> {
    /** The exports, their ClashMap name, GDAL driver, file suffix and the README's label. */
    enum Target {
        GPKG("gpkg", "GPKG", "gpkg", "GeoPackage"), GEOJSON("geojson", "GeoJSON", "geojson", "GeoJSON"),
        KML("kml", "KML", "kml", "KML"), CSV("csv", "CSV", "csv", "CSV");

        final String format, driver, suffix, label;

        Target(String format, String driver, String suffix, String label) {
            this.format = format;
            this.driver = driver;
            this.suffix = suffix;
            this.label = label;
        }
    }

    /**
     * The peer's query: each event at each of its places with its actors and text, the columns GDAL
     * writes (ClashMap writes more: incident facts, shares of the dead, admin areas in CSV).
     */
    static final String PEER_SQL = """
            SELECT e.id AS event_id, e.event_type, e.sub_event_type, e.date_from, e.date_to, e.time_precision,
             (SELECT actor_id FROM event_actors a WHERE a.event_id = e.id AND a.role = 'ACTOR1') AS actor1,
             (SELECT actor_id FROM event_actors a WHERE a.event_id = e.id AND a.role = 'ACTOR2') AS actor2,
             p.name_ar AS place_ar, p.name_en AS place_en, p.place_id, p.precision_km AS geo_precision_km,
             e.fatalities, e.wounded, e.sentence, e.char_start, e.char_end, e.confidence, e.review_status, e.origin,
             e.external_id, e.notes, p.ordinal, p.relation, MakePoint(p.lon, p.lat, 4326) AS geometry
            FROM events e JOIN event_places p ON p.event_id = e.id ORDER BY e.id, p.ordinal
            """;

    @Option(names = "--db", paramLabel = "DB", description = "Database to export (default: a temporary one of --events synthetic events).")
    Path db;

    @Option(names = "--events", defaultValue = "100000", description = "Synthetic events when no --db is given (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--formats", split = ",", paramLabel = "F,F", defaultValue = "gpkg,geojson,kml,csv",
            description = "Formats to time (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds, each running every format on both sides (default: ${DEFAULT-VALUE})")
    int rounds;


    @Mixin
    WholeProcessOptions process;

    @Override
    public Integer call() throws IOException {
        process.requireJar("export");
        BenchDocs docs = process.docs();
        List<Target> targets = new ArrayList<>();
        for (String f : formats) {
            try {
                targets.add(Target.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UserError("--formats: unknown format " + f + " (gpkg, geojson, kml, csv)");
            }
        }
        boolean peer = WholeProcess.available("ogr2ogr", "--version");
        Path dir = Files.createTempDirectory("clashmap-bench-export");
        try {
            String loadBefore = BenchData.load();
            Path file = BenchData.database(db, events, dir);
            Path sql = dir.resolve("peer.sql");
            Files.writeString(sql, PEER_SQL);
            System.out.printf(Locale.ROOT, "clashmap export --db %s, %d rounds, whole processes%s, alternated with ogr2ogr; cores %d, load %s%n",
                    file.getFileName(), rounds, process.heapNote(), Runtime.getRuntime().availableProcessors(), loadBefore);
            if (!peer) System.out.println("  ogr2ogr: not installed here (apt-get install gdal-bin), no peer figures");
            Path log = dir.resolve("stderr.txt"), peerLog = dir.resolve("peer-stderr.txt");
            Map<Target, List<WholeProcess.Run>> ours = new LinkedHashMap<>(), theirs = new LinkedHashMap<>();
            // rounds below 0, untimed: a command's first runs after a build write its class archive (ClassArchive), and both sides find the files cached
            for (int i = -WholeProcess.UNTIMED; i < rounds; i++) {
                for (Target t : targets) {
                    Path out = dir.resolve("clashmap." + t.suffix), peerOut = dir.resolve("peer." + t.suffix);
                    Files.deleteIfExists(out);
                    WholeProcess.Run run = WholeProcess.run(process.clashmap("export", "--db", file.toString(), "--format", t.format, "--out", out.toString()), log);
                    if (i >= 0) ours.computeIfAbsent(t, k -> new ArrayList<>()).add(run);
                    if (!peer) continue;
                    Files.deleteIfExists(peerOut);
                    WholeProcess.Run peerRun = WholeProcess.run(peerCommand(t, file, sql, peerOut), peerLog);
                    if (i >= 0) theirs.computeIfAbsent(t, k -> new ArrayList<>()).add(peerRun);
                }
            }
            String loadAfter = BenchData.load();
            String ver = peer ? gdalVersion() : "";
            StringBuilder table = new StringBuilder(BenchDocs.row("format", "ClashMap: wall / CPU / peak", ver + ": wall / CPU / peak",
                    "ratio, wall", "ratio, CPU", "target") + "\n|---|---|---|---|---|---|\n");
            Map<String, String> readme = new LinkedHashMap<>();
            for (Target t : targets) {
                WholeProcess.Summary a = WholeProcess.summary("export --format " + t.format, ours.get(t), log);
                WholeProcess.Summary b = peer ? WholeProcess.summary("ogr2ogr -f " + t.driver, theirs.get(t), peerLog) : null;
                System.out.println("  " + a.line());
                if (b != null) System.out.println("  " + b.line() + "  ratio " + WholeProcess.ratio(a, b) + " wall, " + WholeProcess.cpuRatio(a, b) + " CPU");
                table.append(BenchDocs.row(t.label, a.cell(), b == null ? "–" : b.cell(), WholeProcess.ratio(a, b), WholeProcess.cpuRatio(a, b), "≤ 1.5×")).append('\n');
                readme.put(String.format(Locale.ROOT, "%s export, %s", t.label, scale(file)),
                        BenchDocs.row(String.format(Locale.ROOT, "%s export, %s", t.label, scale(file)), "`bench export`", a.cell(),
                                peer ? "`ogr2ogr -f " + t.driver + "` (" + ver + ")" : "none here", b == null ? "–" : b.cell(),
                                WholeProcess.ratio(a, b), "≤ 1.5×"));
            }
            System.out.printf(Locale.ROOT, "load average after: %s%n", loadAfter);
            if (docs != null) {
                String section = BenchDocs.when(loadBefore, loadAfter) + " Command: `java -jar target/clashmap.jar bench export --write-docs"
                        + (db == null ? " --events " + events : " --db FILE") + " --rounds " + rounds + "`: each round runs every format as `clashmap export`"
                        + " and then as `ogr2ogr -f DRIVER OUT DB -dialect SQLite -sql @peer.sql -nln events`, after " + WholeProcess.UNTIMED + " untimed rounds (the query is `BenchExportCommand.PEER_SQL`:"
                        + " each event at each of its places, 25 columns; ClashMap writes 35, CSV also the admin areas), whole processes, median of "
                        + rounds + " (wall, CPU = user + system of all threads, peak = resident high-water mark). "
                        + scale(file) + "." + BenchDocs.PAIRED_ROUNDS + "\n\n" + table;
                docs.write("export", section, readme);
            }
            return 0;
        } finally {
            BenchData.deleteTree(dir);
        }
    }

    private String scale(Path file) {
        return db == null ? String.format(Locale.ROOT, "%,d synthetic events", events) : "database " + file.getFileName();
    }

    static List<String> peerCommand(Target t, Path db, Path sql, Path out) {
        List<String> c = new ArrayList<>(List.of("ogr2ogr", "-f", t.driver, out.toString(), db.toString(), "-dialect", "SQLite", "-sql", "@" + sql, "-nln", "events"));
        if (t == Target.CSV) c.addAll(List.of("-lco", "GEOMETRY=AS_XY")); // ClashMap's CSV has longitude and latitude columns too
        return c;
    }

    /** "GDAL 3.6.2" from {@code ogr2ogr --version}. */
    static String gdalVersion() {
        try {
            Process p = new ProcessBuilder("ogr2ogr", "--version").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return s.startsWith("GDAL ") ? s.split(",")[0] : "ogr2ogr";
        } catch (IOException e) {
            return "ogr2ogr";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "ogr2ogr";
        }
    }
}
