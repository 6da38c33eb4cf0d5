package org.clashmap.cli;

import picocli.CommandLine;

/**
 * Turns an exception from a command into a one-line reason on stderr and a non-zero exit;
 * the stack trace only with {@code --debug} (or -Dclashmap.debug=true).
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    static volatile boolean debug = Boolean.getBoolean("clashmap.debug");

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean wantTrace = debug || parsed.originalArgs().contains("--debug");
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("clashmap: " + msg.lines().findFirst().orElse(msg));
        if (wantTrace) ex.printStackTrace(cmd.getErr());
        return ex instanceof UserError ue ? ue.exitCode : 1;
    }
}
