package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code basemap} group: tools for the offline basemap data. */
@Command(name = "basemap", description = "Offline basemap data tools.",
        subcommands = {BasemapBuildCommand.class, BasemapWaterCommand.class, BasemapRenderCommand.class})
public final class BasemapCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
