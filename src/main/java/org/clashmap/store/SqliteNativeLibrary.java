package org.clashmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Where sqlite-jdbc loads its native library from. Left to itself, the driver copies the library out of the jar
 * into the temporary folder at every start, compares the copy with the jar's byte by byte through a buffered
 * stream read a byte at a time, and runs a process to tell Android from Linux: a tenth to a fifth of a second of
 * every short command ({@code render}, {@code export}) before the first query (decision 043). Here the library is
 * copied once per driver version into the user's cache folder ({@code $XDG_CACHE_HOME/clashmap/sqlite-native/VERSION},
 * written to a temporary file and renamed, so a copy is whole or absent) and the driver is pointed at it
 * ({@code org.sqlite.lib.path}), which it loads directly.
 * <p>
 * Only on Linux with the GNU C library on x86_64 or aarch64, whose folder in the driver's jar is certain; anywhere
 * else, when the user set the driver's own properties, or when anything here fails, the driver does as it always
 * did. A copy that does not load (damaged) makes the driver fall back to its own extraction too.
 */
final class SqliteNativeLibrary {
    private static final String NAME = "libsqlitejdbc.so";
    private static boolean done;

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached copy, once per process, before the first SQLite connection. */
    static synchronized void useCachedCopy() {
        if (done) return;
        done = true;
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null) return;
        String folder = jarFolder();
        String version = driverVersion();
        if (folder == null || version == null) return;
        try {
            Path dir = cacheRoot().resolve("clashmap").resolve("sqlite-native").resolve(version);
            Path lib = dir.resolve(NAME);
            if (!Files.isRegularFile(lib)) copyOut("/org/sqlite/native/" + folder + "/" + NAME, dir, lib);
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", NAME);
        } catch (IOException | RuntimeException e) {
            // the driver extracts its library itself, as before
        }
    }

    /** The driver jar's folder for this system, or null where this class leaves the driver to decide. */
    static String jarFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.equals("linux") || System.getProperty("java.vendor", "").toLowerCase(Locale.ROOT).contains("android")) return null;
        if (Files.exists(Path.of("/system/bin/getprop"))) return null; // Android (Termux)
        if (muslC()) return null;
        return switch (arch) {
            case "amd64", "x86_64" -> "Linux/x86_64";
            case "aarch64", "arm64" -> "Linux/aarch64";
            default -> null;
        };
    }

    /** Whether this Linux runs on the musl C library (Alpine), whose build the driver keeps apart. */
    private static boolean muslC() {
        try (var libs = Files.newDirectoryStream(Path.of("/lib"), "ld-musl-*")) {
            return libs.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static String driverVersion() {
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/pom.properties")) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            return v != null && v.matches("[0-9A-Za-z.\\-]+") ? v : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg);
        return Path.of(System.getProperty("user.home"), ".cache");
    }

    private static void copyOut(String resource, Path dir, Path lib) throws IOException {
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no " + resource + " in the driver's jar");
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, NAME, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                if (!part.toFile().setExecutable(true, true)) throw new IOException("cannot mark " + part + " executable");
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }
}
