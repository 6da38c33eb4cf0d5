package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@link Main}'s command line: the sub-commands and how a run is executed. A class of its own so that a JVM that only
 * starts the short-run JVM ({@link ShortRunJvm}) loads neither picocli nor the twenty command classes: verifying a
 * class that builds the command line loads picocli's classes (issue 24).
 */
public final class CommandLines {
    /**
     * The sub-commands, in the order the usage lists them. Added in code rather than in the
     * annotation so that a run of one command builds only its own picocli model: building all of
     * them (hundreds of options read by reflection) cost about 0.4 s of CPU at every start (issue 24).
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

    private CommandLines() {
    }

    /** picocli's system property that stops it looking for Groovy closures (annotations with closure values). */
    static final String NO_CLOSURES = "picocli.disable.closures";

    /** The configured command line with every sub-command, shared with tests. */
    public static CommandLine all() {
        return of(null);
    }

    /** Runs {@code args} (not empty) in this JVM; the exit code. */
    static int execute(String[] args) {
        try {
            return of(args[0]).execute(args);
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(e, args);
        }
    }

    /**
     * The command line for arguments that start with {@code first}: only that sub-command when it
     * names one (what it parses and prints is the same), else all of them (usage, help, a typo).
     */
    static CommandLine of(String first) {
        // picocli looks for Groovy's closure class when its factory is first used, a failed class lookup in this 50 MB
        // jar: about 10 ms of every short run's start (issue 24). ClashMap has no Groovy; picocli's documented switch.
        if (System.getProperty(NO_CLOSURES) == null) System.setProperty(NO_CLOSURES, "true");
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
}
