package org.clashmap.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PlainCsvRows} gives what {@link CsvRows} (commons-csv) gives for the same file: the same records with the
 * same fields and line numbers, the same column-count problems, the same refusal with the same message — on
 * random files built from the characters that matter to CSV (quotes, commas, CR, LF, spaces, multi-byte letters,
 * bytes that are not UTF-8), and on the UCDP file itself, which it reads without handing over.
 */
class PlainCsvRowsTest {
    private static final List<String> REQUIRED = List.of("x", "y");
    @TempDir
    Path dir;

    @Test
    void randomFilesReadAsCommonsCsvReadsThem() throws IOException {
        Random random = new Random(20261203);
        String[] pieces = {"a", "b", "12", ",", ",", ",", "\"", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "é", "ش", "😀", "x", "y"};
        int plainToTheEnd = 0;
        for (int n = 0; n < 3000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int kind = random.nextInt(10);
            if (kind == 0) out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.writeBytes((kind == 1 ? "x,x,y\n" : kind == 2 ? "x, y,z\n" : kind == 3 ? "" : "x,y,\"z \"\"q\"\"\"\r\n").getBytes(StandardCharsets.UTF_8));
            int length = random.nextInt(60);
            boolean wellFormed = n % 2 == 0; // fields plain or quoted, records whole: the shape read without commons-csv
            for (int i = 0; i < length; i++) {
                if (wellFormed) out.writeBytes(field(random, pieces).getBytes(StandardCharsets.UTF_8));
                else if (random.nextInt(80) == 0) out.write(random.nextBoolean() ? 0xFF : 0xC3); // not UTF-8
                else out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                if (random.nextInt(4) == 0) out.writeBytes((wellFormed && random.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
                else if (wellFormed) out.write(',');
            }
            Path file = Files.write(dir.resolve("f" + n + ".csv"), out.toByteArray());
            Reading plain = readPlain(file), commons = readCommons(file);
            assertEquals(commons.lines, plain.lines, () -> "file: " + java.util.HexFormat.of().formatHex(out.toByteArray()));
            if (!plain.handedOver) plainToTheEnd++;
        }
        assertTrue(plainToTheEnd > 300, "the plain reader read some files to the end itself: " + plainToTheEnd);
    }

    @Test
    void aByteThatIsNotUtf8FarIntoALargeFileStopsAtTheSameRecord() throws IOException {
        StringBuilder rows = new StringBuilder("x,y,z\n");
        for (int i = 0; rows.length() < 3_000_000; i++) rows.append(i).append(",\"شارع ").append(i).append(", \"\"حلب\"\"\",é\n");
        byte[] good = rows.toString().getBytes(StandardCharsets.UTF_8);
        for (int at : new int[]{100_000, 1_500_000, 2_100_000, 2_999_000}) {
            byte[] bad = good.clone();
            bad[at] = (byte) 0xFF;
            Path file = Files.write(dir.resolve("bad" + at + ".csv"), bad);
            Reading plain = readPlain(file), commons = readCommons(file);
            assertEquals(commons.lines.size(), plain.lines.size(), "records before the bad byte at " + at);
            assertEquals(commons.lines, plain.lines);
            assertTrue(plain.lines.get(plain.lines.size() - 1).contains("not valid UTF-8"), plain.lines.get(plain.lines.size() - 1));
        }
        Path file = Files.write(dir.resolve("good.csv"), good);
        Reading plain = readPlain(file);
        assertEquals(readCommons(file).lines, plain.lines);
        assertFalse(plain.handedOver, "a sound file is read to its end without commons-csv");
    }

    @Test
    void aFailedReadIsLeftToCommonsCsvReadingTheFileAgain() throws IOException {
        StringBuilder rows = new StringBuilder("x,y,z\n");
        for (int i = 0; i < 2000; i++) rows.append(i).append(",\"a, b\",c\n");
        Path file = Files.writeString(dir.resolve("fails.csv"), rows);
        java.io.InputStream failing = new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("Input/output error");
            }
        };
        List<String> lines = new ArrayList<>();
        try (PlainCsvRows plain = new PlainCsvRows(file, failing, REQUIRED)) {
            read(plain, lines);
            assertTrue(plain.handedOver());
        }
        assertEquals(readCommons(file).lines, lines, "commons-csv read the file again, from its start");
    }

    @Test
    void theUcdpFileIsReadWithoutHandingOver() throws IOException {
        Path ucdp = Path.of("..", "shared", "data", "events", "ucdp_ged191_syria.csv");
        if (!Files.isRegularFile(ucdp)) return; // the shared data lies beside the project only on the project's machines
        Reading plain = readPlain(ucdp, UcdpReader.REQUIRED);
        assertFalse(plain.handedOver);
        assertEquals(readCommons(ucdp, UcdpReader.REQUIRED).lines, plain.lines);
        assertEquals(16_567, plain.lines.size()); // 16,566 records and the end
    }

    /** A field: plain (no quote, CR or LF) or quoted, holding anything, quotes doubled. */
    private static String field(Random random, String[] pieces) {
        StringBuilder b = new StringBuilder();
        boolean quoted = random.nextBoolean();
        for (int k = random.nextInt(4); k > 0; k--) {
            String p = pieces[random.nextInt(pieces.length)];
            if (quoted) b.append(p.replace("\"", "\"\""));
            else if (!p.contains("\"") && !p.contains("\r") && !p.contains("\n") && !p.contains(",")) b.append(p);
        }
        return quoted ? "\"" + b + "\"" : b.toString();
    }

    /** Every record as "line|field|field..." (or "line|problem"), then "end" or the refusal's message. */
    private record Reading(List<String> lines, boolean handedOver) {}

    private static Reading readPlain(Path file) throws IOException {
        return readPlain(file, REQUIRED);
    }

    private static Reading readPlain(Path file, List<String> required) {
        List<String> lines = new ArrayList<>();
        try (PlainCsvRows rows = new PlainCsvRows(file, Files.newInputStream(file), required)) {
            read(rows, lines);
            return new Reading(lines, rows.handedOver());
        } catch (IllegalArgumentException | IOException e) {
            lines.add("refused: " + e);
            return new Reading(lines, true);
        }
    }

    private static Reading readCommons(Path file) throws IOException {
        return readCommons(file, REQUIRED);
    }

    private static Reading readCommons(Path file, List<String> required) {
        List<String> lines = new ArrayList<>();
        try (CsvRows rows = new CsvRows(Files.newBufferedReader(file, StandardCharsets.UTF_8), required)) {
            read(rows, lines);
        } catch (IllegalArgumentException | IOException e) {
            lines.add("refused: " + e);
        }
        return new Reading(lines, true);
    }

    private static void read(CsvRecords rows, List<String> lines) throws IOException {
        for (CsvRows.Next n = rows.next(); n != null; n = rows.next()) {
            StringBuilder b = new StringBuilder().append(n.line());
            if (n.problem() != null) b.append('|').append(n.problem());
            else for (int i = 0; i < n.row().rec.size(); i++) b.append('|').append(n.row().rec.get(i));
            lines.add(b.toString());
        }
        lines.add("end");
    }
}
