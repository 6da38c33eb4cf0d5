package org.clashmap.datasets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clashmap.fuzz.Bounds;
import org.clashmap.fuzz.FuzzText;
import org.clashmap.store.ExternalEvent;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The UCDP and ACLED readers on any CSV text: rows are events or malformed lines, and the only
 * exception is the documented one (IllegalArgumentException: missing columns, or a quoting break
 * that leaves the rest of the file unreadable). When the first byte is odd the input gets a valid
 * header, so the fuzzer spends its time on rows rather than rediscovering column names.
 */
class ImporterFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void ucdp(byte[] data) {
        Bounds.timed("UCDP reader", () -> read(new UcdpReader(), UcdpReader.REQUIRED, data));
    }

    @FuzzTest(maxDuration = "20s")
    void acled(byte[] data) {
        Bounds.timed("ACLED reader", () -> read(new AcledReader(), AcledReader.REQUIRED, data));
    }

    static void read(DatasetReader reader, List<String> header, byte[] data) {
        String body = FuzzText.of(data);
        String csv = data.length > 0 && (data[0] & 1) == 1 ? String.join(",", header) + "\n" + body : body;
        try {
            reader.read(new StringReader(csv), new RowSink() {
                @Override
                public void event(ExternalEvent e) {
                    assertTrue(e.origin().equals(reader.origin()), "origin");
                }

                @Override
                public void malformed(long line, String problem) {
                    assertTrue(line >= 1 && problem != null && !problem.isBlank(), "malformed row without line or reason");
                }
            });
        } catch (IllegalArgumentException documented) {
            assertTrue(documented.getMessage() != null && !documented.getMessage().isBlank(), "error without a message");
        } catch (IOException e) {
            throw new AssertionError("a StringReader cannot fail: " + e, e);
        }
    }
}
