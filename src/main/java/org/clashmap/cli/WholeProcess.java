package org.clashmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Times commands as whole processes, as a user runs them: JVM start, reading the files, writing the
 * output. Peak memory is the process's resident high-water mark (Linux {@code VmHWM}, read while it
 * runs). Benchmarks run ClashMap's own jar this way, alternating with the peer tools in one run, so
 * the machine's load weighs on both sides alike.
 */
final class WholeProcess {
    /**
     * One timed run: wall seconds, CPU seconds (user + system of all its threads and of the processes it started,
     * as last seen while they ran, so up to one poll short), peak resident memory in KiB (the sum of each process's
     * high-water mark: they run at the same time; 0 when unknown), exit code.
     */
    record Run(double seconds, double cpuSeconds, long peakKib, int exit) {
    }

    /**
     * Untimed runs of a ClashMap command before its timed rounds. After a new build, the {@code clashmap} script's first
     * run still starts the tuned JVM from the options file of the build before, which that JVM finds stale and drops (no
     * class archive: about 0.9 s for a UCDP import); the second goes through the jar and writes the command's class archive
     * and options anew (about 2.1 s); only the third runs as every later one does (0.6 s). With one untimed run the first
     * timed round was the archive's (seen in a written run: peak 252 MiB against 81, one round 5.4× the peer's).
     */
    static final int UNTIMED = 2;

    /** Linux's clock ticks per second for /proc/PID/stat (USER_HZ, 100 on every mainstream kernel). */
    private static final double TICKS = 100.0;

    private WholeProcess() {
    }

    /**
     * ClashMap as its user starts it from the command line: the {@code clashmap} script beside this jar (decision 058),
     * or where there is none (a build without it, Windows) or a heap limit is asked for (the script takes no JVM
     * options), {@code java [-XmxHEAP] -jar <this jar>}; then {@code args}. Null when ClashMap is not running from its
     * jar (e.g. from tests).
     */
    static List<String> self(String heap, String... args) {
        Path jar = ShortRunJvm.jar();
        if (jar == null || !Files.isRegularFile(jar)) return null;
        List<String> cmd = new ArrayList<>();
        Path script = heap == null ? script(jar) : null;
        if (script != null) {
            cmd.add(script.toString());
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (heap != null) cmd.add("-Xmx" + heap);
            cmd.add("-jar");
            cmd.add(jar.toString());
        }
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** The script the build puts beside {@code jar} (its name without ".jar"), or null when it is not there or cannot run. */
    static Path script(Path jar) {
        String name = jar.getFileName().toString();
        Path script = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()));
        return !System.getProperty("os.name", "").startsWith("Windows") && Files.isExecutable(script) && Files.isRegularFile(script) ? script : null;
    }

    /** Whether a program is on the PATH (the peers: ogr2ogr, python3 with PyQGIS). */
    static boolean available(String... probe) {
        return succeeds(List.of(probe));
    }

    /** Runs a command to its end with its output discarded; true when it started and exited with 0. */
    static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command to its end, its output discarded (the last lines of its errors kept in {@code log}). */
    static Run run(List<String> command, Path log) throws IOException {
        return run(command, log, null);
    }

    /** As above, in {@code dir} (null: this process's folder). */
    static Run run(List<String> command, Path log, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        // the clashmap script starts the Java runtime JAVA_HOME names: the one running this bench, as with java -jar
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (dir != null) pb.directory(dir.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        // per process of the tree (ClashMap's short commands run in a second JVM, ShortRunJvm): its last CPU and peak seen
        Map<Long, Long> peaks = new HashMap<>(), ticks = new HashMap<>();
        try {
            while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                List<Long> pids = new ArrayList<>(List.of(p.pid()));
                p.descendants().forEach(d -> pids.add(d.pid()));
                for (long pid : pids) {
                    Path proc = Path.of("/proc", Long.toString(pid));
                    peaks.merge(pid, highWaterMark(proc.resolve("status")), Math::max);
                    ticks.merge(pid, cpuTicks(proc.resolve("stat")), Math::max);
                }
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        long peak = peaks.values().stream().mapToLong(Long::longValue).sum(), cpu = ticks.values().stream().mapToLong(Long::longValue).sum();
        return new Run((System.nanoTime() - t0) / 1e9, cpu / TICKS, peak, p.exitValue());
    }

    /** utime + stime of /proc/PID/stat (fields 14 and 15, counted after the command name's closing parenthesis). */
    private static long cpuTicks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between two looks, or this is not Linux
        }
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two looks, or this is not Linux
        }
        return 0;
    }

    /**
     * Median wall and CPU seconds and the largest peak of several runs of one command; {@code seconds} are the runs' wall
     * times in the order they ran, round by round, so that a peer's can be paired with them ({@link #ratio}).
     */
    record Summary(String label, double medianSeconds, double medianCpu, long peakKib, int failures, String lastError, List<Double> seconds) {
        String line() {
            return String.format(Locale.ROOT, "%-34s %7.2f s  CPU %6.2f s  peak %,6d MiB%s", label, medianSeconds, medianCpu, peakKib / 1024,
                    failures == 0 ? "" : "  (" + failures + " failed: " + lastError + ")");
        }

        /** "wall s / CPU s / peak MiB" for a table cell. */
        String cell() {
            if (failures > 0) return "failed: " + lastError.replace('|', '/');
            return String.format(Locale.ROOT, "%.2f s / %.2f s / %,d MiB", medianSeconds, medianCpu, peakKib / 1024);
        }
    }

    static Summary summary(String label, List<Run> runs, Path log) {
        double[] s = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        double[] c = runs.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
        long peak = runs.stream().mapToLong(Run::peakKib).max().orElse(0);
        int failed = (int) runs.stream().filter(r -> r.exit() != 0).count();
        String err = "";
        if (failed > 0) {
            try {
                List<String> lines = Files.readAllLines(log);
                err = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            } catch (IOException e) {
                err = e.getMessage();
            }
        }
        return new Summary(label, median(s), median(c), peak, failed, err, runs.stream().map(Run::seconds).toList());
    }

    /** The median; of an even count the lower middle (a run, not an average of two). */
    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2];
    }

    /**
     * "ClashMap / peer" as a ratio of median wall times, then the lowest and highest ratio of one round's two runs
     * ("1.49× (rounds 1.38–1.72×)"), or a dash when either side is missing. On a shared machine one side's run can fall in
     * a busy second the other's missed: the spread of the paired rounds says how far the median can be trusted.
     */
    static String ratio(Summary ours, Summary peer) {
        if (peer == null || ours.failures() > 0 || peer.failures() > 0) return "–";
        String median = String.format(Locale.ROOT, "%.2f×", ours.medianSeconds() / peer.medianSeconds());
        int n = Math.min(ours.seconds().size(), peer.seconds().size());
        if (n < 2) return median;
        double low = Double.MAX_VALUE, high = 0;
        for (int i = 0; i < n; i++) {
            double r = ours.seconds().get(i) / peer.seconds().get(i);
            low = Math.min(low, r);
            high = Math.max(high, r);
        }
        return median + String.format(Locale.ROOT, " (rounds %.2f–%.2f×)", low, high);
    }

    /** The same for CPU seconds. */
    static String cpuRatio(Summary ours, Summary peer) {
        if (peer == null || ours.failures() > 0 || peer.failures() > 0 || peer.medianCpu() <= 0) return "–";
        return String.format(Locale.ROOT, "%.2f×", ours.medianCpu() / peer.medianCpu());
    }

    /** The folder the running jar lies in; null when not running from a jar. */
    static Path jarFolder() {
        Path jar = ShortRunJvm.jar();
        return jar == null ? null : jar.getParent();
    }
}
