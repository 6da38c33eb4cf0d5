package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench … --write-docs}: a benchmark rewrites its own block and its own README rows, nothing else. */
class BenchDocsTest {
    private static final String README = """
            # X

            | what | command | figure |
            |---|---|---|
            | typed row | `bench tiles` | 1 ms |

            <!-- bench:peers -->
            | work | command | figure |
            |---|---|---|
            | GeoJSON export | `bench export` | old |
            | UCDP import | `bench import` | kept |
            <!-- /bench:peers -->

            after
            """;

    private static final String BENCHMARKS = """
            # Benchmarks

            ### export
            <!-- bench:export -->
            old figures
            <!-- /bench:export -->

            ### import
            <!-- bench:import -->
            import figures
            <!-- /bench:import -->
            """;

    @Test
    void writesItsBlockAndItsRowsAndLeavesTheRest(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("README.md"), README);
        Files.writeString(dir.resolve("docs/benchmarks.md"), BENCHMARKS);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("GeoJSON export", BenchDocs.row("GeoJSON export", "`bench export`", "new"));
        rows.put("KML export", BenchDocs.row("KML export", "`bench export`", "added"));
        BenchDocs.in(dir).write("export", "new figures\n| a | b |", rows);

        String bench = Files.readString(dir.resolve("docs/benchmarks.md"));
        assertTrue(bench.contains("<!-- bench:export -->\nnew figures\n| a | b |\n<!-- /bench:export -->"), bench);
        assertTrue(bench.contains("<!-- bench:import -->\nimport figures\n<!-- /bench:import -->"), "another benchmark's block is kept: " + bench);
        assertTrue(!bench.contains("old figures"), bench);

        String readme = Files.readString(dir.resolve("README.md"));
        assertTrue(readme.contains("""
                <!-- bench:peers -->
                | work | command | figure |
                |---|---|---|
                | GeoJSON export | `bench export` | new |
                | UCDP import | `bench import` | kept |
                | KML export | `bench export` | added |
                <!-- /bench:peers -->
                """), readme);
        assertTrue(readme.contains("| typed row | `bench tiles` | 1 ms |"), "rows outside the block stay: " + readme);
        assertTrue(readme.endsWith("after\n"), readme);

        // Run again: the same text, not rows added twice.
        BenchDocs.in(dir).write("export", "new figures\n| a | b |", rows);
        assertEquals(readme, Files.readString(dir.resolve("README.md")));
        assertEquals(bench, Files.readString(dir.resolve("docs/benchmarks.md")));
    }

    @Test
    void aMissingMarkerOrFolderIsAClearError(@TempDir Path dir) throws Exception {
        UserError noFolder = assertThrows(UserError.class, () -> BenchDocs.in(dir));
        assertTrue(noFolder.getMessage().contains("docs/benchmarks.md"), noFolder.getMessage());
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("README.md"), README);
        Files.writeString(dir.resolve("docs/benchmarks.md"), BENCHMARKS);
        UserError noBlock = assertThrows(UserError.class, () -> BenchDocs.in(dir).write("render", "x", Map.of()));
        assertTrue(noBlock.getMessage().contains("<!-- bench:render -->") && noBlock.getMessage().contains("benchmarks.md"), noBlock.getMessage());
        assertEquals(BENCHMARKS, Files.readString(dir.resolve("docs/benchmarks.md")), "nothing written when a block is missing");
    }

    @Test
    void theCommittedDocumentsHaveEveryBlockTheBenchmarksWrite() throws Exception {
        Path root = Path.of(System.getProperty("clashmap.repo", ".")).toAbsolutePath();
        String bench = Files.readString(root.resolve(BenchDocs.BENCHMARKS));
        for (String name : new String[]{"export", "import", "ingest", "extract", "render", "tiles", "gazetteer", "extract-in-memory", "extract-rules",
                "extract-scaling", "map-100000", "map-1000000", "figures", "frontlines"}) {
            assertTrue(bench.contains(BenchDocs.open(name)) && bench.contains(BenchDocs.close(name)), "block " + name + " in " + BenchDocs.BENCHMARKS);
        }
        String readme = Files.readString(root.resolve(BenchDocs.README));
        for (String block : new String[]{BenchDocs.README_BLOCK, BenchDocs.README_IN_PROCESS}) {
            assertTrue(readme.contains(BenchDocs.open(block)) && readme.contains(BenchDocs.close(block)), "README block " + block);
        }
    }

    /** An in-process benchmark's rows go to the README block it names; its section is what it printed, as printed. */
    @Test
    void inProcessFiguresGoToTheirOwnReadmeBlock(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("README.md"), README.replace("| typed row | `bench tiles` | 1 ms |\n", "")
                .replace("| what | command | figure |\n|---|---|---|\n", "<!-- bench:speed -->\n| what | command | figure |\n|---|---|---|\n<!-- /bench:speed -->\n"));
        Files.writeString(dir.resolve("docs/benchmarks.md"), BENCHMARKS + "<!-- bench:tiles -->\n<!-- /bench:tiles -->\n");
        String section = BenchDocs.printed("3.1", "2.9", "java -jar target/clashmap.jar bench tiles --write-docs", java.util.List.of("zoom  6: 1.2 ms", "zoom  9: 0.4 ms"));
        BenchDocs.in(dir).write("tiles", section, BenchDocs.README_IN_PROCESS,
                Map.of("basemap tile", BenchDocs.row("basemap tile", "`bench tiles`", BenchDocs.underLoad("z6 1.2 ms", "3.1"), "≤ 15 ms")));
        String readme = Files.readString(dir.resolve("README.md"));
        assertTrue(readme.contains("<!-- bench:speed -->\n| what | command | figure |\n|---|---|---|\n| basemap tile | `bench tiles` | z6 1.2 ms (load 3.1) | ≤ 15 ms |\n"
                + "<!-- /bench:speed -->"), readme);
        assertTrue(readme.contains("| UCDP import | `bench import` | kept |"), "the other block's rows stay: " + readme);
        String bench = Files.readString(dir.resolve("docs/benchmarks.md"));
        assertTrue(bench.contains("load average 3.1 before and 2.9 after. Command: `java -jar target/clashmap.jar bench tiles --write-docs`; what it printed:\n\n"
                + "```\nzoom  6: 1.2 ms\nzoom  9: 0.4 ms\n```\n<!-- /bench:tiles -->"), bench);
    }
}
