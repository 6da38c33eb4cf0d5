package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file of JVM options the clashmap script starts the tuned JVM with: its name, its text, when it is kept. */
class LaunchLineTest {
    @Test
    void theFileIsNamedByTheJarsPathByteByByteAndByTheCommandAsTheArchiveIs() {
        Path folder = Path.of("/cache/launch");
        assertEquals(folder.resolve("_opt_clash_map_clashmap.jar.import-ucdp.args"),
                LaunchLine.file(folder, Path.of("/opt/clash map/clashmap.jar"), new String[]{"import", "--format", "UCDP", "a.csv"}));
        assertEquals(folder.resolve("_opt_clashmap.jar.export-geojson.args"),
                LaunchLine.file(folder, Path.of("/opt/clashmap.jar"), new String[]{"export", "--format=GeoJSON", "--out", "x"}));
        assertEquals(folder.resolve("_opt_clashmap.jar.render.args"), LaunchLine.file(folder, Path.of("/opt/clashmap.jar"), new String[]{"render"}));
        // a non-ASCII letter is two bytes in UTF-8, so two '_' as tr(1) makes them in the script
        assertEquals(folder.resolve("_home______clashmap.jar.render.args"),
                LaunchLine.file(folder, Path.of("/home/سا/clashmap.jar"), new String[]{"render"}));
        assertNull(LaunchLine.file(folder, Path.of("/" + "a".repeat(300) + "/clashmap.jar"), new String[]{"render"}), "too long a name for a file");
    }

    @Test
    void theTextIsAJavaArgumentFileOneQuotedOptionALine() {
        assertEquals("\"-Xms64m\"\n\"-XX:SharedArchiveFile=/home/a b/x.jsa\"\n\"-XX:SharedArchiveFile=C:\\\\c\\\\q\\\"x.jsa\"\n",
                LaunchLine.text(List.of("-Xms64m", "-XX:SharedArchiveFile=/home/a b/x.jsa", "-XX:SharedArchiveFile=C:\\c\\q\"x.jsa")));
    }

    @Test
    void itIsWrittenOnlyWhileTheArchiveExistsAndMendedWhenItNamesOtherOptions(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("clashmap.jar"), "a jar");
        String[] args = {"import", "--format", "ucdp", "f.csv"};
        ClassArchive archive = ClassArchive.of(dir.resolve("cds"), jar, "/usr/lib/jvm/17", "17.0.1", ShortRunJvm.FLAGS, args);
        Path file = LaunchLine.file(dir, jar, args);
        Files.createDirectories(dir.resolve("cds"));

        LaunchLine.keep(args, file, archive, ShortRunJvm.FLAGS);
        assertFalse(Files.exists(file), "no archive yet: the next run goes through the jar, which makes it");

        Files.writeString(archive.archive(), "an archive");
        LaunchLine.keep(args, file, archive, ShortRunJvm.FLAGS);
        String expected = "\"-XX:TieredStopAtLevel=1\"\n\"-XX:+UseSerialGC\"\n\"-Xms64m\"\n\"" + ClassArchive.QUIET + "\"\n\"-XX:+UnlockDiagnosticVMOptions\"\n\"-XX:ArchiveRelocationMode=0\"\n\"-XX:SharedArchiveFile="
                + archive.archive() + "\"\n";
        assertEquals(expected, Files.readString(file));

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);
        LaunchLine.keep(args, file, archive, ShortRunJvm.FLAGS);
        assertEquals(written, Files.getLastModifiedTime(file), "the same options: not written again");

        Files.writeString(file, "\"-XX:SharedArchiveFile=/an/archive/of/another/build.jsa\"\n");
        LaunchLine.keep(args, file, archive, ShortRunJvm.FLAGS);
        assertEquals(expected, Files.readString(file), "another build's options are replaced by this one's");

        Files.delete(archive.archive());
        LaunchLine.keep(args, file, archive, ShortRunJvm.FLAGS);
        assertFalse(Files.exists(file), "the archive gone: so is the file");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".tmp")), "no part-written file left");
        }
    }
}
