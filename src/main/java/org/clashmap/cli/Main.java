package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's entry point. With no arguments it opens the window; otherwise it runs a sub-command
 * headless. Deliberately not a JavaFX {@code Application}: the JavaFX launcher refuses to start an
 * Application main class from a plain classpath jar.
 */
// scope INHERIT: every subcommand, however deep, answers --help/-h and --version/-V (issue 19), so
// `render --help` shows its usage instead of "Missing required option".
@Command(name = "clashmap", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "ClashMap: incidents from Arabic reports of fighting in Syria, on a map.",
        subcommands = {
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
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        if (args.length == 0) {
            GuiCommand.launch(new String[0]);
            return;
        }
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            code = OutOfMemory.report(e, args);
        }
        System.exit(code);
    }

    /** The configured command line, shared with tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
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
