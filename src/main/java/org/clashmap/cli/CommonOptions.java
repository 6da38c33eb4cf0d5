package org.clashmap.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes: mix in with {@code @Mixin CommonOptions common;}. */
public final class CommonOptions {
    @Option(names = "--db", paramLabel = "PATH", description = "SQLite database (default: $XDG_DATA_HOME/clashmap/clashmap.db)")
    public Path db;

    @Option(names = "--debug", description = "Print stack traces on failure.")
    public void setDebug(boolean d) {
        FailureHandler.debug = d;
    }
}
