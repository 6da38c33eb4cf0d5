package org.clashmap.cli;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which command lines {@link ShortRunJvm} runs in a tuned JVM, and how it builds that JVM's command line. */
class ShortRunJvmTest {
    private static final Path JAR = Path.of("/opt/clashmap/clashmap.jar");
    private static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/java-17/bin/java");
    /** The jar is passed as the class path with the main class named (the launcher then does not read its manifest). */
    private static final String MAIN = "org.clashmap.cli.Main";

    private static List<String> command(String[] jvmArgs, String... args) {
        return ShortRunJvm.command(args, JAVA, Optional.of(jvmArgs), JAR, ShortRunJvm.FLAGS);
    }

    @Test
    void aRenderGetsTheFlagsFirstAndKeepsTheUsersHeapAndArguments() {
        List<String> c = command(new String[]{"-Xmx1g", "-jar", JAR.toString(), "render", "--db", "a.db", "--out", "m.png"},
                "render", "--db", "a.db", "--out", "m.png");
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g", "-cp", JAR.toString(),
                MAIN, "render", "--db", "a.db", "--out", "m.png"), c);
    }

    @Test
    void hugePagesAreAskedForOnlyWhenTheKernelGivesThemOnRequest() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages"),
                ShortRunJvm.flags("always [madvise] never\n"));
        assertEquals(ShortRunJvm.FLAGS, ShortRunJvm.flags("[always] madvise never\n"), "the kernel gives them anyway");
        assertEquals(ShortRunJvm.FLAGS, ShortRunJvm.flags("always madvise [never]\n"), "the JVM would warn");
        assertEquals(ShortRunJvm.FLAGS, ShortRunJvm.flags(null), "no such setting");
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages",
                        "-Xmx1g", "-cp", JAR.toString(), MAIN, "render"),
                ShortRunJvm.command(new String[]{"render"}, JAVA, Optional.of(new String[]{"-Xmx1g", "-jar", JAR.toString(), "render"}), JAR,
                        ShortRunJvm.flags("always [madvise] never")));
    }

    @Test
    void exportAndImportAreShortRunsToo() {
        assertEquals("export", command(new String[]{"-jar", JAR.toString(), "export"}, "export").get(6));
        assertEquals("import", command(new String[]{"-jar", JAR.toString(), "import"}, "import").get(7));
    }

    @Test
    void anImportStartsWithASmallHeapUnlessTheUserSizedIt() {
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-cp", JAR.toString(),
                MAIN, "import", "f.csv"), command(new String[]{"-jar", JAR.toString(), "import", "f.csv"}, "import", "f.csv"));
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m", "-cp", JAR.toString(),
                MAIN, "import", "f.csv"), command(new String[]{"-Xmx32m", "-jar", JAR.toString(), "import", "f.csv"}, "import", "f.csv"),
                "-Xms64m beside a 32 MB maximum would stop the JVM");
        assertEquals(-1, command(new String[]{"-jar", JAR.toString(), "export"}, "export").indexOf("-Xms64m"));
    }

    @Test
    void extractAndIngestAreShortRunsWhenTheirInputIsSmall() {
        assertEquals("extract", command(new String[]{"-jar", JAR.toString(), "extract", "a.txt"}, "extract", "a.txt").get(6));
        assertEquals("ingest", command(new String[]{"-jar", JAR.toString(), "ingest", "dir"}, "ingest", "dir").get(6));
    }

    @Test
    void theInputOfAnIngestIsItsFilesAndFoldersNotItsDatabase(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path a = Files.writeString(reports.resolve("a.txt"), "قصف");
        Path b = Files.writeString(Files.createDirectories(reports.resolve("sub")).resolve("b.txt"), "اشتباك");
        Path single = Files.writeString(dir.resolve("c.txt"), "غارة");
        Path db = Files.writeString(dir.resolve("store.db"), "not an input");
        List<Path> in = ShortRunJvm.inputs(new String[]{"ingest", "--db", db.toString(), reports.toString(), single.toString(), "--debug",
                dir.resolve("missing.txt").toString()});
        assertEquals(Set.of(a, b, single), Set.copyOf(in));
        assertTrue(QuickCompile.small(in));
    }

    @Test
    void inputsPastTheQuickTiersLimitStopTheWalk(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        for (int i = 0; i < 3; i++) {
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(reports.resolve("big" + i + ".txt").toFile(), "rw")) {
                f.setLength(QuickCompile.MAX_INPUT_BYTES / 2 + 1); // sparse: no disk used
            }
        }
        List<Path> in = ShortRunJvm.inputs(new String[]{"extract", reports.toString()});
        assertEquals(2, in.size(), "the walk stops once the limit is passed");
        assertFalse(QuickCompile.small(in));
    }

    @Test
    void theWindowLongRunsHelpAndUserTunedJvmsStayInTheFirstJvm() {
        assertNull(command(new String[]{"-jar", JAR.toString()}), "no arguments: the window");
        assertNull(command(new String[]{"-jar", JAR.toString(), "watch", "dir"}, "watch", "dir"));
        assertNull(command(new String[]{"-jar", JAR.toString(), "bench", "render"}, "bench", "render"));
        assertNull(command(new String[]{"-jar", JAR.toString(), "render", "--help"}, "render", "--help"));
        assertNull(command(new String[]{"-XX:+UseG1GC", "-jar", JAR.toString(), "render"}, "render"), "the user chose the JVM's flags");
    }

    @Test
    void notFromThisJarOrWithoutAKnownCommandLineNothingIsRelaunched() {
        assertNull(command(new String[]{"-jar", "/elsewhere/other.jar", "render"}, "render"));
        assertNull(command(new String[]{"-cp", "classes", "org.clashmap.cli.Main", "render"}, "render"));
        assertNull(ShortRunJvm.command(new String[]{"render"}, JAVA, Optional.of(new String[]{"-jar", JAR.toString(), "render"}), null, ShortRunJvm.FLAGS));
        assertNull(ShortRunJvm.command(new String[]{"render"}, Optional.empty(), Optional.of(new String[]{"-jar", JAR.toString(), "render"}), JAR, ShortRunJvm.FLAGS));
    }
}
