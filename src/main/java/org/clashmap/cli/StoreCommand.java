package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clashmap store copy}: whole datasets between databases and engines. */
@Command(name = "store", description = "Move a whole dataset between databases (SQLite files and PostgreSQL).",
        subcommands = {StoreCopyCommand.class})
public final class StoreCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
