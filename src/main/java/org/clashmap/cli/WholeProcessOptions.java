package org.clashmap.cli;

import picocli.CommandLine.Option;

import java.util.List;

/**
 * The options every whole-process benchmark shares (a picocli mixin): the timed processes' heap, and
 * where to write the figures ({@link BenchDocsOption}, which the in-process benchmarks use alone).
 */
final class WholeProcessOptions extends BenchDocsOption {
    @Option(names = "--heap", paramLabel = "SIZE", description = "Java heap limit of ClashMap's timed processes, e.g. 1g (default: the JVM's own).")
    String heap;

    /** Refuses to run outside the jar (the timed processes are the jar itself). */
    void requireJar(String bench) {
        if (WholeProcess.self(null) == null) {
            throw new UserError("bench " + bench + " times the jar as a process: run it as java -jar clashmap.jar bench " + bench);
        }
    }

    /** {@code java [-Xmx] -jar clashmap.jar args...}. */
    List<String> clashmap(String... args) {
        return WholeProcess.self(heap, args);
    }

    /** How ClashMap's processes start, for a heading: ", -Xmx1g" (java -jar), ", by the clashmap script", or nothing (java -jar). */
    String heapNote() {
        return heap != null ? ", -Xmx" + heap : byScript() ? ", by the clashmap script" : "";
    }

    /** Whether ClashMap's processes start by the clashmap script beside the jar ({@link WholeProcess#self}). */
    boolean byScript() {
        List<String> self = clashmap();
        return self != null && !self.get(self.size() - 1).endsWith(".jar");
    }
}
