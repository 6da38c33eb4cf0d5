package org.clashmap.reliability;

import org.clashmap.cli.CommandLines;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a clashmap command in this JVM as a user would, capturing exit code, stdout and stderr. */
final class Cli {
    record Run(int exit, String out, String err, long millis) {
        /** The non-empty stderr lines. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        boolean hasStackTrace() {
            return err.contains("\tat ") || err.matches("(?s).*\\b\\w+(\\.\\w+)+(Exception|Error)\\b.*");
        }
    }

    private Cli() {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        StringWriter picoErr = new StringWriter();
        long t0 = System.nanoTime();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = CommandLines.all();
            cl.setErr(new PrintWriter(picoErr, true));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + picoErr,
                    (System.nanoTime() - t0) / 1_000_000);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
