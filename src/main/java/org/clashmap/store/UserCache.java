package org.clashmap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The user's cache folder, shared by what ClashMap keeps between runs (map tiles, class archives, SQLite's native
 * library): {@code $XDG_CACHE_HOME/clashmap}, else {@code ~/.cache/clashmap}. Light on purpose: every command's
 * start-up asks it.
 */
public final class UserCache {
    private UserCache() {
    }

    /** {@code $XDG_CACHE_HOME/clashmap}, else {@code ~/.cache/clashmap} (not made). */
    public static Path root() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("clashmap");
    }

    /** The folder NAME in it, made if missing; null when it cannot be made or written. */
    public static Path dir(String name) {
        Path dir = root().resolve(name);
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir) ? dir : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Names this build of the jar (path, size, time): what is cached under it is stale once the jar is rebuilt. */
    public static String buildKey(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        return Integer.toHexString((jar.toAbsolutePath().normalize() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis()).hashCode());
    }
}
