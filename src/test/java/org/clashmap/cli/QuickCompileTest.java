package org.clashmap.cli;

import org.clashmap.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.management.ObjectName;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decision 038: which runs keep the JIT's quick tier, and that this JDK takes the directive that does it. */
class QuickCompileTest {
    @Test
    void theSeedsAreASmallRunAndAFileOfTheLimitIsNot(@TempDir Path dir) throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Seeds.dir())) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertFalse(seeds.isEmpty());
        assertTrue(QuickCompile.small(seeds));
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(QuickCompile.MAX_INPUT_BYTES); // sparse: no disk written
        }
        assertFalse(QuickCompile.small(List.of(seeds.get(0), big)));
        assertTrue(QuickCompile.small(List.of(dir.resolve("missing.txt"))), "an unreadable file counts nothing; the run reports it");
    }

    @Test
    void theJdkTakesTheDirectiveThatKeepsCodeAtTheQuickTier() throws Exception {
        ObjectName commands = new ObjectName(QuickCompile.DIAGNOSTIC_COMMANDS);
        assertTrue(QuickCompile.quickTierOnly());
        try {
            String printed = String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(commands, "compilerDirectivesPrint",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()}));
            assertTrue(printed.contains("Exclude:true"), printed);
        } finally {
            // this test JVM goes back to the default at once (the directive just added is the top one)
            ManagementFactory.getPlatformMBeanServer().invoke(commands, "compilerDirectivesRemove",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
        }
    }
}
