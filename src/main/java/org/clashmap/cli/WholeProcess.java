package org.clashmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times commands as whole processes, as a user runs them: JVM start, reading the files, writing the
 * output. Peak memory is the process's resident high-water mark (Linux {@code VmHWM}, read while it
 * runs). Benchmarks run ClashMap's own jar this way, alternating with the peer tools in one run, so
 * the machine's load weighs on both sides alike.
 */
final class WholeProcess {
    /** One timed run: wall seconds, peak resident memory in KiB (0 when unknown), exit code. */
    record Run(double seconds, long peakKib, int exit) {
    }

    private WholeProcess() {
    }

    /** {@code java [-XmxHEAP] -jar <this jar> args...}; null when ClashMap is not running from its jar (e.g. from tests). */
    static List<String> self(String heap, String... args) {
        Path jar;
        try {
            jar = Path.of(WholeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) return null;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (heap != null) cmd.add("-Xmx" + heap);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Whether a program is on the PATH (the peers: ogr2ogr, python3 with PyQGIS). */
    static boolean available(String... probe) {
        try {
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peak = 0;
        try {
            while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) peak = Math.max(peak, highWaterMark(status));
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Run((System.nanoTime() - t0) / 1e9, peak, p.exitValue());
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

    /** Median seconds and the largest peak of several runs of one command. */
    record Summary(String label, double medianSeconds, long peakKib, int failures, String lastError) {
        String line() {
            return String.format(Locale.ROOT, "%-34s %7.2f s  peak %,6d MiB%s", label, medianSeconds, peakKib / 1024,
                    failures == 0 ? "" : "  (" + failures + " failed: " + lastError + ")");
        }
    }

    static Summary summary(String label, List<Run> runs, Path log) {
        double[] s = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
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
        return new Summary(label, s.length == 0 ? Double.NaN : s[(s.length - 1) / 2], peak, failed, err);
    }

    /** "ClashMap / peer" as a ratio, or a dash when either side is missing. */
    static String ratio(Summary ours, Summary peer) {
        if (peer == null || ours.failures() > 0 || peer.failures() > 0) return "–";
        return String.format(Locale.ROOT, "%.2f×", ours.medianSeconds() / peer.medianSeconds());
    }
}
