package org.clashmap.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Short batch runs keep their code at the JIT's quick tier (C1) instead of recompiling it with the optimising
 * compiler (C2), decision 038. In a whole {@code clashmap extract} or {@code ingest} process over tens of MB the
 * optimising compiler spent a quarter to two fifths of the CPU compiling the extraction pipeline (large methods,
 * recompiled as new text took new branches), and the reports went through slower code while it did: excluding it
 * cut the process's CPU by about a third. Past {@link #MAX_INPUT_BYTES} of input its faster code pays for the
 * compiling, and the JVM's default is kept.
 *
 * <p>Applied through the JDK's compiler directives (what {@code jcmd PID Compiler.directives_add} does), only in
 * a process the jar's {@link Main} started: a test or the window calling a command in its own JVM keeps the
 * JVM's choice. {@code -Dclashmap.fullJit=true} keeps the default too; when the JDK offers no diagnostic
 * commands (a trimmed runtime) nothing changes but the speed.
 */
final class QuickCompile {
    /** Above this much input the optimised code's speed outweighs its compiling (measured break-even about 150 MB). */
    static final long MAX_INPUT_BYTES = 128L << 20;
    /** System property: {@code -Dclashmap.fullJit=true} keeps the JVM's default compilation (and the command in the first JVM). */
    static final String FULL_JIT = "clashmap.fullJit";
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    /** The JDK's diagnostic commands (jcmd's) as a management bean. */
    static final String DIAGNOSTIC_COMMANDS = "com.sun.management:type=DiagnosticCommand";

    private static volatile boolean ownProcess;

    private QuickCompile() {}

    /** Called by {@link Main#main}: this JVM runs one command and ends. */
    static void ownProcess() {
        ownProcess = true;
    }

    /** Applies the quick tier when the run reads less than {@link #MAX_INPUT_BYTES} from these files. */
    static void forFiles(List<Path> files) {
        // the short-run JVM (ShortRunJvm) starts at this tier: no directive to add
        if (ownProcess && !ShortRunJvm.inChild() && !Boolean.getBoolean(FULL_JIT) && small(files)) quickTierOnly();
    }

    /** True when the files hold less than {@link #MAX_INPUT_BYTES} together (one that cannot be read counts 0). */
    static boolean small(List<Path> files) {
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                // a file that cannot be read is reported by the run itself
            }
            if (bytes >= MAX_INPUT_BYTES) return false;
        }
        return true;
    }

    /** Adds the directive; true when the JVM took it. */
    static boolean quickTierOnly() {
        Path json = null;
        try {
            json = Files.createTempFile("clashmap-jit", ".json");
            Files.writeString(json, DIRECTIVE);
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(new javax.management.ObjectName(DIAGNOSTIC_COMMANDS),
                    "compilerDirectivesAdd", new Object[]{new String[]{json.toString()}}, new String[]{String[].class.getName()});
            return String.valueOf(said).startsWith("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            return false; // no diagnostic commands here: the JVM's default compilation, only slower
        } finally {
            if (json != null) {
                try {
                    Files.deleteIfExists(json);
                } catch (IOException e) {
                    json.toFile().deleteOnExit();
                }
            }
        }
    }
}
