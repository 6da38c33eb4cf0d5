package org.clashmap.export;

import org.clashmap.store.EventFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** A failed export leaves the previous file byte-identical and no temporary file behind. */
class SafeWriteTest {
    @TempDir
    Path dbDir;
    @TempDir
    Path outDir;
    ExportFixture fx;

    @BeforeEach
    void fill() {
        fx = ExportFixture.build(dbDir);
    }

    @AfterEach
    void close() {
        fx.db.close();
    }

    private List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void failureMidWriteKeepsTheOldFileAndLeavesNoTemp(ExportFormat format) throws Exception {
        Path out = outDir.resolve("events" + format.extension);
        byte[] old = ("previous export, must survive: تدمر\n").getBytes(StandardCharsets.UTF_8);
        Files.write(out, old);

        EventExporter exporter = new EventExporter(fx.store);
        exporter.failAfterFeatures = 3;
        IOException e = assertThrows(IOException.class, () -> exporter.export(EventFilter.ALL, format, out));
        assertTrue(e.getMessage().contains("after 3 features"), e.getMessage());

        assertArrayEquals(old, Files.readAllBytes(out), "old file untouched");
        assertEquals(List.of(out), filesIn(outDir), "no temporary or side files left");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void successReplacesTheOldFileAndLeavesNoTemp(ExportFormat format) throws Exception {
        Path out = outDir.resolve("events" + format.extension);
        Files.writeString(out, "old");
        new EventExporter(fx.store).export(EventFilter.ALL, format, out);
        assertNotEquals("old", new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        assertTrue(Files.size(out) > 100);
        assertEquals(List.of(out), filesIn(outDir));
    }

    @Test
    void missingFolderFailsBeforeWritingAnything() {
        Path out = outDir.resolve("no/such/dir/events.csv");
        assertThrows(NoSuchFileException.class, () -> new EventExporter(fx.store).export(EventFilter.ALL, ExportFormat.CSV, out));
        assertFalse(Files.exists(outDir.resolve("no")));
    }

    @Test
    void writerHelperCleansUpAfterAThrowingBody() throws Exception {
        Path out = outDir.resolve("image.png");
        Files.writeString(out, "old image");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(out, o -> {
            o.write(new byte[4096]);
            throw new IOException("renderer failed");
        }));
        assertEquals("old image", Files.readString(out));
        assertEquals(List.of(out), filesIn(outDir));

        AtomicFileWriter.write(out, o -> o.write("new image".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new image", Files.readString(out));
        assertEquals(List.of(out), filesIn(outDir));
    }

    @Test
    void aRuntimeFailureIsCleanedUpToo() throws Exception {
        Path out = outDir.resolve("x.geojson");
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.writeVia(out, "", temp -> {
            Files.writeString(temp, "partial");
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), filesIn(outDir));
    }
}
