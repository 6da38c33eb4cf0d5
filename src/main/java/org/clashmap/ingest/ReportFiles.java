package org.clashmap.ingest;

import org.clashmap.text.Encodings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reads a report file as strict UTF-8, refusing with a message that names the file and the problem. */
public final class ReportFiles {
    /** Reports larger than this are refused rather than read into memory (a news report is a few kB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private ReportFiles() {
    }

    public static String read(Path file) throws BadReportException {
        byte[] bytes = bytes(file);
        int start = bomLength(bytes);
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // Decoding puts U+FFFD where the bytes are not UTF-8 (a UTF-16 mark included) and keeps a NUL as U+0000: sound
        // bytes need no second look. Otherwise Encodings says what is wrong (nothing, when the file itself holds U+FFFD).
        if (!Encodings.isSoundUtf8(bytes, start, bytes.length)) {
            String problem = Encodings.problem(bytes, bytes.length, true);
            if (problem != null) throw new BadReportException(file, problem);
        }
        if (text.isEmpty()) throw new BadReportException(file, "is empty");
        if (text.isBlank()) throw new BadReportException(file, "contains only whitespace, no report text");
        return text;
    }

    /**
     * Refuses the file exactly when {@link #read} would, with the same message, without decoding a sound file: a
     * command that checks every file before its first output ({@code extract}) reads each one again to use it, and
     * the check was a seventh of its time.
     */
    public static void check(Path file) throws BadReportException {
        byte[] bytes = bytes(file);
        int start = bomLength(bytes);
        if (Encodings.isSoundUtf8(bytes, start, bytes.length) && hasVisibleAscii(bytes, start)) return;
        read(file); // empty, blank, not UTF-8 or only non-ASCII text: read says what, if anything, is wrong
    }

    /** An ASCII character that is not whitespace, which makes the text neither empty nor blank. */
    private static boolean hasVisibleAscii(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            int c = b[i];
            if (c > ' ' && c < 0x7F) return true;
        }
        return false;
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    private static byte[] bytes(Path file) throws BadReportException {
        // one stat, not three (isDirectory, isRegularFile, size): extract reads each of thousands of files twice
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new BadReportException(file, "no such file"); // as Files.isRegularFile's false: gone, or not ours to look at
        }
        try {
            if (attributes.isDirectory()) throw new BadReportException(file, "is a folder, not a report file");
            if (!attributes.isRegularFile()) throw new BadReportException(file, "no such file");
            long size = attributes.size();
            if (size > MAX_BYTES) throw new BadReportException(file, "is " + size / (1024 * 1024) + " MB; reports over " + MAX_BYTES / (1024 * 1024) + " MB are refused (is it really one report?)");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadReportException(file, "cannot be read: " + e.getMessage());
        }
    }
}
