package org.clashmap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One strike told by two outlets (reports written for the tests): the map image draws it once, as the window does
 * (store.DrawnMentions), so the image and its subtitle say one incident at one place, not two symbols on the town.
 */
class RenderCountsIncidentsTest {
    @Test
    void anIncidentOfTwoReportsIsDrawnOnce(@TempDir Path dir) throws Exception {
        String db = dir.resolve("x.db").toString();
        ExtractCommandTest.Result in = ExtractCommandTest.run("ingest", "--db", db, IncidentsCommandTest.folder(dir, "2019-05-11").toString());
        assertEquals(0, in.exit(), in.err());
        assertTrue(in.out().contains("1 events joined an incident of other reports"), in.out());

        ExtractCommandTest.Result r = ExtractCommandTest.run("render", "--db", db, "--out", dir.resolve("m.png").toString(),
                "--width", "800", "--height", "600", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 incident at 1 places"), r.out());

        // split into two incidents, each is drawn: the rule hides only other mentions of one incident
        ExtractCommandTest.Result list = ExtractCommandTest.run("incidents", "list", "--db", db);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("incident (\\d+) ").matcher(list.out());
        assertTrue(m.find(), list.out());
        ExtractCommandTest.Result show = ExtractCommandTest.run("incidents", "show", m.group(1), "--db", db);
        java.util.regex.Matcher ev = java.util.regex.Pattern.compile("event (\\d+)  report m2.txt").matcher(show.out());
        assertTrue(ev.find(), show.out());
        assertEquals(0, ExtractCommandTest.run("incidents", "split", m.group(1), "--events", ev.group(1), "--db", db).exit());
        ExtractCommandTest.Result again = ExtractCommandTest.run("render", "--db", db, "--out", dir.resolve("m2.png").toString(),
                "--width", "800", "--height", "600", "--lang", "en");
        assertTrue(again.out().contains("2 incidents at 2 places"), again.out());
    }
}
