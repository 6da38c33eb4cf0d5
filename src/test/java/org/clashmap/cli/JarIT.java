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
        return runWith(null, args);
    }

    /** As above with the environment variable {@link ShortRunJvm#MARK} set to {@code jvm} (null: unset, as a user runs it). */
    static Run runWith(String jvm, String... args) throws IOException, InterruptedException {
        return runWith(jvm, null, args);
    }

    /** As above with {@code XDG_CACHE_HOME} set to {@code cache} (null: the user's). */
    static Run runWith(String jvm, Path cache, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt"), err = Files.createTempFile("err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove(ShortRunJvm.MARK);
        if (jvm != null) pb.environment().put(ShortRunJvm.MARK, jvm);
        if (cache != null) pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish: " + cmd);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aRenderInTheShortRunJvmWritesTheSameImageAndFailsTheSameWay(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path db = dir.resolve("g.db");
        assertEquals(0, run("generate", "--db", db.toString(), "--events", "300").exit());
        Run tuned = run("render", "--db", db.toString(), "--out", dir.resolve("tuned.png").toString(), "--width", "800", "--height", "600");
        Run asIs = runWith("as-is", "render", "--db", db.toString(), "--out", dir.resolve("as-is.png").toString(), "--width", "800", "--height", "600");
        assertEquals(0, tuned.exit(), tuned.err());
        assertEquals(0, asIs.exit(), asIs.err());
        assertTrue(tuned.out().contains("300 incidents"), tuned.out());
        assertEquals(-1L, Files.mismatch(dir.resolve("tuned.png"), dir.resolve("as-is.png")), "the same image from either JVM");
        Run missing = run("render", "--db", dir.resolve("none.db").toString(), "--out", dir.resolve("x.png").toString());
        Run missingAsIs = runWith("as-is", "render", "--db", dir.resolve("none.db").toString(), "--out", dir.resolve("x.png").toString());
        assertNotEquals(0, missing.exit());
        assertEquals(missingAsIs.exit(), missing.exit(), "the tuned JVM's exit code is the command's");
        assertEquals(missingAsIs.err(), missing.err());
        assertTrue(missing.err().contains("no database at"), missing.err());
    }

    @Test
    void aFirstImportDumpsItsClassArchiveAndTheNextUsesItWithTheSameResult(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = Path.of("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv").toAbsolutePath();
        Path cache = dir.resolve("cache");
        Run first = runWith(null, cache, "import", "--format", "ucdp", "--db", dir.resolve("a.db").toString(), csv.toString());
        assertEquals(0, first.exit(), first.err());
        List<Path> archives;
        try (var files = Files.list(cache.resolve("clashmap/cds"))) {
            archives = files.toList();
        }
        assertEquals(1, archives.size(), "one archive and no class list or part-written file: " + archives);
        assertTrue(archives.get(0).toString().endsWith("-import-ucdp.jsa"), archives.toString());
        Run second = runWith(null, cache, "import", "--format", "ucdp", "--db", dir.resolve("b.db").toString(), csv.toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals(first.out().replaceAll("\\(.*s\\)", ""), second.out().replaceAll("\\(.*s\\)", ""), "the same summary but for the time taken");
        assertEquals(first.err(), second.err());
    }

    @Test
    void theScriptStartsTheTunedJvmForAnExtractAndThatJvmHandsALargeInputToTheDefaultJit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        String seed = org.clashmap.testing.Seeds.files().get(0).toAbsolutePath().toString();
        Run jar = runWith(null, cache, "extract", "--published=2016-05-12", seed);
        assertEquals(0, jar.exit(), jar.err());
        Path line = LaunchLine.file(cache.resolve("clashmap/" + LaunchLine.FOLDER), JAR.toRealPath(), new String[]{"extract"});
        assertTrue(Files.isRegularFile(line), "the first JVM kept the options once it had made the archive: " + line);
        Run tuned = script(cache, "extract", "--published=2016-05-12", seed);
        assertEquals(0, tuned.exit(), tuned.err());
        assertTrue(tuned.err().contains("@" + line), "the tuned JVM started by the script\n" + tuned.err());
        assertEquals(jar.out(), tuned.out());
        assertEquals(1, jvms(tuned.err()), "one JVM\n" + tuned.err());

        // 128 MB named (a sparse file, refused unread as too large a report): the tuned JVM gives the run to a JVM with
        // the default JIT, which fails it as the jar's own JVM does
        Path big = dir.resolve("big.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(QuickCompile.MAX_INPUT_BYTES);
        }
        Run bigJar = runWith(null, cache, "extract", seed, big.toString());
        Run bigScript = script(cache, "extract", seed, big.toString());
        assertTrue(bigScript.err().contains("@" + line), "the tuned JVM started by the script\n" + bigScript.err());
        assertEquals(2, jvms(bigScript.err()), "the tuned JVM and the one it started\n" + bigScript.err());
        assertEquals(bigJar.exit(), bigScript.exit());
        assertTrue(bigJar.err().contains("reports over 64 MB are refused") && bigScript.err().endsWith(bigJar.err()),
                bigScript.err() + "\n---\n" + bigJar.err());
    }

    /** How many JVMs a run started: each says it picked up {@code JAVA_TOOL_OPTIONS}, which {@link #scriptIn} sets. */
    private static int jvms(String err) {
        return err.split("Picked up JAVA_TOOL_OPTIONS", -1).length - 1;
    }

    /** The clashmap script the build puts beside the jar, run by sh -x (its trace shows which JVM it started). */
    private static Run script(Path cache, String... args) throws IOException, InterruptedException {
        return scriptIn(null, cache, args);
    }

    /** {@link #script} run from the folder {@code workDir} (null: this one). */
    private static Run scriptIn(Path workDir, Path cache, String... args) throws IOException, InterruptedException {
        String name = JAR.getFileName().toString();
        List<String> cmd = new ArrayList<>(List.of("sh", "-x", JAR.resolveSibling(name.substring(0, name.length() - 4)).toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt"), err = Files.createTempFile("err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (workDir != null) pb.directory(workDir.toFile());
        pb.environment().remove(ShortRunJvm.MARK);
        pb.environment().remove(ClassArchive.SWITCH);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // every JVM the run starts says so on stderr, after the script's trace: how many ran
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dclashmap.jarIt=true");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "script did not finish: " + cmd);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theScriptStartsTheTunedJvmItselfOnceTheArchiveIsMadeWithTheSameResult(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = Path.of("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv").toAbsolutePath();
        Path cache = dir.resolve("cache");
        Run first = script(cache, "import", "--format", "ucdp", "--db", dir.resolve("a.db").toString(), csv.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("-jar"), "no options kept yet: through the jar\n" + first.err());
        Path line = LaunchLine.file(cache.resolve("clashmap/" + LaunchLine.FOLDER), JAR.toRealPath(), new String[]{"import", "--format", "ucdp"});
        assertTrue(Files.isRegularFile(line), "the first JVM kept the options once it had made the archive: " + line);
        assertTrue(Files.readString(line).contains("-XX:SharedArchiveFile=" + cache.resolve("clashmap/cds")), Files.readString(line));

        Run second = script(cache, "import", "--format", "ucdp", "--db", dir.resolve("b.db").toString(), csv.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("@" + line) && second.err().contains("org.clashmap.cli.Main"), "the tuned JVM started by the script\n" + second.err());
        assertEquals(first.out().replaceAll("\\(.*s\\)", ""), second.out().replaceAll("\\(.*s\\)", ""), "the same summary but for the time taken");

        // from another folder: the script goes back to it before starting Java, so relative paths stay the user's
        Run elsewhere = scriptIn(dir, cache, "import", "--format", "ucdp", "--db", "e.db", csv.toString());
        assertEquals(0, elsewhere.exit(), elsewhere.err());
        assertTrue(elsewhere.err().contains("@" + line), "the tuned JVM\n" + elsewhere.err());
        assertTrue(Files.isRegularFile(dir.resolve("e.db")), "the database is made in the folder the script was run from");
        // a command name the cache would spell otherwise (capitals) goes through the jar, with the same result
        Run capitals = script(cache, "import", "--format", "UCDP", "--db", dir.resolve("f.db").toString(), csv.toString());
        assertEquals(0, capitals.exit(), capitals.err());
        assertTrue(capitals.err().contains("-jar"), "through the jar\n" + capitals.err());
        assertEquals(first.out().replaceAll("\\(.*s\\)", ""), capitals.out().replaceAll("\\(.*s\\)", ""));

        // options of another build (an archive that is not there): the run is right all the same, and the file is mended
        String kept = Files.readString(line);
        Files.writeString(line, "\"-Xlog:cds*=off\"\n\"-XX:SharedArchiveFile=" + dir.resolve("gone.jsa") + "\"\n");
        Run stale = script(cache, "import", "--format", "ucdp", "--db", dir.resolve("c.db").toString(), csv.toString());
        assertEquals(0, stale.exit(), stale.err());
        assertEquals(first.out().replaceAll("\\(.*s\\)", ""), stale.out().replaceAll("\\(.*s\\)", ""));
        assertEquals(kept, Files.readString(line), "the tuned JVM wrote its own options back");

        // a failing command fails the same way and with the same code through the script
        Run missing = script(cache, "import", "--format", "ucdp", "--db", dir.resolve("d.db").toString(), dir.resolve("none.csv").toString());
        Run missingJar = runWith(null, cache, "import", "--format", "ucdp", "--db", dir.resolve("d.db").toString(), dir.resolve("none.csv").toString());
        assertEquals(missingJar.exit(), missing.exit());
        assertTrue(missing.err().endsWith(missingJar.err()), missing.err() + "\n---\n" + missingJar.err());
    }

    @Test
    void anExtractOfALongCommandLineRunsInTheShortRunJvmAndPrintsTheSameBytes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // more than the 4 KB of command line the JDK reports on Linux: the relaunch reads /proc/self/cmdline
        List<String> args = new ArrayList<>(List.of("extract", "--published", "2018-04-25"));
        List<Path> seeds = org.clashmap.testing.Seeds.files();
        for (int i = 0; i < 60; i++) {
            Path f = dir.resolve(String.format("a-report-with-a-long-name-so-that-the-command-line-passes-four-kilobytes-%03d.txt", i));
            Files.copy(seeds.get(i % seeds.size()), f);
            args.add(f.toString());
        }
        assertTrue(String.join(" ", args).length() > 4096);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("tuned.json").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove(ShortRunJvm.MARK);
        Process p = pb.start();
        boolean child = false;
        while (p.isAlive() && !child) {
            child = p.descendants().findAny().isPresent();
            Thread.sleep(5);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        assertTrue(child, "the extract ran in a second JVM");
        Run asIs = runWith("as-is", args.toArray(String[]::new));
        assertEquals(0, asIs.exit(), asIs.err());
        assertEquals(asIs.out(), Files.readString(dir.resolve("tuned.json"), StandardCharsets.UTF_8), "the same GeoJSON from either JVM");
    }

    @Test
    void anIngestWhoseFirstJvmIsKilledStopsToo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        List<Path> seeds = org.clashmap.testing.Seeds.files();
        for (int i = 0; i < 2000; i++) { // distinct texts, none skipped as already stored: many seconds of work
            String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8) + "\nنسخة رقم " + i + "\n";
            Files.writeString(reports.resolve(String.format("r%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "ingest", "--db", dir.resolve("r.db").toString(), reports.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        pb.environment().remove(ShortRunJvm.MARK);
        Process p = pb.start();
        ProcessHandle child = null;
        while (p.isAlive() && child == null) {
            child = p.descendants().findAny().orElse(null);
            Thread.sleep(5);
        }
        assertNotNull(child, "the ingest ran in a second JVM");
        p.destroyForcibly(); // SIGKILL: the first JVM runs no shutdown hook
        p.waitFor();
        // the JDK polls a process that is not its child every 0.3 s at first; the ingest alone would take many seconds more
        try {
            child.onExit().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            child.destroyForcibly();
            fail("the second JVM went on orphaned after its first JVM was killed");
        }
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

    @Test
    void benchExportTimesWholeExportsAndSaysThePeer() throws Exception {
        Run r = run("bench", "export", "--events", "100", "--formats", "csv", "--rounds", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("export --format csv"), r.out());
        assertFalse(r.out().contains("failed"), "the export ran to its end: " + r.out());
        // the peer's figure and the ratio when GDAL is installed, else a line saying there is none
        assertTrue(r.out().contains("ratio") || r.out().contains("ogr2ogr: not installed"), r.out());
    }

    @Test
    void benchImportOutsideTheProjectNamesWhereItLookedOrTakesTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run missing = run("bench", "import", "--ucdp", dir.resolve("none.csv").toString(), "--rounds", "1");
        assertNotEquals(0, missing.exit());
        assertTrue(missing.err().contains("none.csv") && missing.err().contains("--ucdp"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no stack trace: " + missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }
}
