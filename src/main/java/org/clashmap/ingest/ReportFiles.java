package org.clashmap.ingest;

import org.clashmap.text.Encodings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a report file as strict UTF-8, refusing with a message that names the file and the problem. */
public final class ReportFiles {
    /** Reports larger than this are refused rather than read into memory (a news report is a few kB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private ReportFiles() {
    }

    public static String read(Path file) throws BadReportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new BadReportException(file, "is a folder, not a report file");
            if (!Files.isRegularFile(file)) throw new BadReportException(file, "no such file");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new BadReportException(file, "is " + size / (1024 * 1024) + " MB; reports over " + MAX_BYTES / (1024 * 1024) + " MB are refused (is it really one report?)");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadReportException(file, "cannot be read: " + e.getMessage());
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // Decoding puts U+FFFD where the bytes are not UTF-8 (a UTF-16 mark included) and keeps a NUL as U+0000: text
        // with neither is sound, and is not decoded a second time to check it. Otherwise Encodings says what is wrong
        // (nothing, when the file itself holds U+FFFD).
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf(0) >= 0) {
            String problem = Encodings.problem(bytes, bytes.length, true);
            if (problem != null) throw new BadReportException(file, problem);
        }
        if (text.isEmpty()) throw new BadReportException(file, "is empty");
        if (text.isBlank()) throw new BadReportException(file, "contains only whitespace, no report text");
        return text;
    }
}
