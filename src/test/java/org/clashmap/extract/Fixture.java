package org.clashmap.extract;

import java.time.LocalDate;
import java.util.List;

/** Runs the extractor over short texts with the fixture gazetteer (independent of the real one). */
final class Fixture {
    static final Extractor EXTRACTOR = new RuleBasedExtractor(new FixtureGazetteer());

    private Fixture() {}

    static Extraction extract(String text, String published, TimePrecision precision) {
        return EXTRACTOR.extract(new Report(text, published == null ? null : LocalDate.parse(published), precision, "test", ""));
    }

    static List<Event> events(String text, String publishedDay) {
        return extract(text, publishedDay, TimePrecision.DAY).events();
    }

    static Event only(String text, String publishedDay) {
        List<Event> es = events(text, publishedDay);
        if (es.size() != 1) throw new AssertionError("expected one event, found " + es.size() + ": " + es);
        return es.get(0);
    }
}
