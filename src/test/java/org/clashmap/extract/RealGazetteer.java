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

    static Extraction extract(String text, String published) {
        return EXTRACTOR.extract(new Report(text, LocalDate.parse(published), TimePrecision.DAY, "t.txt", ""));
    }
}
