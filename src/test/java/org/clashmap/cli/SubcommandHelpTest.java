package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 11: every command, at every depth, answers {@code CMD --help} and {@code help CMD} with
 * its own usage and exit 0, even those with required options or parameters ({@code render},
 * {@code gazetteer lookup}), which once answered "Missing required option".
 */
class SubcommandHelpTest {

    @Test
    void everyCommandAnswersDashDashHelpAndHelpCmd() {
        List<List<String>> paths = new ArrayList<>();
        collect(CommandLines.all(), new ArrayList<>(), paths);
        assertTrue(paths.size() > 30, "commands found: " + paths);
        for (List<String> path : paths) {
            String usage = "Usage: clashmap " + String.join(" ", path) + " ";

            List<String> dashHelp = new ArrayList<>(path);
            dashHelp.add("--help");
            Result asked = run(dashHelp);
            assertEquals(0, asked.code, dashHelp + ": " + asked.err);
            assertTrue(asked.out.startsWith(usage), dashHelp + " printed: " + asked.out + asked.err);
            assertFalse((asked.out + asked.err).contains("Missing required"), dashHelp + ": " + asked.err);

            // `help CMD` is asked of the command's parent: `clashmap help render`, `clashmap gazetteer help lookup`.
            List<String> helpCmd = new ArrayList<>(path.subList(0, path.size() - 1));
            helpCmd.add("help");
            helpCmd.add(path.get(path.size() - 1));
            Result helped = run(helpCmd);
            assertEquals(0, helped.code, helpCmd + ": " + helped.err);
            assertTrue(helped.out.startsWith(usage), helpCmd + " printed: " + helped.out + helped.err);
        }
    }

    @Test
    void renderHelpListsItsRequiredOptionInsteadOfComplaining() {
        Result r = run(List.of("render", "--help"));
        assertEquals(0, r.code);
        assertTrue(r.out.contains("--out=FILE.png") && r.out.contains("--width"), r.out);
        assertEquals("", r.err);
    }

    @Test
    void anUnknownOptionIsStillRefused() {
        Result r = run(List.of("ingest", "--no-such-option"));
        assertEquals(2, r.code);
        assertTrue(r.err.contains("Unknown option"), r.err);
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> into) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommand() instanceof CommandLine.HelpCommand) continue;
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            into.add(path);
            collect(e.getValue(), path, into);
        }
    }

    private record Result(int code, String out, String err) {}

    /**
     * Issue 24: {@code main} builds only the sub-command its first argument names; each command's
     * help, asked either way, must read the same as from the command line with every sub-command.
     */
    @Test
    void theCommandLineOfOneSubcommandAnswersAsTheWholeOne() {
        assertEquals(List.of("export"), List.copyOf(CommandLines.of("export").getSubcommands().keySet()));
        assertEquals(CommandLines.all().getSubcommands().keySet(), CommandLines.of("help").getSubcommands().keySet());
        assertEquals(CommandLines.all().getSubcommands().keySet(), CommandLines.of("--no-such-command").getSubcommands().keySet());
        List<List<String>> paths = new ArrayList<>();
        collect(CommandLines.all(), new ArrayList<>(), paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            assertEquals(run(args, CommandLines.all()), run(args, CommandLines.of(args.get(0))), String.join(" ", args));
        }
        List<String> typo = List.of("export", "--format", "gpkg");
        assertEquals(run(typo, CommandLines.all()), run(typo, CommandLines.of("export")));
    }

    private static Result run(List<String> args) {
        return run(args, CommandLines.all());
    }

    private static Result run(List<String> args, CommandLine cl) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}
