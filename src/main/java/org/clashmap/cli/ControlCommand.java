package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clashmap control import|set|export|store|refresh}: territorial control layers, edits and the derived map. */
@Command(name = "control", description = "Territorial control: import analyst layers, set a place's controller, export the derived map.",
        subcommands = {
                ControlImportCommand.class,
                ControlSetCommand.class,
                ControlExportCommand.class,
                ControlStoreCommand.class,
                ControlRefreshCommand.class,
        })
public final class ControlCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
