package org.clashmap.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
            if (!Files.isRegularFile(file)) throw new BadReportException(file, "no such file");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new BadReportException(file, "is " + size / (1024 * 1024) + " MB; reports over " + MAX_BYTES / (1024 * 1024) + " MB are refused");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadReportException(file, "cannot be read: " + e.getMessage());
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new BadReportException(file, "is UTF-16; save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new BadReportException(file, "is not valid UTF-8 (if it is Arabic in windows-1256, convert it with: iconv -f CP1256 -t UTF-8)");
        }
        if (text.indexOf('\0') >= 0) throw new BadReportException(file, "looks binary (it contains NUL bytes), not a text report");
        if (text.isBlank()) throw new BadReportException(file, "is empty");
        return text;
    }
}
