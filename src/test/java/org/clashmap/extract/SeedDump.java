package org.clashmap.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints what the extractor finds in the seeds (a developer's aid, run from the test classpath). */
public final class SeedDump {
    public static void main(String[] args) throws Exception {
        var ex = new RuleBasedExtractor(args.length > 1 ? new FixtureGazetteer() : SeedCasesTest.gazetteer());
        String[][] seeds = {{"000_1ef341747bf478e6.txt", "2018-04-25", "DAY"}, {"001_e39c371191d3715e.txt", "2018-06-10", "DAY"},
                {"002_691e0f6a8b732c9c.txt", "2018-04-19", "WEEK"}, {"003_40f3d804fea89556.txt", "2016-03-21", "DAY"},
                {"004_6ed6fa91f22f297b.txt", null, "UNKNOWN"}};
        for (String[] s : seeds) {
            if (args.length > 0 && !s[0].startsWith(args[0])) continue;
            String text = Files.readString(Path.of("seeds", s[0]));
            var r = new Report(text, s[1] == null ? null : LocalDate.parse(s[1]), TimePrecision.valueOf(s[2]), s[0], "");
            var x = ex.extract(r);
            System.out.println("=== " + s[0]);
            for (Event e : x.events()) {
                System.out.printf("%s %s..%s %s dead=%s wnd=%s actors=%s conf=%.2f%n   places=%s%n   [%d] %s%n", e.subType(), e.date().from(), e.date().to(),
                        e.date().precision(), e.fatalities(), e.wounded(), e.actors(), e.confidence(),
                        e.places().stream().map(EventPlace::nameAr).toList(), e.charStart(),
                        e.sentence().length() > 110 ? e.sentence().substring(0, 110) : e.sentence());
            }
            for (ControlClaim c : x.claims()) {
                System.out.printf("  CLAIM %s %s %s %s..%s%n", c.actorId(), c.gained() ? "gained" : "lost", c.place().nameAr(), c.date().from(), c.date().to());
            }
        }
    }
}
