package org.clashmap.extract;

import org.clashmap.gazetteer.Gazetteers;

import java.time.LocalDate;
import java.util.List;

/**
 * The extractor with the real gazetteer, loaded once, for the tests that read sentences written for them as a report
 * of a given day (one copy of the set-up those tests each had).
 */
final class RealGazetteer {
    private static final Extractor EXTRACTOR = new RuleBasedExtractor(Gazetteers.load());

    private RealGazetteer() {}

    /** The events of {@code text} as a report published on {@code published} (ISO day). */
    static List<Event> events(String text, String published) {
        return extract(text, published).events();
    }

    /** The one event of {@code text}; fails when there is none or more than one. */
    static Event only(String text, String published) {
        List<Event> es = events(text, published);
        org.junit.jupiter.api.Assertions.assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    static Extraction extract(String text, String published) {
        return EXTRACTOR.extract(new Report(text, LocalDate.parse(published), TimePrecision.DAY, "t.txt", ""));
    }
}
