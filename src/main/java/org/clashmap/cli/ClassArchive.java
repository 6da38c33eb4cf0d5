package org.clashmap.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Class-data sharing for the short-run JVM ({@link ShortRunJvm}): the classes a command loads — picocli, the
 * SQLite driver, NGA's GeoPackage library, JTS, ClashMap's own, and the JDK's — parsed, verified and laid out once
 * in an archive, which the next run of that command maps instead of reading, inflating and verifying them again
 * from the jar (issue 24).
 * <p>
 * The archive is a static one ({@code -Xshare:dump} from the list of classes a first run loaded,
 * {@code -XX:DumpLoadedClassList}), not the dynamic one {@code -XX:ArchiveClassesAtExit} writes: Java 17's dynamic
 * archive skips classes compiled for Java 5 or older, and picocli's 175 classes are such (every run parsed them
 * from the jar again, a tenth of a second of a UCDP import's start-up); the static archive takes them (decision 050).
 * It holds the JDK's classes the command uses as well, in place of the JDK's own archive.
 * <p>
 * The first run of a command (and format) lists its classes; once that run has succeeded, the first JVM dumps the
 * archive from the list (one or two seconds, once) to a temporary name and renames it into place; later runs use
 * it ({@code -XX:SharedArchiveFile}). Archives live in {@code $XDG_CACHE_HOME/clashmap/cds} (else
 * {@code ~/.cache/clashmap/cds}) under a key of this jar (path, size, time) and this Java runtime, so a rebuilt
 * jar or another JDK never meets an archive made for another (the JVM itself would refuse one and load the
 * classes as usual); when a new one is written, archives of other keys go but for the two used last. Nothing here changes what a
 * command does or prints: the JVM's CDS messages are silenced, the dump's output is discarded, a missing, stale or
 * unwritable cache or a failed dump only costs the time. {@code CLASHMAP_CDS=off} turns it off.
 */
final class ClassArchive {
    /** Environment variable: "off" runs without archives. */
    static final String SWITCH = "CLASHMAP_CDS";
    /** The JVM's messages about archives (a refused one, a class it skips) would mix with the command's output. */
    static final String QUIET = "-Xlog:cds*=off";
    /**
     * Map the archive at the address it was made for instead of a random one. Debian's Java 17 (and Java 20 onwards
     * everywhere) relocates every archive by default, which walks all its pointers: 40 of the 70 ms the short-run JVM
     * takes to start with an import's archive ({@code -Xlog:startuptime}: "Genesis" 42–58 ms, 3.6–4.8 ms mapped in
     * place), on the critical path of every run. Mapping in place was Java 17's own default; the address of class
     * metadata, which a one-shot command over the user's own files holds, is what it gives up (decision 058,
     * reversing decision 050). A diagnostic flag, in every HotSpot from 14 to 25; when the address is taken the JVM
     * relocates as before.
     */
    static final List<String> IN_PLACE = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    /** Archives of this many other keys (other builds of the jar, other Java runtimes) are kept beside this key's. */
    static final int OTHER_KEYS_KEPT = 2;
    private static final String SUFFIX = ".jsa";

    private final Path archive, classList, writing;
    /** The java program and flags of the short-run JVM, and the class path it runs: the dump must match them. */
    private final List<String> dumpJvm;

    private ClassArchive(Path archive, Path classList, Path writing, List<String> dumpJvm) {
        this.archive = archive;
        this.classList = classList;
        this.writing = writing;
        this.dumpJvm = dumpJvm;
    }

    /**
     * The archive for {@code args} run from {@code jar} by the Java runtime at {@code javaHome} with {@code flags},
     * kept in {@code cache}; null when there is no place for it.
     */
    static ClassArchive of(Path cache, Path jar, String javaHome, String javaVersion, List<String> flags, String[] args) {
        if (cache == null || args.length == 0) return null;
        String key;
        try {
            key = org.clashmap.store.UserCache.buildKey(jar) + Integer.toHexString((javaHome + "|" + javaVersion + "|" + flags).hashCode());
        } catch (IOException e) {
            return null;
        }
        String stem = key + "-" + name(args), pid = "." + ProcessHandle.current().pid();
        List<String> java = new ArrayList<>();
        java.add(Path.of(javaHome, "bin", "java").toString());
        java.addAll(flags);
        return new ClassArchive(cache.resolve(stem + SUFFIX), cache.resolve(stem + pid + ".classlist.tmp"), cache.resolve(stem + pid + ".tmp"),
                List.copyOf(java));
    }

    /** The command and, when it has one, its --format: an export to CSV loads other classes than one to GeoPackage. */
    static String name(String[] args) {
        String format = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) format = args[i + 1];
            else if (args[i].startsWith("--format=")) format = args[i].substring("--format=".length());
        }
        String name = format == null ? args[0] : args[0] + "-" + format;
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "_");
    }

    /** {@code $XDG_CACHE_HOME/clashmap/cds} ({@link org.clashmap.store.UserCache}); null when it cannot be made, or when switched off. */
    static Path cache() {
        return "off".equalsIgnoreCase(System.getenv(SWITCH)) ? null : org.clashmap.store.UserCache.dir("cds");
    }

    /** Whether the archive has been made: runs use it rather than list their classes. */
    boolean ready() {
        return Files.isRegularFile(archive);
    }

    /** The JVM options: use the archive when it is there (marked as used: see {@link #removeOtherKeys}), else list the classes the run loads. */
    List<String> options() {
        if (!ready()) return List.of(QUIET, "-XX:DumpLoadedClassList=" + classList);
        try {
            Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // a cache we may read but not touch: the archive serves all the same
        }
        List<String> out = new ArrayList<>(List.of(QUIET));
        out.addAll(IN_PLACE);
        out.add("-XX:SharedArchiveFile=" + archive);
        return out;
    }

    /**
     * The command that dumps the archive from the class list, for the short-run JVM running {@code classPath} (the
     * same path it is given: the archive records it).
     */
    List<String> dumpCommand(String classPath) {
        List<String> out = new ArrayList<>(dumpJvm);
        out.addAll(List.of(QUIET, "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + writing, "-cp", classPath));
        return out;
    }

    /** Runs a dump command; true when it ended well. */
    @FunctionalInterface
    interface Dumper {
        boolean run(List<String> command);
    }

    /**
     * After the run of a class path: from a run that succeeded, the archive is dumped and goes into place (older keys'
     * archives go); a failed run's list is dropped, as it may not have loaded what a good run loads. True when this
     * run's list was made into the archive.
     */
    boolean finish(int exitCode, String classPath) {
        // looked at first: the method reference would spin a class at the end of every run, not only of a first one
        // the dump's output is discarded: the JVM reports every class it skips
        if (!Files.exists(classList)) return false;
        finish(exitCode, classPath, WholeProcess::succeeds);
        return ready();
    }

    void finish(int exitCode, String classPath, Dumper dumper) {
        if (!Files.exists(classList)) return;
        try {
            if (exitCode == 0 && Files.size(classList) > 0 && dumper.run(dumpCommand(classPath)) && Files.isRegularFile(writing)
                    && Files.size(writing) > 0) {
                removeOtherKeys();
                try {
                    Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            // another run put its archive in place first, or the cache went away: the next run tries again
        } finally {
            try {
                Files.deleteIfExists(classList);
                Files.deleteIfExists(writing);
            } catch (IOException ignored) {
                // a leftover temporary file is removed with its key's archives
            }
        }
    }

    /**
     * Archives of the {@link #OTHER_KEYS_KEPT} other keys used last stay; older ones (and leftovers) go. Several builds of
     * the jar sharing one cache (a release and a build from source; several checkouts on one machine) would otherwise
     * remove each other's archives at every switch, and each run would pay for a dump again.
     */
    private void removeOtherKeys() throws IOException {
        String ours = key(archive.getFileName().toString());
        Map<String, List<Path>> files = new HashMap<>();
        Map<String, Long> lastUsed = new HashMap<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent())) {
            for (Path p : all) {
                String n = p.getFileName().toString();
                if (!(n.endsWith(SUFFIX) || n.endsWith(".tmp")) || n.indexOf('-') < 0 || key(n).equals(ours)) continue;
                files.computeIfAbsent(key(n), k -> new ArrayList<>()).add(p);
                if (n.endsWith(SUFFIX)) lastUsed.merge(key(n), Files.getLastModifiedTime(p).toMillis(), Math::max);
            }
        }
        List<String> keys = new ArrayList<>(files.keySet());
        keys.sort(Comparator.comparingLong((String k) -> lastUsed.getOrDefault(k, 0L)).reversed());
        for (String k : keys.subList(Math.min(OTHER_KEYS_KEPT, keys.size()), keys.size())) {
            for (Path p : files.get(k)) Files.deleteIfExists(p);
        }
    }

    /** The key a cache file's name starts with (jar and runtime), up to the first '-'. */
    private static String key(String fileName) {
        return fileName.substring(0, fileName.indexOf('-'));
    }

    Path archive() {
        return archive;
    }
}
