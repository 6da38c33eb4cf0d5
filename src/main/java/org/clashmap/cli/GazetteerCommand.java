package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clashmap gazetteer build|lookup|stats}. */
@Command(name = "gazetteer", description = "Build, query and count the gazetteer of Syria.",
        subcommands = {GazetteerBuildCommand.class, GazetteerOrdinaryWordsCommand.class, GazetteerLookupCommand.class, GazetteerResolveCommand.class, GazetteerStatsCommand.class})
public final class GazetteerCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
