package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link FileNames} takes what picocli's own parsing takes and refuses what it refuses: each command line is parsed by
 * {@code extract} as it is and by the same command with the consumer taken off its FILE parameter.
 */
class FileNamesTest {
    private static final List<List<String>> LINES = List.of(
            List.of("a.txt", "b.txt", "c.txt"),
            List.of("--published", "2016-01-01", "a.txt", "b.txt"),
            List.of("a.txt", "--published", "2016-01-01", "b.txt", "c.txt"),
            List.of("a.txt", "--published=2016-01-01", "b.txt", "--precision", "week"),
            List.of("a.txt", "-", "b.txt"),
            List.of("-", "a.txt"),
            List.of("a.txt", "-5", "b.txt", "-1.5e3", "-0x1F", "-Infinity"),
            List.of("-5", "a.txt"),
            List.of("a.txt", "-x.txt", "b.txt"),
            List.of("-x.txt", "a.txt"),
            List.of("a.txt", "--unknown", "b.txt"),
            List.of("a.txt", "--pub", "2016-01-01"),
            List.of("a.txt", "--", "-x.txt", "--", "b.txt", "--published"),
            List.of("--", "--published", "a.txt"),
            List.of("a.txt", "--published"),
            List.of("a.txt", "--published", "b.txt"),
            List.of("a.txt", "-hV", "b.txt"),
            List.of("a.txt", "-h"),
            List.of("a.txt", "help", "extract", "a=b.txt", "", "./c d.txt", "/tmp/x/../y.txt", "عربي.txt"),
            List.of(),
            List.of("--published", "2016-01-01"),
            List.of("--"),
            List.of("a\0b.txt", "c.txt"),
            List.of("a.txt", "--", "b\0.txt"));

    @Test
    void takesAndRefusesWhatPicocliDoes() {
        for (List<String> line : LINES) {
            String withConsumer = parse(line, true);
            String without = parse(line, false);
            assertEquals(without, withConsumer, "extract " + line);
        }
    }

    /**
     * The one difference: a later name that is no path (here a NUL inside it, which no shell can pass, a program's
     * arguments being C strings; on Windows also an unexpanded wildcard). Both refuse the line; picocli's parsing calls
     * the rest unmatched, the consumer says the name is no path.
     */
    @Test
    void aNulInsideALaterNameIsRefusedBothWays() {
        List<String> line = List.of("a.txt", "b\0.txt", "c.txt");
        assertTrue(parse(line, false).startsWith("UnmatchedArgumentException"), parse(line, false));
        assertTrue(parse(line, true).startsWith("ParameterException: Invalid value for positional parameter"), parse(line, true));
    }

    @Test
    void theComparisonSeesTheFiles() {
        // the outcome compared above holds the parsed files, so a consumer taking one file too few would fail it
        assertTrue(parse(List.of("a.txt", "-", "b.txt"), false).contains("[a.txt, -, b.txt]"), parse(List.of("a.txt", "-", "b.txt"), false));
    }

    @Test
    void extractsFileParameterUsesTheConsumer() {
        assertNotNull(fileParameter(extract()).parameterConsumer());
        assertNull(fileParameter(withoutConsumer()).parameterConsumer());
    }

    /** What the command ends with: its files and options, or the refusal (its kind and message). */
    private static String parse(List<String> line, boolean consumer) {
        CommandLine cl = consumer ? extract() : withoutConsumer();
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(line);
        try {
            CommandLine.ParseResult r = cl.parseArgs(args.toArray(String[]::new));
            ExtractCommand x = cl.getSubcommands().get("extract").getCommand();
            CommandLine.ParseResult sub = r.subcommand();
            return "files " + x.files + " published " + x.published + " precision " + x.precision + " unmatched " + sub.unmatched()
                    + " help " + sub.isUsageHelpRequested() + " version " + sub.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage() + " (value " + e.getValue() + ", parameter "
                    + (e.getArgSpec() == null ? null : e.getArgSpec().paramLabel()) + ", cause " + e.getCause() + ")";
        }
    }

    private static CommandLine extract() {
        return CommandLines.of("extract");
    }

    private static CommandLine withoutConsumer() {
        CommandLine cl = CommandLines.of("extract");
        CommandSpec spec = cl.getSubcommands().get("extract").getCommandSpec();
        PositionalParamSpec files = fileParameter(cl);
        spec.remove(files);
        spec.addPositional(PositionalParamSpec.builder(files).parameterConsumer(null).build());
        return cl;
    }

    private static PositionalParamSpec fileParameter(CommandLine cl) {
        return cl.getSubcommands().get("extract").getCommandSpec().positionalParameters().get(0);
    }
}
