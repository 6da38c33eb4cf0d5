package org.clashmap.cli;

import org.clashmap.incidents.FingerprintTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incidents and reports commands on reports written for the tests (two outlets, one strike; one undated). */
class IncidentsCommandTest {
    static Path folder(Path dir, String published) throws Exception {
        Path d = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(d.resolve("m1.txt"), FingerprintTest.REPORT);
        Files.writeString(d.resolve("m2.txt"), FingerprintTest.OTHER_OUTLET);
        Files.writeString(d.resolve("metadata.tsv"), "file\toutlet\tpublished\tprecision\tbasis\n"
                + "m1.txt\tOutlet A\t2019-05-10\tday\ttest\n"
                + "m2.txt\tOutlet B\t" + published + "\t" + ("unknown".equals(published) ? "unknown" : "day") + "\ttest\n");
        return d;
    }

    @Test
    void listShowSplitMergeAndRemove(@TempDir Path dir) throws Exception {
        String db = dir.resolve("x.db").toString();
        ExtractCommandTest.Result in = ExtractCommandTest.run("ingest", "--db", db, folder(dir, "2019-05-11").toString());
        assertEquals(0, in.exit(), in.err());
        assertTrue(in.out().contains("1 events joined an incident of other reports"), in.out());

        ExtractCommandTest.Result list = ExtractCommandTest.run("incidents", "list", "--db", db);
        assertEquals(0, list.exit(), list.err());
        Matcher m = Pattern.compile("incident (\\d+) .*2 reports, 2 outlets, 19 dead \\(12–19\\)").matcher(list.out());
        assertTrue(m.find(), list.out());
        String id = m.group(1);

        ExtractCommandTest.Result show = ExtractCommandTest.run("incidents", "show", id, "--db", db);
        assertTrue(show.out().contains("Outlet A") && show.out().contains("Outlet B") && show.out().contains("ارتفع عدد ضحايا"), show.out());
        Matcher ev = Pattern.compile("event (\\d+)  report m2.txt").matcher(show.out());
        assertTrue(ev.find(), show.out());

        ExtractCommandTest.Result split = ExtractCommandTest.run("incidents", "split", id, "--events", ev.group(1), "--db", db);
        assertEquals(0, split.exit(), split.err());
        Matcher created = Pattern.compile("split: incident (\\d+)").matcher(split.out());
        assertTrue(created.find(), split.out());
        assertTrue(ExtractCommandTest.run("incidents", "list", "--db", db).out().contains("0 incidents with 2 or more reports"));

        ExtractCommandTest.Result merge = ExtractCommandTest.run("incidents", "merge", id, created.group(1), "--db", db);
        assertEquals(0, merge.exit(), merge.err());
        assertTrue(ExtractCommandTest.run("incidents", "history", "--db", db).out().contains("merged incident " + created.group(1) + " into " + id));

        ExtractCommandTest.Result bad = ExtractCommandTest.run("incidents", "merge", id, "999999", "--db", db);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("no incident 999999"), bad.err());

        ExtractCommandTest.Result rm = ExtractCommandTest.run("reports", "remove", "--outlet", "Outlet B", "--db", db);
        assertEquals(0, rm.exit(), rm.err());
        assertTrue(rm.out().startsWith("1 report, 1 events, 0 control claims removed"), rm.out());
        assertTrue(ExtractCommandTest.run("reports", "list", "--db", db).out().contains("m1.txt  Outlet A  2019-05-10  run 1  1 events"));
    }

    @Test
    void anUndatedReportIsDatedFromTheCommandLine(@TempDir Path dir) throws Exception {
        String db = dir.resolve("x.db").toString();
        assertEquals(0, ExtractCommandTest.run("ingest", "--db", db, folder(dir, "unknown").toString()).exit());
        String reports = ExtractCommandTest.run("reports", "list", "--db", db).out();
        Matcher m = Pattern.compile("report (\\d+)  m2.txt  Outlet B  undated").matcher(reports);
        assertTrue(m.find(), reports);
        ExtractCommandTest.Result bad = ExtractCommandTest.run("reports", "date", "--report", m.group(1), "--published", "11/05/2019", "--db", db);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("is not a date"), bad.err());
        ExtractCommandTest.Result ok = ExtractCommandTest.run("reports", "date", "--report", m.group(1), "--published", "2019-05-11", "--db", db);
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("1 joined an incident of other reports"), ok.out());
        assertTrue(ExtractCommandTest.run("incidents", "list", "--db", db).out().contains("2 reports, 2 outlets"));
    }
}
