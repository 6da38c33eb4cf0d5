package org.clashmap.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which command lines {@link ShortRunJvm} runs in a tuned JVM, and how it builds that JVM's command line. */
class ShortRunJvmTest {
    private static final Path JAR = Path.of("/opt/clashmap/clashmap.jar");
    private static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/java-17/bin/java");

    private static List<String> command(String[] jvmArgs, String... args) {
        return ShortRunJvm.command(args, JAVA, Optional.of(jvmArgs), JAR, ShortRunJvm.FLAGS);
    }

    @Test
    void aRenderGetsTheFlagsFirstAndKeepsTheUsersHeapAndArguments() {
        List<String> c = command(new String[]{"-Xmx1g", "-jar", JAR.toString(), "render", "--db", "a.db", "--out", "m.png"},
                "render", "--db", "a.db", "--out", "m.png");
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g", "-jar", JAR.toString(),
                "render", "--db", "a.db", "--out", "m.png"), c);
    }

    @Test
    void hugePagesAreAskedForOnlyWhenTheKernelGivesThemOnRequest() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages"),
                ShortRunJvm.flags("always [madvise] never\n"));
        assertEquals(ShortRunJvm.FLAGS, ShortRunJvm.flags("[always] madvise never\n"), "the kernel gives them anyway");
        assertEquals(ShortRunJvm.FLAGS, ShortRunJvm.flags("always madvise [never]\n"), "the JVM would warn");
        assertEquals(ShortRunJvm.FLAGS, ShortRunJvm.flags(null), "no such setting");
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages",
                        "-Xmx1g", "-jar", JAR.toString(), "render"),
                ShortRunJvm.command(new String[]{"render"}, JAVA, Optional.of(new String[]{"-Xmx1g", "-jar", JAR.toString(), "render"}), JAR,
                        ShortRunJvm.flags("always [madvise] never")));
    }

    @Test
    void exportAndImportAreShortRunsToo() {
        assertEquals("export", command(new String[]{"-jar", JAR.toString(), "export"}, "export").get(5));
        assertEquals("import", command(new String[]{"-jar", JAR.toString(), "import"}, "import").get(5));
    }

    @Test
    void theWindowLongRunsHelpAndUserTunedJvmsStayInTheFirstJvm() {
        assertNull(command(new String[]{"-jar", JAR.toString()}), "no arguments: the window");
        assertNull(command(new String[]{"-jar", JAR.toString(), "ingest", "dir"}, "ingest", "dir"));
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
