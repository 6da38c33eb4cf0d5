package org.clashmap.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --write-docs [DIR]} of every benchmark (a picocli mixin): where to write its figures ({@link BenchDocs}). */
class BenchDocsOption {
    @Option(names = "--write-docs", arity = "0..1", fallbackValue = ".", paramLabel = "DIR",
            description = "Write the figures into DIR's docs/benchmarks.md and README.md speed table (default DIR: the current folder).")
    Path writeDocs;

    /** Where to write the figures, checked before anything is timed; null without --write-docs. */
    BenchDocs docs() {
        return writeDocs == null ? null : BenchDocs.in(writeDocs);
    }
}
