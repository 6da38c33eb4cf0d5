package org.clashmap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Opens the window (also what happens with no arguments). */
@Command(name = "gui", description = "Open the ClashMap window.")
public final class GuiCommand implements Runnable {
    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Option(names = "--event", paramLabel = "ID", description = "Open focused on this event (its id in the database).")
    Long event;

    @Override
    public void run() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (common.db != null) args.add("--db=" + common.database()); // an address it cannot read stops here, with the reason
        if (event != null) args.add("--event=" + event);
        launch(args.toArray(String[]::new));
    }

    static void launch(String[] args) {
        try {
            // Reflection keeps JavaFX out of the CLI's class graph until the window is wanted.
            Class.forName("org.clashmap.ui.ClashMapApp").getMethod("launchApp", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException e) {
            throw new UserError("cannot start the window: " + e, 1, e);
        }
    }
}
