package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks that print figures (speed targets live here, not in unit tests). */
@Command(name = "bench", description = "Measure speed; prints figures.",
        subcommands = {
                BenchTilesCommand.class,
                BenchMapCommand.class,
                GazetteerBenchCommand.class,
                ExtractBenchCommand.class,
                BenchImportCommand.class,
                BenchIngestCommand.class,
                BenchExportCommand.class,
                BenchRenderCommand.class,
                BenchFiguresCommand.class,
                BenchFrontlinesCommand.class,
                BenchStoreCommand.class,
        })
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
