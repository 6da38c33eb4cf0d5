package org.clashmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a one-shot headless command ({@link #COMMANDS}: render, export, import) in a JVM started with the flags
 * such a run wants, which {@code java -jar clashmap.jar} cannot carry (a jar's manifest holds no JVM options):
 * {@code -XX:TieredStopAtLevel=1} (the quick C1 compiler only: C2 spent as much CPU compiling as the command spent
 * working and finished most compilations too late to pay back, decision 039) and {@code -XX:+UseSerialGC} (one
 * short-lived heap, no concurrent collector threads on a 2-core machine), and where the kernel hands transparent huge
 * pages only to memory that asks for them ({@code madvise}, Debian's default), {@code -XX:+UseTransparentHugePages}:
 * a render or export fills a few hundred MB of fresh heap, and in 4 KiB pages the collector's copying and the first
 * touch of every page cost a tenth of a million-point render's CPU (decision 046). The jar's process starts that JVM with
 * the user's own command line — their {@code -Xmx} and other options after these flags, so theirs win — passes
 * the terminal through, and exits with its code. That JVM maps the command's classes from an archive made by its
 * first run ({@link ClassArchive}).
 * <p>
 * Not relaunched: the window, long runs (ingest, watch, bench: C2 pays back over minutes), commands not measured
 * with these flags, help and version, runs
 * not from the jar (tests, the IDE), a command line that already tunes the JVM ({@code -XX:...}), and a JVM started
 * by this class ({@link #MARK}); setting {@code CLASHMAP_JVM=as-is} keeps every command in the first JVM.
 */
final class ShortRunJvm {
    /** Environment variable marking the relaunched JVM (and letting a user opt out with "as-is"). */
    static final String MARK = "CLASHMAP_JVM";
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Commands that read, draw or write once and exit: seconds to a few minutes, where JIT and GC threads weigh most. */
    static final Set<String> COMMANDS = Set.of("render", "export", "import");
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    /** The kernel's transparent huge page mode: "always [madvise] never", the bracketed one in force. */
    private static final Path HUGE_PAGE_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private ShortRunJvm() {
    }

    /**
     * Runs {@code args} in a tuned JVM when they name a short command and this JVM is not one; returns its exit code,
     * or -1 when this JVM should run the command itself.
     */
    static int run(String[] args) {
        // most commands never relaunch: decide that before reading this process's command line and jar
        if (System.getenv(MARK) != null || args.length == 0 || !COMMANDS.contains(args[0])) return -1;
        ProcessHandle.Info info = ProcessHandle.current().info();
        Path jar = jar();
        List<String> flags = flags(hugePageMode());
        List<String> command = command(args, info.command(), info.arguments(), jar, flags);
        if (command == null) return -1;
        ClassArchive archive = ClassArchive.of(ClassArchive.cache(), jar, System.getProperty("java.home"), System.getProperty("java.vm.version"),
                flags, args);
        if (archive != null) command.addAll(1 + flags.size(), archive.options());
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put(MARK, "short-run");
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            return -1; // cannot start a JVM: run here, as before
        }
        // A parent ended by a signal (kill PID) takes its command with it rather than leaving it running orphaned.
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                if (archive != null) archive.finish(code);
                return code;
            } catch (InterruptedException e) {
                // keep waiting: the command decides when it is done
            }
        }
    }

    /**
     * The tuned JVM's flags for the kernel's huge page mode {@code mode} (the text of {@link #HUGE_PAGE_MODE}, null
     * when unknown): {@link #FLAGS}, and {@link #HUGE_PAGES} only under "[madvise]" — under "[always]" the heap gets
     * them without asking, under "[never]" or elsewhere the JVM would print a warning into the command's output.
     */
    static List<String> flags(String mode) {
        if (mode == null || !mode.contains("[madvise]")) return FLAGS;
        List<String> out = new ArrayList<>(FLAGS);
        out.add(HUGE_PAGES);
        return List.copyOf(out);
    }

    private static String hugePageMode() {
        try {
            return java.nio.file.Files.readString(HUGE_PAGE_MODE);
        } catch (IOException | RuntimeException e) {
            return null; // not Linux, or no such setting: no huge pages asked for
        }
    }

    /**
     * The tuned JVM's command line: this JVM's program and arguments with {@code flags} put first, or null when
     * {@code args} should run here (see the class comment). {@code jar} is the jar this class was loaded from (null if none).
     */
    static List<String> command(String[] args, Optional<String> java, Optional<String[]> jvmArgs, Path jar, List<String> flags) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || jar == null || java.isEmpty() || jvmArgs.isEmpty()) return null;
        for (String a : args) if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return null;
        String[] all = jvmArgs.get();
        // the JVM's own options are those before "-jar JAR"; the command's arguments follow it
        int jarAt = -1;
        for (int i = 0; i < all.length - 1; i++) {
            if (all[i].equals("-jar")) {
                jarAt = i;
                break;
            }
            if (all[i].startsWith("-XX:")) return null; // the user tunes the JVM: leave it as they asked
        }
        if (jarAt < 0 || !Path.of(all[jarAt + 1]).toAbsolutePath().normalize().equals(jar.toAbsolutePath().normalize())) return null;
        List<String> out = new ArrayList<>();
        out.add(java.get());
        out.addAll(flags);
        out.addAll(List.of(all));
        return out;
    }

    /** The jar this class runs from, or null (classes on a plain classpath). */
    static Path jar() {
        try {
            Path p = Path.of(ShortRunJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }
}
