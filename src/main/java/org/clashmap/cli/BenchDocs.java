package org.clashmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a benchmark's figures into the project's documents ({@code --write-docs}), so the committed
 * figures come from a command, not typed in: the text between {@code <!-- bench:NAME -->} and
 * {@code <!-- /bench:NAME -->} in docs/benchmarks.md is replaced whole, and in README.md's speed table
 * (block {@value #README_BLOCK}) the rows the benchmark measured are replaced by their first cell, the
 * other benchmarks' rows kept. A missing marker is an error naming the file and the marker.
 */
final class BenchDocs {
    static final String BENCHMARKS = "docs/benchmarks.md";
    static final String README = "README.md";
    static final String README_BLOCK = "peers";
    /** README's table of figures timed inside one process (tiles, map frames, figures, ...). */
    static final String README_IN_PROCESS = "speed";

    private final Path root;

    private BenchDocs(Path root) {
        this.root = root;
    }

    /** The project folder holding README.md and docs/benchmarks.md: {@code given}, else the current folder. */
    static BenchDocs in(Path given) {
        Path root = given != null ? given : Path.of("");
        if (!Files.isRegularFile(root.resolve(BENCHMARKS)) || !Files.isRegularFile(root.resolve(README))) {
            throw new UserError("--write-docs: " + root.toAbsolutePath().normalize() + " has no " + BENCHMARKS + " and " + README
                    + " (run it in the project's folder, or give the folder: --write-docs DIR)");
        }
        return new BenchDocs(root);
    }

    /** The section {@code name} of docs/benchmarks.md and the rows of README's speed table, written in place. */
    void write(String name, String section, Map<String, String> readmeRows) throws IOException {
        write(name, section, README_BLOCK, readmeRows);
    }

    /**
     * As above, the rows going to README's table in block {@code readmeBlock}: {@value #README_BLOCK} for whole
     * commands beside their peers, {@value #README_IN_PROCESS} for figures timed inside one process.
     */
    void write(String name, String section, String readmeBlock, Map<String, String> readmeRows) throws IOException {
        Path bench = root.resolve(BENCHMARKS), readme = root.resolve(README);
        // Both texts made before either is written: a missing marker leaves both files as they were.
        String benchText = replaceBlock(Files.readString(bench), name, section, bench);
        String readmeText = putRows(Files.readString(readme), readmeBlock, readmeRows, readme);
        Files.writeString(temp(bench), benchText, StandardCharsets.UTF_8);
        Files.writeString(temp(readme), readmeText, StandardCharsets.UTF_8);
        Files.move(temp(bench), bench, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(temp(readme), readme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote the figures into " + bench + " (section " + name + ") and " + readme);
    }

    /**
     * A whole-process figure no peer tool measures (ingest, extract over files): the section is {@code intro}, then a
     * one-row table; README's peers table gets the same row with the command and "none" for the peer.
     */
    void writeWithoutPeer(String name, String intro, String unitHeader, String label, String figure, String target) throws IOException {
        String section = intro + "\n\n" + row("work", unitHeader, "target") + "\n|---|---|---|\n" + row(label, figure, target) + "\n";
        write(name, section, Map.of(label, row(label, "`bench " + name + "`", figure, "none (no peer does this)", "–", "–", target)));
    }

    private static Path temp(Path file) {
        return file.resolveSibling(file.getFileName() + ".bench-tmp");
    }

    static String open(String name) {
        return "<!-- bench:" + name + " -->";
    }

    static String close(String name) {
        return "<!-- /bench:" + name + " -->";
    }

    /** {@code doc} with the text between the block's markers replaced by {@code body} (markers kept, each on its own line). */
    static String replaceBlock(String doc, String name, String body, Path where) {
        int a = doc.indexOf(open(name)), b = doc.indexOf(close(name));
        if (a < 0 || b < a) throw new UserError(where + ": no block " + open(name) + " … " + close(name) + " to write the figures into");
        String inner = body.endsWith("\n") ? body : body + "\n";
        return doc.substring(0, a + open(name).length()) + "\n" + inner + doc.substring(b);
    }

    /**
     * {@code doc} with the Markdown table rows in block {@code name} replaced where their first cell
     * matches a key of {@code rows}, the rows not yet there appended; other rows and the header kept.
     */
    static String putRows(String doc, String name, Map<String, String> rows, Path where) {
        int a = doc.indexOf(open(name)), b = doc.indexOf(close(name));
        if (a < 0 || b < a) throw new UserError(where + ": no block " + open(name) + " … " + close(name) + " to write the figures into");
        Map<String, String> left = new LinkedHashMap<>(rows);
        List<String> out = new ArrayList<>();
        for (String line : doc.substring(a + open(name).length(), b).split("\n")) {
            if (line.isBlank()) continue;
            String key = firstCell(line);
            out.add(key != null && left.containsKey(key) ? left.remove(key) : line);
        }
        out.addAll(left.values());
        return doc.substring(0, a + open(name).length()) + "\n" + String.join("\n", out) + "\n" + doc.substring(b);
    }

    /** The first cell of a table row, trimmed; null for a line that is not a row. */
    static String firstCell(String row) {
        String t = row.strip();
        if (!t.startsWith("|")) return null;
        int end = t.indexOf('|', 1);
        return end < 0 ? null : t.substring(1, end).strip();
    }

    /** A table row of cells. */
    static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /**
     * A section of figures printed inside one process: when, the command, then the lines it printed,
     * as they were printed.
     */
    static String printed(String loadBefore, String loadAfter, String command, List<String> lines) {
        return when(loadBefore, loadAfter) + " Command: `" + command + "`; what it printed:\n\n```\n" + String.join("\n", lines) + "\n```\n";
    }

    /** "A ms (load L)": a README cell that carries the load it was measured at. */
    static String underLoad(String figure, String load) {
        return figure + " (load " + load + ")";
    }

    /** "Measured 2026-12-03 (UTC) on N cores, load average A before and B after": what every section opens with. */
    /** Said under every table whose ratio cells carry {@link WholeProcess#ratio}'s spread of paired rounds. */
    static final String PAIRED_ROUNDS = " In brackets after a ratio: the lowest and highest ratio of one round's two runs.";

    static String when(String loadBefore, String loadAfter) {
        return "Measured " + LocalDate.now(ZoneOffset.UTC) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores shared with other work, load average " + loadBefore + " before and " + loadAfter + " after.";
    }
}
