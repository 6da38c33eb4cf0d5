package org.clashmap.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The options every whole-process benchmark shares (a picocli mixin): the timed processes' heap, and where to write the figures. */
final class WholeProcessOptions {
    @Option(names = "--heap", paramLabel = "SIZE", description = "Java heap limit of ClashMap's timed processes, e.g. 1g (default: the JVM's own).")
    String heap;

    @Option(names = "--write-docs", arity = "0..1", fallbackValue = ".", paramLabel = "DIR",
            description = "Write the figures into DIR's docs/benchmarks.md and README.md speed table (default DIR: the current folder).")
    Path writeDocs;

    /** Refuses to run outside the jar (the timed processes are the jar itself). */
    void requireJar(String bench) {
        if (WholeProcess.self(null) == null) {
            throw new UserError("bench " + bench + " times the jar as a process: run it as java -jar clashmap.jar bench " + bench);
        }
    }

    /** Where to write the figures, checked before anything is timed; null without --write-docs. */
    BenchDocs docs() {
        return writeDocs == null ? null : BenchDocs.in(writeDocs);
    }

    /** {@code java [-Xmx] -jar clashmap.jar args...}. */
    List<String> clashmap(String... args) {
        return WholeProcess.self(heap, args);
    }

    /** ", -Xmx1g" for a heading, or nothing. */
    String heapNote() {
        return heap == null ? "" : ", -Xmx" + heap;
    }
}
