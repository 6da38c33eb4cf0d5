package org.clashmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The user's cache folder for what start-up keeps between runs: {@code $XDG_CACHE_HOME/clashmap/NAME}, else {@code ~/.cache/clashmap/NAME}. */
final class UserCache {
    private UserCache() {
    }

    /** The folder, made if missing; null when it cannot be made or written. */
    static Path dir(String name) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path dir = base.resolve("clashmap").resolve(name);
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir) ? dir : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
