package org.clashmap.cli;

/** A failure caused by input or environment, reported as one line without a stack trace. */
public class UserError extends RuntimeException {
    final int exitCode;

    public UserError(String message) {
        this(message, 2, null);
    }

    public UserError(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }
}
