package org.clashmap.export;

import org.clashmap.store.DatabaseFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old file or the complete new one. The content
 * goes to a temporary file in the target's own folder (a rename across file systems is not atomic),
 * is flushed to disk, and is then renamed over the target. Any failure deletes the temporary file
 * and leaves the target as it was. Used by every exporter, and meant for PNG export too.
 */
public final class AtomicFileWriter {
    /** Side files SQLite may leave beside a database written through a path (GeoPackage). */
    private static final String[] SQLITE_SIDE_FILES = {"-journal", "-wal", "-shm"};

    private AtomicFileWriter() {
    }

    /** Content written to a stream. */
    @FunctionalInterface
    public interface StreamBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Content written by a library that wants a file path (e.g. a GeoPackage). */
    @FunctionalInterface
    public interface PathBody {
        void writeTo(Path temp) throws IOException;
    }

    /** Writes {@code target} from a stream. The stream is closed by this method. */
    public static void write(Path target, StreamBody body) throws IOException {
        writeVia(target, "", temp -> {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
        });
    }

    /**
     * Writes {@code target} through a temporary path that does not exist yet and ends with
     * {@code tempSuffix} (some libraries insist on an extension, e.g. ".gpkg").
     */
    public static void writeVia(Path target, String tempSuffix, PathBody body) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new NoSuchFileException(String.valueOf(dir), null, "folder does not exist");
        if (Files.isDirectory(abs)) throw new IOException(abs + " is a folder");
        DatabaseFiles.refuseOverwriting(abs);
        removeStaleTemps(dir);
        // Hidden, unique, and recognisably ours (with the writing process's id) if a kill or a power cut leaves one behind.
        Path temp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".tmp" + tempSuffix);
        boolean done = false;
        try {
            body.writeTo(temp);
            if (!Files.isRegularFile(temp)) throw new IOException("nothing was written to " + temp);
            forceToDisk(temp);
            moveIntoPlace(temp, abs);
            done = true;
        } finally {
            if (!done) deleteQuietly(temp);
        }
    }

    /** Our temporary files: ".NAME.PID-UUID.tmp[suffix]" (and SQLite's side files of one). */
    private static final java.util.regex.Pattern TEMP = java.util.regex.Pattern.compile(
            "^\\..+\\.(\\d+)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp.*$");
    /**
     * Written by earlier versions, without a process id: ".NAME.UUID.tmp[suffix]", and the image writer's
     * ".NAME.png" + the JDK's random number (at least 6 digits) + ".part" — narrow enough never to match a
     * hidden file of the user's.
     */
    private static final java.util.regex.Pattern OLD_TEMP = java.util.regex.Pattern.compile(
            "^\\..+(\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp.*|\\.png\\d{6,}\\.part)$");
    /** An old-style temporary file this old is certainly abandoned. */
    private static final java.time.Duration OLD_TEMP_AGE = java.time.Duration.ofHours(1);

    /**
     * Deletes the temporary files a killed export left in this folder: ours whose process is gone, and
     * old-style ones (no process id) older than an hour. A temporary file of an export still running
     * (in this or another process) is left alone. Never fails the export.
     */
    static void removeStaleTemps(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".")) continue;
                java.util.regex.Matcher m = TEMP.matcher(name);
                boolean stale;
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    stale = pid != ProcessHandle.current().pid() && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                } else if (OLD_TEMP.matcher(name).matches()) {
                    stale = Files.getLastModifiedTime(f).toInstant().isBefore(java.time.Instant.now().minus(OLD_TEMP_AGE));
                } else {
                    continue;
                }
                if (stale && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder we cannot list or a file we cannot delete: the export itself will say what is wrong
        }
    }

    /** Without this, a crash just after the rename can leave a renamed but empty file on some file systems. */
    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is rare (some network shares); still a single rename, just not guaranteed atomic.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
            for (String side : SQLITE_SIDE_FILES) Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + side));
        } catch (IOException ignored) {
            // the original failure is the one to report; a stray hidden temp file is harmless
        }
    }
}
