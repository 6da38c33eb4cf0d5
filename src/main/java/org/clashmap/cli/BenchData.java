package org.clashmap.cli;

import org.clashmap.ingest.ReportMetadata;
import org.clashmap.store.Database;
import org.clashmap.store.DatasetStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * What the whole-process benchmarks run on, made in a temporary folder they remove afterwards: a
 * database of synthetic events (as {@code clashmap generate} fills it) and folders of distinct report
 * files cut from the seeds.
 */
final class BenchData {
    private BenchData() {
    }

    /** {@code given} when set (it must exist), else a database of {@code events} synthetic events in {@code dir}. */
    static Path database(Path given, int events, Path dir) {
        if (given != null) {
            if (!Files.isRegularFile(given)) throw new UserError("no database at " + given);
            return given;
        }
        Path file = dir.resolve("events.db");
        long t0 = System.nanoTime();
        try (Database d = Database.open(file)) {
            org.clashmap.app.SyntheticEvents.generator(1).fill(new DatasetStore(d), events, 50_000);
        }
        System.out.printf(Locale.ROOT, "generated %,d synthetic events into a temporary database (%.1f s)%n", events, (System.nanoTime() - t0) / 1e9);
        return file;
    }

    /** About a seed's size in UTF-8 bytes (the five seeds average 7,600). */
    static final int REPORT_BYTES = 7_600;

    /** The report files written by {@link #reports}, and their size in bytes. */
    record Reports(Path folder, List<Path> files, long bytes) {
    }

    /**
     * {@code count} distinct report files of about a seed's size in {@code folder}, with a
     * {@code metadata.tsv} dating each. Each is the paragraphs of the seeds' article bodies (page chrome
     * cut) drawn at random, so every text differs, as a folder of real reports does, and the same
     * reports recur in part, as news of the same fighting does. Deterministic for a count.
     */
    static Reports reports(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<String> paragraphs = new ArrayList<>();
        for (String s : GazetteerBenchCommand.SEEDS) {
            String text = seed(s);
            for (String p : body(text).split("\n")) if (p.strip().length() > 40) paragraphs.add(p.strip());
        }
        SplittableRandom rng = new SplittableRandom(count);
        StringBuilder meta = new StringBuilder("file\toutlet\tpublished\tprecision\tbasis\n");
        List<Path> files = new ArrayList<>(count);
        long bytes = 0;
        LocalDate first = LocalDate.of(2012, 1, 1);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            // Arabic takes about 1.8 UTF-8 bytes a char
            while (b.length() * 1.8 < REPORT_BYTES) b.append(paragraphs.get(rng.nextInt(paragraphs.size()))).append("\n\n");
            String name = String.format(Locale.ROOT, "r%06d.txt", i);
            Path f = folder.resolve(name);
            byte[] utf8 = b.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(f, utf8);
            files.add(f);
            bytes += utf8.length;
            meta.append(name).append("\tbench outlet ").append(i % 7).append('\t').append(first.plusDays(i % 4_000)).append("\tday\tbench report\n");
        }
        Files.writeString(folder.resolve(ReportMetadata.FILE_NAME), meta);
        return new Reports(folder, files, bytes);
    }

    static String seed(String name) throws IOException {
        try (InputStream in = BenchData.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) throw new UserError("seed not on the classpath: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text above the page chrome that ends an article ("see also", comment forms: extract/chrome.tsv's cuts). */
    static String body(String text) throws IOException {
        List<String> cuts = new ArrayList<>();
        try (InputStream in = BenchData.class.getResourceAsStream("/extract/chrome.tsv")) {
            if (in == null) throw new UserError("extract/chrome.tsv is not on the classpath");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                cuts.add(line.split("\t")[0].strip());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (cuts.stream().anyMatch(t::startsWith) || (t.contains("×") && t.contains("="))) break;
            b.append(line).append('\n');
        }
        return b.toString();
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** A SQLite database file and its journal files, so the next timed run starts from nothing. */
    static void deleteDatabase(Path db) throws IOException {
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
    }

    static void deleteTree(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("clashmap: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
