package org.clashmap.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The runnable jar as a user runs it: {@code java -jar target/clashmap.jar ...}. */
class JarIT {
    static final Path JAR = Path.of(System.getProperty("clashmap.jar", "target/clashmap.jar"));

    record Run(int exit, String out, String err) {}

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt"), err = Files.createTempFile("err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish: " + cmd);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsAndExitsZero() throws Exception {
        Run r = run("--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Usage: clashmap"), r.out());
        assertTrue(r.out().contains("bench"), r.out());
        assertTrue(r.out().contains("gui"), r.out());
    }

    @Test
    void versionExitsZero() throws Exception {
        Run r = run("--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("ClashMap"), r.out());
    }

    @Test
    void anUnknownCommandFailsWithAShortMessage() throws Exception {
        Run r = run("no-such-command");
        assertNotEquals(0, r.exit());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
