package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Which class archive a short run uses or writes, and how a written one goes into place. */
class ClassArchiveTest {
    private static final List<String> FLAGS = ShortRunJvm.FLAGS;

    @TempDir
    Path dir;

    private Path jar() throws Exception {
        Path jar = dir.resolve("clashmap.jar");
        if (!Files.exists(jar)) Files.writeString(jar, "a jar");
        return jar;
    }

    private ClassArchive archive(String... args) throws Exception {
        return ClassArchive.of(dir.resolve("cds"), jar(), "/usr/lib/jvm/java-17", "17.0.15+6", FLAGS, args);
    }

    @Test
    void anArchiveIsNamedByCommandAndFormat() {
        assertEquals("export-gpkg", ClassArchive.name(new String[]{"export", "--db", "a.db", "--format", "gpkg", "--out", "x.gpkg"}));
        assertEquals("export-csv", ClassArchive.name(new String[]{"export", "--format=CSV"}));
        assertEquals("import-ucdp", ClassArchive.name(new String[]{"import", "--format", "ucdp", "f.csv"}));
        assertEquals("render", ClassArchive.name(new String[]{"render", "--out", "m.png"}));
        assertEquals("export-___etc", ClassArchive.name(new String[]{"export", "--format", "../etc"}), "no path out of the cache folder");
    }

    /** The file an option names after {@code prefix}. */
    private static Path named(List<String> options, String prefix) {
        String o = options.stream().filter(s -> s.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " not in " + options));
        return Path.of(o.substring(prefix.length()));
    }

    /** Stands for the JVM's dump: writes the archive file its command names, as -Xshare:dump does. */
    private static boolean fakeDump(List<String> command) {
        try {
            Files.writeString(named(command, "-XX:SharedArchiveFile="), "archive bytes");
            return true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFirstRunListsItsClassesAndTheArchiveIsDumpedFromTheListAfterIt() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive a = archive("export", "--format", "csv");
        List<String> first = a.options();
        assertEquals(ClassArchive.QUIET, first.get(0));
        Path list = named(first, "-XX:DumpLoadedClassList=");
        assertTrue(list.startsWith(dir.resolve("cds")), first.toString());
        Files.writeString(list, "java/lang/Object id: 0\n"); // what the JVM writes while the command runs
        List<List<String>> dumps = new ArrayList<>();
        a.finish(0, "/opt/clashmap.jar", c -> dumps.add(c) && fakeDump(c));
        assertEquals(1, dumps.size());
        List<String> dump = dumps.get(0);
        assertEquals(Path.of("/usr/lib/jvm/java-17", "bin", "java").toString(), dump.get(0));
        assertEquals(FLAGS, dump.subList(1, 1 + FLAGS.size()), "the archive is made with the flags it is used with");
        assertTrue(dump.containsAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list)), dump.toString());
        assertEquals(List.of("-cp", "/opt/clashmap.jar"), dump.subList(dump.size() - 2, dump.size()), "the class path the short run is given");
        assertFalse(Files.exists(list), "the list is gone once dumped");
        assertFalse(Files.exists(named(dump, "-XX:SharedArchiveFile=")), "the archive is renamed into place");
        assertTrue(Files.isRegularFile(a.archive()));
        assertEquals(List.of(ClassArchive.QUIET, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:SharedArchiveFile=" + a.archive()),
                archive("export", "--format", "csv").options());
    }

    @Test
    void aFailedRunsListIsDroppedUndumped() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive a = archive("import", "--format", "ucdp");
        Path list = named(a.options(), "-XX:DumpLoadedClassList=");
        Files.writeString(list, "java/lang/Object id: 0\n");
        a.finish(1, "/opt/clashmap.jar", c -> fail("a run that failed may not have loaded what a good run loads"));
        assertFalse(Files.exists(list));
        assertFalse(Files.exists(a.archive()));
    }

    @Test
    void aFailedDumpLeavesNoArchive() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive a = archive("import", "--format", "ucdp");
        Path list = named(a.options(), "-XX:DumpLoadedClassList=");
        Files.writeString(list, "java/lang/Object id: 0\n");
        a.finish(0, "/opt/clashmap.jar", c -> {
            fakeDump(c); // a JVM that wrote part of the file and then failed
            return false;
        });
        assertFalse(Files.exists(a.archive()));
        try (var left = Files.list(dir.resolve("cds"))) {
            assertEquals(List.of(), left.toList(), "no list or part-written archive left behind");
        }
    }

    /** An archive written for the jar as it is now, for {@code args}; the jar is then "rebuilt" (a later time). */
    private ClassArchive writtenThenRebuilt(String... args) throws Exception {
        ClassArchive a = archive(args);
        Files.writeString(named(a.options(), "-XX:DumpLoadedClassList="), "list");
        a.finish(0, "/opt/clashmap.jar", ClassArchiveTest::fakeDump);
        assertTrue(Files.exists(a.archive()));
        Files.setLastModifiedTime(jar(), FileTime.fromMillis(Files.getLastModifiedTime(jar()).toMillis() + 60_000));
        return a;
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndOnlyTheTwoOtherBuildsUsedLastKeepTheirs() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive first = writtenThenRebuilt("render"), second = writtenThenRebuilt("render"), third = writtenThenRebuilt("render");
        assertNotEquals(first.archive(), second.archive());
        // the first build's archive used after the second's and the third's: its key is among the two used last
        Files.setLastModifiedTime(second.archive(), FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(third.archive(), FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(first.archive(), FileTime.fromMillis(3_000_000));
        ClassArchive rebuilt = archive("render");
        List<String> options = rebuilt.options();
        assertTrue(options.get(1).startsWith("-XX:DumpLoadedClassList="), "another build's archive is not used");
        Files.writeString(named(options, "-XX:DumpLoadedClassList="), "list");
        rebuilt.finish(0, "/opt/clashmap.jar", ClassArchiveTest::fakeDump);
        assertTrue(Files.exists(rebuilt.archive()));
        assertTrue(Files.exists(first.archive()), "used last but one");
        assertTrue(Files.exists(third.archive()), "used last but two");
        assertFalse(Files.exists(second.archive()), "the build used longest ago goes");
    }

    @Test
    void usingAnArchiveMarksItAsUsed() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive a = writtenThenRebuilt("export", "--format", "csv");
        Files.setLastModifiedTime(a.archive(), FileTime.fromMillis(1_000_000));
        List<String> options = a.options();
        assertTrue(options.get(options.size() - 1).startsWith("-XX:SharedArchiveFile="));
        assertTrue(Files.getLastModifiedTime(a.archive()).toMillis() > 1_000_000);
    }

    @Test
    void anotherJavaRuntimeGetsItsOwnArchive() throws Exception {
        ClassArchive a = archive("render");
        ClassArchive b = ClassArchive.of(dir.resolve("cds"), jar(), "/usr/lib/jvm/java-21", "21.0.4+7", FLAGS, new String[]{"render"});
        assertNotEquals(a.archive(), b.archive());
    }

    @Test
    void noCacheOrNoJarMeansNoArchive() throws Exception {
        assertNull(ClassArchive.of(null, jar(), "/j", "17", FLAGS, new String[]{"render"}));
        assertNull(ClassArchive.of(dir, dir.resolve("missing.jar"), "/j", "17", FLAGS, new String[]{"render"}));
    }
}
