package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

    @Test
    void aMissingArchiveIsWrittenAtExitAndAPresentOneIsUsed() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive a = archive("export", "--format", "csv");
        List<String> first = a.options();
        assertEquals(ClassArchive.QUIET, first.get(0));
        assertTrue(first.get(1).startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("cds")), first.toString());
        Path written = Path.of(first.get(1).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(written, "archive bytes"); // what the JVM writes at its exit
        a.finish(0);
        assertFalse(Files.exists(written));
        assertTrue(Files.isRegularFile(a.archive()));
        assertEquals(List.of(ClassArchive.QUIET, "-XX:SharedArchiveFile=" + a.archive()), archive("export", "--format", "csv").options());
    }

    @Test
    void aFailedRunsArchiveIsDropped() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive a = archive("import", "--format", "ucdp");
        Path written = Path.of(a.options().get(1).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(written, "archive bytes");
        a.finish(1);
        assertFalse(Files.exists(written));
        assertFalse(Files.exists(a.archive()), "a run that failed may not have loaded what a good run loads");
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
        Files.createDirectories(dir.resolve("cds"));
        ClassArchive old = archive("render");
        Files.writeString(Path.of(old.options().get(1).substring("-XX:ArchiveClassesAtExit=".length())), "old");
        old.finish(0);
        Files.setLastModifiedTime(jar(), FileTime.fromMillis(Files.getLastModifiedTime(jar()).toMillis() + 60_000));
        ClassArchive rebuilt = archive("render");
        assertNotEquals(old.archive(), rebuilt.archive());
        assertTrue(rebuilt.options().get(1).startsWith("-XX:ArchiveClassesAtExit="), "the old jar's archive is not used");
        Files.writeString(Path.of(rebuilt.options().get(1).substring("-XX:ArchiveClassesAtExit=".length())), "new");
        rebuilt.finish(0);
        assertFalse(Files.exists(old.archive()));
        assertTrue(Files.exists(rebuilt.archive()));
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
