package org.clashmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The tuned JVM's options for a one-shot command ({@link ShortRunJvm#COMMANDS}, and since decision 069 extract and ingest,
 * {@link ShortRunJvm#SIZED}, whose tuned JVM hands a large input on itself), kept in the user's cache where the
 * {@code clashmap} script beside the jar ({@code src/main/launcher/clashmap}) finds them, so that it starts that JVM
 * itself instead of a first JVM that would only start it (a fifth of a UCDP import's time, decision 058).
 * <p>
 * The file is a Java argument file ({@code java @FILE}): the options {@link ShortRunJvm} gives the command, and the
 * command's class archive ({@link ClassArchive}). It is written only while that archive exists, by the tuned JVM at
 * each start (and by the first JVM right after it made the archive); a tuned JVM that finds other options there (the
 * jar rebuilt, another Java runtime, other huge page settings) writes its own, and when the archive for them is missing
 * it removes the file, so the next run goes through the jar, which makes the archive. A stale file therefore costs one
 * run the archive (the JVM refuses an archive not made for it, silently), never a wrong result: the class path and the
 * command come from the script, not from the file.
 */
final class LaunchLine {
    /** The cache folder of these files. */
    static final String FOLDER = "launch";
    private static final String SUFFIX = ".args";
    /** A file name longer than this would be refused by common file systems (255 bytes): such a jar path gets no file. */
    private static final int MAX_NAME = 240;

    private LaunchLine() {
    }

    /**
     * The file for {@code args} run from {@code jar} in {@code folder}: the jar's path with every byte other than
     * {@code A-Z a-z 0-9 . _ -} turned into '_' (as {@code tr -c} does in the script), a dot, the command's name as
     * {@link ClassArchive#name} spells it, ".args"; null when that name would be too long.
     */
    static Path file(Path folder, Path jar, String[] args) {
        byte[] path = jar.toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder name = new StringBuilder(path.length + 24);
        for (byte b : path) name.append(kept(b) ? (char) b : '_');
        name.append('.').append(ClassArchive.name(args)).append(SUFFIX);
        return name.length() > MAX_NAME ? null : folder.resolve(name.toString());
    }

    private static boolean kept(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '.' || b == '_' || b == '-';
    }

    /**
     * {@code options} as a Java argument file: one a line, each in double quotes (a cache under a folder with spaces),
     * with backslashes and quotes escaped as the {@code java} launcher reads them.
     */
    static String text(List<String> options) {
        StringBuilder out = new StringBuilder();
        for (String o : options) out.append('"').append(o.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        return out.toString();
    }

    /**
     * Brings the file for {@code args} (run from this jar, by this Java runtime) up to date: see the class comment.
     * Nothing for other commands, outside the jar or without a cache; a cache that cannot be written costs only speed.
     */
    static void keep(String[] args) {
        if (args.length == 0 || !ShortRunJvm.relaunched(args[0])) return;
        Path jar = ShortRunJvm.jar(), folder;
        if (jar == null || (folder = org.clashmap.store.UserCache.dir(FOLDER)) == null) return;
        List<String> flags = ShortRunJvm.flags(ShortRunJvm.hugePageMode());
        keep(args, file(folder, jar, args), ClassArchive.of(ClassArchive.cache(), jar, System.getProperty("java.home"),
                System.getProperty("java.vm.version"), flags, args), flags);
    }

    /** The file {@code file} (null: none) for {@code args}, whose command archive is {@code archive} (null: none) with {@code flags}. */
    static void keep(String[] args, Path file, ClassArchive archive, List<String> flags) {
        if (file == null) return;
        try {
            if (archive == null || !archive.ready()) {
                Files.deleteIfExists(file);
                return;
            }
            List<String> options = new ArrayList<>(ShortRunJvm.ownOptions(args[0], flags, false));
            options.addAll(archive.options());
            byte[] text = text(options).getBytes(StandardCharsets.UTF_8);
            if (java.util.Arrays.equals(text, read(file))) return;
            Path writing = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.write(writing, text);
            try {
                Files.move(writing, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a cache we cannot write: the script keeps going through the jar
        }
    }

    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
