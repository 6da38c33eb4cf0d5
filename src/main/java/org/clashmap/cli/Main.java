package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's entry point. With no arguments it opens the window; otherwise it runs a sub-command
 * headless. Deliberately not a JavaFX {@code Application}: the JavaFX launcher refuses to start an
 * Application main class from a plain classpath jar.
 * <p>
 * Picocli is not touched before {@link ShortRunJvm} has decided where the command runs ({@link CommandLines} holds
 * the command line): a JVM that only starts the short-run JVM loads no picocli class (issue 24). Hence no public
 * method here names a picocli type: the launcher looks {@code main} up among the public methods, and reflection
 * loads every type they name.
 */
// scope INHERIT: every subcommand, however deep, answers --help/-h and --version/-V (issue 19), so
// `render --help` shows its usage instead of "Missing required option".
@Command(name = "clashmap", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "ClashMap: incidents from Arabic reports of fighting in Syria, on a map.")
public final class Main implements Runnable {
    public static void main(String[] args) {
        if (args.length == 0) {
            GuiCommand.launch(new String[0]);
            return;
        }
        QuickCompile.ownProcess();
        int code = ShortRunJvm.run(args);
        if (code >= 0) System.exit(code);
        ShortRunJvm.endWithParent();
        org.clashmap.store.SqliteLibrary.useCachedCopy(ShortRunJvm.jar(), org.clashmap.store.UserCache.dir("sqlite"));
        Aside aside = ShortRunJvm.inChild() ? new Aside(args) : null;
        if (aside != null) aside.start();
        int exit = CommandLines.execute(args);
        if (aside != null) aside.finish();
        System.exit(exit);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /**
     * What the tuned JVM does beside its command, on the other core while the main thread parses the command line
     * (issue 24): import, export and render open a database first thing, so the SQLite driver starts here; then the
     * options file the clashmap script reads is kept up to date ({@link LaunchLine}). A class, not a lambda: the first
     * lambda bootstraps the JDK's lambda machinery, which then happens here too, not on the main thread.
     */
    private static final class Aside extends Thread {
        private final String[] args;

        Aside(String[] args) {
            super("clashmap-aside");
            this.args = args;
            setDaemon(true);
        }

        @Override
        public void run() {
            if (ShortRunJvm.COMMANDS.contains(args[0])) org.clashmap.store.Database.prepareDriver();
            LaunchLine.keep(args);
        }

        /** Waits until done (long since, as a rule): the options file is written whole before the program ends. */
        void finish() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
