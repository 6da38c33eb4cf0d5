package org.clashmap.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Malformed rows are reported with the line they start on, skipped, and counted. */
class MalformedRowsTest {
    @TempDir
    Path tmp;

    /** Copies of one real UCDP record with some fields replaced (and optionally an extra field), printed as CSV. */
    private static final class Rows {
        final CSVRecord base;
        final List<String> header;
        final StringWriter out = new StringWriter();
        final CSVPrinter printer;

        Rows(CSVRecord base) throws Exception {
            this.base = base;
            this.header = base.getParser().getHeaderNames();
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
            printer.printRecord(header);
        }

        Rows add(Map<String, String> changes, String... extra) throws Exception {
            List<String> v = new ArrayList<>(base.toList());
            changes.forEach((k, val) -> v.set(header.indexOf(k), val));
            v.addAll(List.of(extra));
            printer.printRecord(v);
            return this;
        }

        String csv() throws Exception {
            printer.flush();
            return out.toString();
        }
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndSkipped() throws Exception {
        CSVRecord good = TestData.records(TestData.excerpt()).stream().filter(r -> r.get("id").equals("214804")).findFirst().orElseThrow();
        String multilineHeadline = "Bombardment targets\nIdlib, and \"Hama\"";
        String csv = new Rows(good)                                                   // line 1: header
                .add(Map.of())                                                        // line 2
                .add(Map.of("id", "999001", "source_headline", multilineHeadline))   // lines 3-4: one record
                .add(Map.of("id", "999002"), "an extra field")                       // line 5
                .add(Map.of("id", "999003", "latitude", "abc"))                      // line 6
                .add(Map.of("id", "999004", "latitude", "95.5"))                     // line 7
                .add(Map.of("id", "999005", "date_start", "2018-13-45"))             // line 8
                .add(Map.of("id", "999006", "best", "many"))                         // line 9
                .add(Map.of("id", "999007", "date_end", "2015-12-31"))               // line 10: ends before it starts
                .add(Map.of("id", "999008"))                                          // line 11: good
                .csv();
        try (Database db = TestData.open(tmp, "m.db")) {
            List<String> messages = new ArrayList<>();
            ImportSummary s = TestData.importText(new DatasetStore(db), new UcdpReader(), csv, messages);
            assertEquals(3, s.imported(), messages.toString());
            assertEquals(6, s.skipped(), messages.toString());
            assertEquals(s.problems(), messages);
            assertTrue(messages.get(0).startsWith("line 5: has 42 fields, the header has 41"), messages.get(0));
            assertTrue(messages.get(1).startsWith("line 6: latitude is not a number"), messages.get(1));
            assertTrue(messages.get(2).startsWith("line 7: latitude 95.5 is out of range"), messages.get(2));
            assertTrue(messages.get(3).startsWith("line 8: date_start is not a date"), messages.get(3));
            assertTrue(messages.get(4).startsWith("line 9: best is not a whole number"), messages.get(4));
            assertTrue(messages.get(5).startsWith("line 10: date_end 2015-12-31 is before date_start"), messages.get(5));
            assertTrue(s.line().contains("imported 3 events") && s.line().contains("6 malformed rows skipped"), s.line());
            var stored = new DatasetStore(db).events("ucdp").stream().filter(e -> e.externalId().equals("999001")).findFirst().orElseThrow();
            assertEquals(multilineHeadline, stored.sentence());
        }
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWhole() {
        try (Database db = TestData.open(tmp, "m.db")) {
            var e = assertThrows(IllegalArgumentException.class, () ->
                    TestData.importText(new DatasetStore(db), new UcdpReader(), "a,b\n1,2\n", new ArrayList<>()));
            assertTrue(e.getMessage().contains("lacks column"), e.getMessage());
        }
    }
}
