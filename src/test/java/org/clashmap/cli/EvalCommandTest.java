package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    private static final Path DIR = Path.of(System.getProperty("clashmap.repo", ".")).resolve("src/test/resources/evaluation");

    @Test
    void lastLineIsTheHeadlineAndVerboseListsTheErrors() {
        ExtractCommandTest.Result r = ExtractCommandTest.run("eval", "--gold", DIR.resolve("gold.json").toString(),
                "--dir", DIR.resolve("reports").toString(), "--verbose");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("location recall 0.83 (5/6) precision 0.83 (5/6)"), r.out());
        assertTrue(r.out().contains("  missed e3.txt e3r1 بلدة عين عيسى"), r.out());
        assertTrue(r.out().contains("  wrong homonym                 1"), r.out());
    }

    @Test
    void aBrokenGoldFileIsOneLine(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve("gold.json"), "{\"articles\": [");
        ExtractCommandTest.Result r = ExtractCommandTest.run("eval", "--gold", bad.toString(), "--dir", tmp.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a gold annotation file"), r.err());
    }
}
