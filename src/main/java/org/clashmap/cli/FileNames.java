package org.clashmap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;

/**
 * Takes a run of file names for a {@code List<Path>} positional parameter (whose field starts null) the way picocli's
 * own parsing does, without its cost: for every argument after the first, picocli asks whether it resembles an
 * option, and first tries it as a number ({@code Long.decode}, {@code Double.parseDouble}: a negative number is no
 * option), which for a file name throws and catches three exceptions, each filling in a stack trace of picocli's
 * frames. Over the 6,898 files of {@code bench extract} that was about 0.15 s of the main thread (issue 24).
 * <p>
 * Taken here: the first argument (picocli hands it over only once it has decided it is this parameter's: not an
 * option, not one that resembles one, or after {@code --}), and after it every argument that does not start with
 * {@code -}, which no option of these commands can resemble (all their names start with {@code -}) and picocli would
 * take too. Anything else ends the run and goes back to picocli's parsing, which hands it back here as a new first
 * argument if it is a file name ({@code -}, {@code -5}, anything after {@code --}) or deals with it as an option, an
 * unknown option or {@code --} as before. The same paths (as {@code Paths.get}, picocli's converter) in the same
 * order, and the same refusals: {@code FileNamesTest} parses with and without this consumer. One refusal is worded
 * otherwise: a later name that is no path (a NUL in it; on Windows also {@code < > : " | ? *}) is "Invalid value"
 * here, where picocli called it and the rest "Unmatched arguments".
 */
public final class FileNames implements CommandLine.IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        List<Path> files = argSpec.getValue();
        if (files == null) files = new ArrayList<>();
        files.add(first(args.pop(), argSpec, commandSpec));
        while (!args.isEmpty() && !args.peek().startsWith("-")) {
            Path p = path(args.peek());
            if (p == null) break; // picocli's parsing gives it back as a first argument, which refuses it as picocli did
            files.add(p);
            args.pop();
        }
        argSpec.setValue(files);
    }

    /** The first argument as a path, or picocli's own refusal of it, word for word. */
    private static Path first(String arg, ArgSpec argSpec, CommandSpec commandSpec) {
        try {
            return Paths.get(arg);
        } catch (InvalidPathException e) {
            String what = "positional parameter at index " + ((PositionalParamSpec) argSpec).index() + " (" + argSpec.paramLabel() + ")";
            CommandLine.TypeConversionException cause = new CommandLine.TypeConversionException(
                    String.format("cannot convert '%s' to %s (%s)", arg, Path.class, e));
            throw new CommandLine.ParameterException(commandSpec.commandLine(), "Invalid value for " + what + ": " + cause.getMessage(), cause, argSpec, arg);
        }
    }

    private static Path path(String arg) {
        try {
            return Paths.get(arg);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
