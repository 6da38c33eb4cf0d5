package org.clashmap.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one-line message for a command that ran out of Java heap, naming the flag that raises it,
 * instead of the JVM's stack trace (with {@code --debug} the trace follows the line).
 */
final class OutOfMemory {
    /** Kept from start-up: once the heap is full, building the message must not need much of it. */
    private static final long MAX_HEAP = Runtime.getRuntime().maxMemory();

    private OutOfMemory() {
    }

    /** Prints the message and returns the exit code (3: out of memory). */
    static int report(OutOfMemoryError e, String[] args) {
        System.gc(); // what the failed command held is garbage now; the message needs a little room
        System.err.println(message(MAX_HEAP, e.getMessage()));
        if (FailureHandler.debug || Arrays.asList(args).contains("--debug")) e.printStackTrace();
        return 3;
    }

    static String message(long maxHeapBytes, String reason) {
        long mib = maxHeapBytes / (1024 * 1024);
        long more = Math.max(2048, Math.min(mib * 4, 65_536));
        return String.format(Locale.ROOT, "clashmap: out of memory (%s; the Java heap is limited to %,d MiB): run it again with a larger heap,"
                + " e.g. java -Xmx%dm -jar clashmap.jar ...", reason == null ? "Java heap space" : reason, mib, more);
    }
}
