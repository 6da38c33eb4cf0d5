package org.clashmap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an in-process benchmark prints, printed and kept line by line, so {@code --write-docs} puts in
 * docs/benchmarks.md exactly what the run showed ({@link BenchDocs#printed}).
 */
final class PrintedLines {
    private final List<String> lines = new ArrayList<>();

    /** Formats (Locale.ROOT), prints to stdout and keeps the lines. */
    void printf(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.print(s);
        for (String line : s.split("\\R")) if (!line.isBlank()) lines.add(line.stripTrailing());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
