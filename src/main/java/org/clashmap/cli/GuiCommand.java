package org.clashmap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Opens the window (also what happens with no arguments). */
@Command(name = "gui", description = "Open the ClashMap window.")
public final class GuiCommand implements Runnable {
    @Mixin
    CommonOptions common;

    @Override
    public void run() {
        launch(common.db == null ? new String[0] : new String[]{"--db=" + common.db});
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
