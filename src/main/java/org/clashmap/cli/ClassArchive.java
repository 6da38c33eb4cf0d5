package org.clashmap.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Class-data sharing for the short-run JVM ({@link ShortRunJvm}): the classes a command loads — picocli, the
 * SQLite driver, NGA's GeoPackage library, JTS, ClashMap's own, and the JDK's that the JDK's own archive
 * lacks, about 1,000 of them — parsed, verified and laid out once in a dynamic archive, which the next run of
 * that command maps instead of reading, inflating and verifying them again from the jar: about 0.2 s of CPU
 * less at every start of an export (issue 24).
 * <p>
 * The first run of a command (and format) writes its archive at exit ({@code -XX:ArchiveClassesAtExit}) to a
 * temporary name that the first JVM renames into place once that run has succeeded; later runs use it
 * ({@code -XX:SharedArchiveFile}). Archives live in {@code $XDG_CACHE_HOME/clashmap/cds} (else
 * {@code ~/.cache/clashmap/cds}) under a key of this jar (path, size, time) and this Java runtime, so a rebuilt
 * jar or another JDK never meets an archive made for another (the JVM itself would refuse one and load the
 * classes as usual); archives of other keys are removed when a new one is written. Nothing here changes what a
 * command does or prints: the JVM's CDS messages are silenced, a missing, stale or unwritable cache only costs
 * the time. {@code CLASHMAP_CDS=off} turns it off.
 */
final class ClassArchive {
    /** Environment variable: "off" runs without archives. */
    static final String SWITCH = "CLASHMAP_CDS";
    /** The JVM's messages about archives (a refused one, pre-Java-6 classes it skips) would mix with the command's output. */
    static final String QUIET = "-Xlog:cds*=off";
    private static final String SUFFIX = ".jsa";

    private final Path archive, writing;

    private ClassArchive(Path archive, Path writing) {
        this.archive = archive;
        this.writing = writing;
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
        Path archive = cache.resolve(key + "-" + name(args) + SUFFIX);
        return new ClassArchive(archive, cache.resolve(key + "-" + name(args) + "." + ProcessHandle.current().pid() + ".tmp"));
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

    /** The JVM options: use the archive when it is there, else write it at exit. */
    List<String> options() {
        return Files.isRegularFile(archive)
                ? List.of(QUIET, "-XX:SharedArchiveFile=" + archive)
                : List.of(QUIET, "-XX:ArchiveClassesAtExit=" + writing);
    }

    /** After the run: a new archive from a run that succeeded goes into place (older keys' archives go); a failed run's is dropped. */
    void finish(int exitCode) {
        if (!Files.exists(writing)) return;
        try {
            if (exitCode == 0 && Files.size(writing) > 0) {
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
                Files.deleteIfExists(writing);
            } catch (IOException ignored) {
                // a leftover temporary file is removed with its key's archives
            }
        }
    }

    /** Archives (and leftovers) of other jars or runtimes: never used again once this key writes. */
    private void removeOtherKeys() throws IOException {
        String key = archive.getFileName().toString();
        key = key.substring(0, key.indexOf('-') + 1);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent())) {
            for (Path p : all) {
                String n = p.getFileName().toString();
                boolean ours = n.endsWith(SUFFIX) || n.endsWith(".tmp");
                if (ours && !n.startsWith(key)) Files.deleteIfExists(p);
            }
        }
    }

    Path archive() {
        return archive;
    }
}
