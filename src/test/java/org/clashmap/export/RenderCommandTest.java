package org.clashmap.export;

import org.clashmap.cli.CommandLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = CommandLines.all();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAPngOfTheRequestedSize() throws IOException {
        Path out = tmp.resolve("map.png");
        assertEquals(0, run("render", "--db", ExportFixtures.database().toString(), "--out", out.toString(),
                "--width", "800", "--height", "600", "--lang", "en", "--from", "2018-04-01", "--to", "2018-04-30"), err.toString());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        assertEquals(List.of("map.png"), files(), "no temporary file left behind");
    }

    /** A map image is readable by whoever may read the exports beside it (issue 24 saw PNGs written 0600). */
    @Test
    void theImageGetsTheSamePermissionsAsAnExport() throws IOException {
        Path png = tmp.resolve("map.png"), csv = tmp.resolve("events.csv");
        String db = ExportFixtures.database().toString();
        assertEquals(0, run("render", "--db", db, "--out", png.toString(), "--width", "640", "--height", "400"), err.toString());
        assertEquals(0, run("export", "--db", db, "--format", "csv", "--out", csv.toString()), err.toString());
        assertEquals(Files.getPosixFilePermissions(csv), Files.getPosixFilePermissions(png));
    }

    @Test
    void framesWriteANumberedSequenceOverTheWindow() throws IOException {
        Path out = tmp.resolve("anim.png");
        assertEquals(0, run("render", "--db", ExportFixtures.database().toString(), "--out", out.toString(),
                "--width", "640", "--height", "400", "--from", "2016-03-01", "--to", "2018-04-30", "--frames", "3"), err.toString());
        assertEquals(List.of("anim-0001.png", "anim-0002.png", "anim-0003.png"), files());
        byte[] a = Files.readAllBytes(tmp.resolve("anim-0001.png")), c = Files.readAllBytes(tmp.resolve("anim-0003.png"));
        assertFalse(java.util.Arrays.equals(a, c), "frames show different windows");
    }

    @Test
    void windowsCoverTheRangeWithoutGapsOrOverlap() {
        var w = org.clashmap.cli.RenderCommandAccess.windows(java.time.LocalDate.of(2018, 4, 1), java.time.LocalDate.of(2018, 4, 30), 3);
        assertEquals(3, w.size());
        assertEquals(java.time.LocalDate.of(2018, 4, 1), w.get(0)[0]);
        assertEquals(java.time.LocalDate.of(2018, 4, 10), w.get(0)[1]);
        assertEquals(java.time.LocalDate.of(2018, 4, 11), w.get(1)[0]);
        assertEquals(java.time.LocalDate.of(2018, 4, 30), w.get(2)[1]);
    }

    @Test
    void badArgumentsGiveOneLineErrorsAndNoFile() throws IOException {
        String db = ExportFixtures.database().toString();
        Path out = tmp.resolve("x.png");
        assertNotEquals(0, run("render", "--db", db, "--out", out.toString(), "--width", "9000", "--height", "1000"));
        assertTrue(err.toString().contains("8000"), err.toString());
        assertNotEquals(0, run("render", "--db", db, "--out", out.toString(), "--bbox", "42,37,35,32"));
        assertTrue(err.toString().contains("bbox"), err.toString());
        assertNotEquals(0, run("render", "--db", db, "--out", tmp.resolve("missing/dir/x.png").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertNotEquals(0, run("render", "--db", db, "--out", out.toString(), "--lang", "fr"));
        assertEquals(List.of(), files());
        for (String line : err.toString().split("\n")) assertTrue(line.startsWith("clashmap: "), "one-line errors: " + line);
    }

    @Test
    void aFailingWriteLeavesNoPartialFileAndKeepsTheOldOne() throws IOException {
        Path target = tmp.resolve("map.png");
        Files.write(target, new byte[]{1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> SafeWrite.write(target, (OutputStream o) -> {
            o.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(new byte[]{1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("map.png"), files());

        Path fresh = tmp.resolve("new.png");
        assertThrows(IOException.class, () -> SafeWrite.write(fresh, o -> {
            o.write(42);
            throw new IOException("encoder failed");
        }));
        assertFalse(Files.exists(fresh));
        assertEquals(List.of("map.png"), files());
    }
}
