package org.clashmap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one rule for "may this file be written?": never over a database (or the {@code -wal},
 * {@code -shm} and {@code -journal} files SQLite keeps beside it) and never over a file the same
 * command reads. Paths are compared as the file system sees them (symbolic links, {@code ..},
 * hard links), not as typed. Every export writer asks {@link #refuseOverwriting(Path)} against
 * the databases open in this process; the commands ask {@link #clash} with their own inputs
 * before they start.
 */
public final class DatabaseFiles {
    /** Files SQLite may keep beside a database. */
    public static final java.util.List<String> SIDE_SUFFIXES = java.util.List.of("-wal", "-shm", "-journal");

    /** Databases open in this process, with how many times each is open. */
    private static final ConcurrentHashMap<Path, Integer> OPEN = new ConcurrentHashMap<>();

    private DatabaseFiles() {
    }

    static void opened(Path db) {
        OPEN.merge(db, 1, Integer::sum);
    }

    static void closed(Path db) {
        OPEN.computeIfPresent(db, (k, n) -> n > 1 ? n - 1 : null);
    }

    /**
     * Why {@code out} must not be written, or empty: it resolves to {@code database} or one of its
     * side files, or to one of {@code inputs}.
     */
    public static Optional<String> clash(Path out, Path database, Collection<Path> inputs) {
        if (database != null && isPartOf(database, out)) {
            return Optional.of(out + ": is the database " + database + (same(database, out) ? "" : " (one of its side files)")
                    + "; writing there would destroy it, choose another file");
        }
        for (Path in : inputs) {
            if (same(in, out)) return Optional.of(out + ": is the input file " + in + "; writing there would destroy it, choose another file");
        }
        return Optional.empty();
    }

    /** Refuses a target that is any database open in this process (or a side file of one). */
    public static void refuseOverwriting(Path target) throws IOException {
        for (Path db : OPEN.keySet()) {
            Optional<String> why = clash(target, db, java.util.List.of());
            if (why.isPresent()) throw new IOException(why.get());
        }
    }

    /** True when {@code file} is the database or one of its side files. */
    public static boolean isPartOf(Path database, Path file) {
        if (same(database, file)) return true;
        for (String side : SIDE_SUFFIXES) {
            if (same(database.resolveSibling(database.getFileName() + side), file)) return true;
        }
        return false;
    }

    /**
     * The first of {@code files} that is {@code database} or one of its side files, as {@link #isPartOf} asked of each
     * in turn would find it, or empty. The database's four paths are looked at once, and each file once: for an ingest
     * of thousands of files, asking {@code isPartOf} of each looked at the database's paths again every time.
     */
    public static Optional<Path> partAmong(Path database, Collection<Path> files) {
        java.util.List<Path> parts = new java.util.ArrayList<>();
        parts.add(database);
        for (String side : SIDE_SUFFIXES) parts.add(database.resolveSibling(database.getFileName() + side));
        boolean[] exists = new boolean[parts.size()];
        Object[] keys = new Object[parts.size()];
        for (int k = 0; k < parts.size(); k++) {
            exists[k] = Files.exists(parts.get(k));
            if (exists[k]) keys[k] = fileKey(parts.get(k));
        }
        for (Path f : files) {
            Object key = fileKey(f);
            for (int k = 0; k < parts.size(); k++) {
                if (key != null && keys[k] != null) {
                    if (key.equals(keys[k])) return Optional.of(f); // what isSameFile compares: device and inode
                    continue;
                }
                // an existing file is not a path where nothing exists
                if (key != null && !exists[k]) continue;
                if (same(parts.get(k), f)) return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The file's identity (device and inode), or null when it cannot be read (missing, no permission, no such notion). */
    private static Object fileKey(Path p) {
        try {
            return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Same file: by identity when both exist, else by their resolved paths. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException ignored) {
            // fall through to the path comparison
        }
        return resolved(a).equals(resolved(b));
    }

    /** The absolute path with its folder's symbolic links resolved (the file itself may not exist). */
    private static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) return abs.toRealPath();
        } catch (IOException ignored) {
            // keep the lexical form
        }
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) return abs;
        try {
            return resolved(parent).resolve(abs.getFileName());
        } catch (RuntimeException e) {
            return abs;
        }
    }
}
