package org.clashmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Points the SQLite driver at a copy of its native library kept in the user's cache, extracted once per jar,
 * instead of letting it extract the library from the jar at every start: sqlite-jdbc copies it to the temporary
 * folder, compares the copy with the jar's byte by byte, and scans the folder for stale copies of other runs —
 * a tenth of the main thread of a UCDP import and of a small export (issue 24; decision 039 measured 0.2–0.3 s
 * of CPU under load).
 * <p>
 * The copy lives in {@code CACHE/KEY/} (the command line passes {@code $XDG_CACHE_HOME/clashmap/sqlite}), KEY naming the jar
 * (path, size, time), so a rebuilt jar — perhaps with another driver — gets its own copy; it is written under a
 * temporary name and renamed, so it is whole or absent. The driver's own property {@code org.sqlite.lib.path}
 * set by the user wins; if the cached copy cannot be made or loaded, the driver extracts the library as before.
 */
public final class SqliteLibrary {
    static final String PATH = "org.sqlite.lib.path", NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /**
     * Sets the driver's library path to the copy for {@code jar} (the jar the driver is loaded from) kept in
     * {@code cache}, making it if needed; does nothing when the user set the path, or there is no jar or cache.
     */
    public static void useCachedCopy(Path jar, Path cache) {
        if (jar == null || cache == null || System.getProperty(PATH) != null) return;
        try {
            String name = org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
            Path dir = cache.resolve(key(jar));
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                // Asked only when the copy is missing: the driver's platform probe starts a process (uname -o) every time.
                String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath();
                if (!extract(resource + "/" + name, dir, lib)) return;
                removeOtherKeys(cache, dir);
            }
            System.setProperty(PATH, dir.toString());
            System.setProperty(NAME, name);
        } catch (IOException | RuntimeException | LinkageError e) {
            // the driver extracts its library itself, as it always did
        }
    }

    static String key(Path jar) throws IOException {
        return UserCache.buildKey(jar);
    }

    /** Copies made for other jars: never loaded again once this jar has its own. */
    private static void removeOtherKeys(Path cache, Path keep) throws IOException {
        try (java.util.stream.Stream<Path> dirs = Files.list(cache)) {
            for (Path d : dirs.filter(d -> !d.equals(keep) && Files.isDirectory(d)).toList()) {
                try (java.util.stream.Stream<Path> files = Files.list(d)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                }
                Files.deleteIfExists(d);
            }
        }
    }

    private static boolean extract(String resource, Path dir, Path lib) throws IOException {
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
            if (in == null) return false; // no library for this platform in the jar: the driver decides
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, lib.getFileName().toString(), ".tmp");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temp, lib, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, lib, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return Files.isRegularFile(lib);
    }
}
