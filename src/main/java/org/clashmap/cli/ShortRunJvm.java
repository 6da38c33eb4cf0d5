package org.clashmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs a one-shot headless command ({@link #COMMANDS}: render, export, import; {@link #SIZED}: extract and ingest over
 * less than {@link QuickCompile#MAX_INPUT_BYTES} of input) in a JVM started with the flags
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
 * Not relaunched: the window, long runs (watch, bench, an extract or ingest of 128 MB or more: C2 pays back over
 * minutes; {@code -Dclashmap.fullJit=true} asks for it), commands not measured with these flags, help and version, runs
 * not from the jar (tests, the IDE), a command line that already tunes the JVM ({@code -XX:...}), and a JVM started
 * by this class ({@link #MARK}); setting {@code CLASHMAP_JVM=as-is} keeps every command in the first JVM. The
 * {@code clashmap} script starts the tuned JVM itself ({@link LaunchLine}); for an extract or ingest it cannot weigh
 * the input, so that JVM gives a large one to a JVM with the default JIT ({@link #largeInputFromTheScript}).
 */
final class ShortRunJvm {
    /** Environment variable marking the relaunched JVM (and letting a user opt out with "as-is"). */
    static final String MARK = "CLASHMAP_JVM";
    /** {@link #MARK}'s value in the JVM this class started. */
    static final String CHILD = "short-run";
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Commands that read, draw or write once and exit: seconds to a few minutes, where JIT and GC threads weigh most. */
    static final Set<String> COMMANDS = Set.of("render", "export", "import");
    /**
     * A small first heap for an import, unless the user sizes the heap: its live data is a batch or two of events,
     * and the JVM's default first heap (1/64 of the memory: 378 MB with a 126 MB young generation on a 24 GB machine)
     * lets every allocation touch a fresh page until the first collection. With 64 MB the UCDP import keeps about
     * 60 MB less resident and spends about 0.1 s less system CPU on page faults (decision 045).
     */
    static final List<String> IMPORT_HEAP = List.of("-Xms64m");
    /**
     * Commands that are short runs when their input is small: the rule of {@link QuickCompile} (decision 038), whose
     * quick tier these flags give from the start, with the serial collector besides (a quarter less CPU than the quick
     * tier alone on 50 MB of reports, a third of the peak memory: decision 047).
     */
    static final Set<String> SIZED = Set.of("extract", "ingest");
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
        if (args.length == 0 || !relaunched(args[0])) return -1;
        if (System.getenv(MARK) != null) return inChild() ? largeInputFromTheScript(args) : -1;
        ProcessHandle.Info info = ProcessHandle.current().info();
        Path jar = jar();
        List<String> flags = flags(hugePageMode());
        List<String> command = command(args, info.command(), arguments(info), jar, flags);
        if (command == null) return -1;
        if (SIZED.contains(args[0]) && (Boolean.getBoolean(QuickCompile.FULL_JIT) || !QuickCompile.small(inputs(args)))) return -1;
        ClassArchive archive = ClassArchive.of(ClassArchive.cache(), jar, System.getProperty("java.home"), System.getProperty("java.vm.version"),
                flags, args);
        if (archive != null) command.addAll(1 + flags.size(), archive.options());
        int code = runAndWait(command, CHILD);
        // the archive just made: the clashmap script may start the tuned JVM itself from the next run on
        if (code >= 0 && archive != null && archive.finish(code, jar.toString())) LaunchLine.keep(args);
        return code;
    }

    /**
     * In a tuned JVM the {@code clashmap} script started (no first JVM: no {@link #PARENT}), an extract or ingest of
     * {@link QuickCompile#MAX_INPUT_BYTES} or more runs where {@code java -jar} would have run it, in a JVM with the default
     * JIT, this one waiting for it; returns its exit code, or -1 when the command runs here. The script cannot weigh
     * the input, and starting the tuned JVM straight away spares every small run a first JVM (decision 069).
     */
    private static int largeInputFromTheScript(String[] args) {
        if (!SIZED.contains(args[0]) || System.getenv(PARENT) != null || QuickCompile.small(inputs(args))) return -1;
        Optional<String> java = ProcessHandle.current().info().command();
        Path jar = jar();
        if (java.isEmpty() || jar == null) return -1;
        List<String> command = new ArrayList<>(List.of(java.get(), "-cp", jar.toString(), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        return runAndWait(command, AS_IS);
    }

    /** {@link #MARK}'s value that keeps a command in the JVM it is given to (also the user's way to opt out). */
    static final String AS_IS = "as-is";

    /**
     * Runs {@code command} with the terminal passed through, {@code mark} as {@link #MARK} and this process as its
     * {@link #PARENT}, and waits for it; returns its exit code, or -1 when it could not be started.
     */
    private static int runAndWait(List<String> command, String mark) {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put(MARK, mark);
        pb.environment().put(PARENT, Long.toString(ProcessHandle.current().pid()));
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            return -1; // cannot start a JVM: run here, as before
        }
        // A parent ended by a signal (kill PID) takes its command with it rather than leaving it running orphaned.
        // A class, not child::destroy: this JVM has no class archive of ours, and a method reference spins a class at run time.
        Thread stop = new Thread() {
            @Override
            public void run() {
                child.destroy();
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return code;
            } catch (InterruptedException e) {
                // keep waiting: the command decides when it is done
            }
        }
    }

    /** True in the JVM this class started: it runs with {@link #FLAGS}. */
    static boolean inChild() {
        return CHILD.equals(System.getenv(MARK));
    }

    /**
     * In a JVM this class started (the tuned one, or the one a tuned JVM gave a large input to): when the JVM that
     * started it ends without ending it (SIGKILL leaves it no shutdown hook), this one stops too, rather than going on orphaned (an ingest still writing after its user killed it). The JDK
     * polls a process that is not its child every few seconds at most.
     */
    static void endWithParent() {
        if (System.getenv(PARENT) == null) return;
        long pid;
        try {
            pid = Long.parseLong(System.getenv(PARENT));
        } catch (RuntimeException e) {
            return; // started by hand with the mark: no first JVM to follow
        }
        // by its id, not as this process's parent: a first JVM killed before this one got here has left it to init
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty()) Runtime.getRuntime().halt(PARENT_GONE);
        else parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(PARENT_GONE));
    }

    /** Environment variable: the first JVM's process id, in the JVM it started. */
    static final String PARENT = "CLASHMAP_JVM_PARENT";

    /** Exit code of a tuned JVM whose first JVM was killed: 128 + SIGKILL's number, as a shell reports a killed process. */
    static final int PARENT_GONE = 137;

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

    static String hugePageMode() {
        try {
            return new String(readAll(HUGE_PAGE_MODE), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null; // not Linux, or no such setting: no huge pages asked for
        }
    }

    /**
     * The tuned JVM's command line: this JVM's program and arguments with {@code flags} put first, or null when
     * {@code args} should run here (see the class comment). {@code jar} is the jar this class was loaded from (null if none).
     * The jar is given as the class path with {@link Main} named, not by {@code -jar}: the launcher then does not open
     * the jar (twenty thousand entries) a second time only to read the main class from its manifest, and the class path
     * is the one the class archive is dumped for.
     */
    static List<String> command(String[] args, Optional<String> java, Optional<String[]> jvmArgs, Path jar, List<String> flags) {
        if (args.length == 0 || !relaunched(args[0]) || jar == null || java.isEmpty() || jvmArgs.isEmpty()) return null;
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
        if (jarAt < 0 || !sameFile(Path.of(all[jarAt + 1]), jar)) return null;
        List<String> out = new ArrayList<>();
        out.add(java.get());
        boolean heapGiven = false;
        for (int i = 0; i < jarAt; i++) heapGiven |= all[i].startsWith("-Xm");
        out.addAll(ownOptions(args[0], flags, heapGiven));
        for (int i = 0; i < jarAt; i++) out.add(all[i]);
        out.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        for (int i = jarAt + 2; i < all.length; i++) out.add(all[i]);
        return out;
    }

    /** Whether two paths name one file: by their real paths ({@link #jar} gives one), else as written. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * The options the tuned JVM gets for {@code command} besides the user's: {@code flags}, and for an import
     * {@link #IMPORT_HEAP} unless the user sizes the heap ({@code heapGiven}). The {@code clashmap} script's options
     * ({@link LaunchLine}) are these too.
     */
    static List<String> ownOptions(String command, List<String> flags, boolean heapGiven) {
        if (!command.equals("import") || heapGiven) return flags;
        List<String> out = new ArrayList<>(flags);
        out.addAll(IMPORT_HEAP);
        return out;
    }

    /**
     * This JVM's arguments (its options, then {@code -jar JAR} and the command's). The JDK's own answer stops at 4 KB of
     * command line on Linux and is then empty (an extract of thousands of files), so Linux's full list is read first.
     */
    private static Optional<String[]> arguments(ProcessHandle.Info info) {
        try {
            // each argument ends with a NUL; decoded as the JVM decoded its own arguments
            String all = new String(readAll(Path.of("/proc/self/cmdline")), Charset.forName(System.getProperty("sun.jnu.encoding")));
            String[] parts = all.split("\0", -1);
            if (parts.length > 2) return Optional.of(Arrays.copyOfRange(parts, 1, parts.length - 1)); // [0] is the program, the last is ""
        } catch (IOException | RuntimeException e) {
            // not Linux: the JDK's answer
        }
        return info.arguments();
    }

    /**
     * A small file's bytes through {@link java.io.FileInputStream}, which the JDK's own class archive holds: {@code Files}
     * would load some thirty channel classes from the runtime image into this JVM, which has no archive of ours.
     */
    private static byte[] readAll(Path file) throws IOException {
        try (java.io.InputStream in = new java.io.FileInputStream(file.toFile())) {
            return in.readAllBytes();
        }
    }

    /** The commands that run in the tuned JVM ({@link #COMMANDS}, and {@link #SIZED} over a small input). */
    static boolean relaunched(String command) {
        return COMMANDS.contains(command) || SIZED.contains(command);
    }

    /**
     * The files an extract or ingest command line names: every argument after the command that is an existing file,
     * and the files under every existing folder (as far as {@link QuickCompile#small} needs to look), except the
     * database that {@code --db} names (an output, however large).
     */
    static List<Path> inputs(String[] args) {
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 1; i < args.length && bytes < QuickCompile.MAX_INPUT_BYTES; i++) {
            if (args[i].equals("--db")) {
                i++;
                continue;
            }
            if (args[i].startsWith("-")) continue;
            Path p;
            try {
                p = Path.of(args[i]);
            } catch (RuntimeException e) {
                continue; // not a path: the command will say what is wrong with it
            }
            if (Files.isRegularFile(p)) {
                files.add(p);
                bytes += size(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        files.add(f);
                        bytes += size(f);
                        if (bytes >= QuickCompile.MAX_INPUT_BYTES) break;
                    }
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable folder is the command's to report
                }
            }
        }
        return files;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The jar this class runs from, or null (classes on a plain classpath). Its real path (links resolved), as the
     * {@code clashmap} script names it: a class archive is valid only for the class path it was made for.
     */
    static Path jar() {
        return JarHolder.JAR;
    }

    /** Resolved once: the start-up asks for the jar three times (the relaunch, SQLite's library, the launch line). */
    private static final class JarHolder {
        static final Path JAR = find();

        private static Path find() {
            try {
                Path p = Path.of(ShortRunJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return p.toString().endsWith(".jar") ? p.toRealPath() : null;
            } catch (Exception e) {
                return null;
            }
        }
    }
}
