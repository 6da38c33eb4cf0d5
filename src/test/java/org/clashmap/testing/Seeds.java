package org.clashmap.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five seed reports in the repository's {@code seeds/} folder: the tests' real data. */
public final class Seeds {
    private Seeds() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("clashmap.repo", ".")).resolve("seeds");
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(int index) {
        try {
            return Files.readString(files().get(index), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
