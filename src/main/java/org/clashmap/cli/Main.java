package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * The jar's entry point. With no arguments it opens the window; otherwise it runs a sub-command
 * headless. Deliberately not a JavaFX {@code Application}: the JavaFX launcher refuses to start an
 * Application main class from a plain classpath jar.
 */
// scope INHERIT: every subcommand, however deep, answers --help/-h and --version/-V (issue 19), so
// `render --help` shows its usage instead of "Missing required option".
@Command(name = "clashmap", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "ClashMap: incidents from Arabic reports of fighting in Syria, on a map.")
public final class Main implements Runnable {
    /**
     * The sub-commands, in the order the usage lists them. Added in code rather than in the
     * annotation so that a run of one command builds only its own picocli model: building all of
     * them (hundreds of options read by reflection) cost about 0.4 s of CPU at every start (issue 24).
     * In a holder of its own so that a JVM that only starts the short-run JVM ({@link ShortRunJvm})
     * does not load the twenty command classes and picocli to do so.
     */
    private static final class Commands {
        static final List<Class<?>> ALL = List.of(
                GuiCommand.class,
                IngestCommand.class,
                WatchCommand.class,
                ExtractCommand.class,
                EvalCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                RenderCommand.class,
                ChartCommand.class,
                AgreementCommand.class,
                GenerateCommand.class,
                GazetteerCommand.class,
                DoctorCommand.class,
                BasemapCommand.class,
                ControlCommand.class,
                IncidentsCommand.class,
                ReportsCommand.class,
                BenchCommand.class,
                StoreCommand.class,
                CommandLine.HelpCommand.class);
    }

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
        try {
            code = commandLine(args[0]).execute(args);
        } catch (OutOfMemoryError e) {
            code = OutOfMemory.report(e, args);
        }
        System.exit(code);
    }

    /** The configured command line with every sub-command, shared with tests. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for arguments that start with {@code first}: only that sub-command when it
     * names one (what it parses and prints is the same), else all of them (usage, help, a typo).
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> only = Commands.ALL.stream().filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first))
                .findFirst().orElse(null);
        for (Class<?> c : Commands.ALL) if (only == null || c == only) cl.addSubcommand(c);
        cl.setExecutionExceptionHandler(new FailureHandler());
        addHelpToGroups(cl);
        return cl;
    }

    /** Gives every command group (gazetteer, bench, ...) its own {@code help CMD}, as the top level has. */
    private static void addHelpToGroups(CommandLine group) {
        for (CommandLine sub : group.getSubcommands().values()) {
            if (sub.getCommand() instanceof CommandLine.HelpCommand || sub.getSubcommands().isEmpty()) continue;
            if (!sub.getSubcommands().containsKey("help")) sub.addSubcommand("help", new CommandLine.HelpCommand());
            addHelpToGroups(sub);
        }
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
