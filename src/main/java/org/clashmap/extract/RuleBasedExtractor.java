package org.clashmap.extract;

import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Location;
import org.clashmap.gazetteer.PlaceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rule-based extractor: word lists from {@code extract/*.tsv}, places from the {@link Gazetteer}.
 * Page chrome is cut first, headings are skipped, then each sentence is read in order (see
 * {@link ReportReader}). Stateless and thread-safe: one instance can serve a whole batch.
 */
public final class RuleBasedExtractor implements Extractor {
    // Syria's bounding box with a small margin; the gazetteer may know neighbouring places too.
    private static final double SOUTH = 32.2, NORTH = 37.4, WEST = 35.6, EAST = 42.5;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public RuleBasedExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lexicon = Lexicon.load();
    }

    @Override
    public Extraction extract(Report report) {
        String text = report.text();
        ReportLayout layout = ReportLayout.of(text, lexicon.chromeCuts);
        ReportReader reader = new ReportReader(report, lexicon, syrianPlaces(text.substring(0, layout.bodyEnd)));
        for (ReportLayout.Sentence s : layout.sentences) reader.read(s);
        return new Extraction(report, reader.events(), reader.claims());
    }

    private List<Location> syrianPlaces(String body) {
        if (gazetteer == null || body.isEmpty()) return List.of();
        List<Location> out = new ArrayList<>();
        for (Location l : gazetteer.resolve(body)) {
            if (l.anchor() == null || l.anchor().kind() == PlaceKind.COUNTRY) continue;
            if (l.lat() < SOUTH || l.lat() > NORTH || l.lon() < WEST || l.lon() > EAST) continue;
            out.add(l);
        }
        out.sort(Comparator.comparingInt(Location::start).thenComparing(Comparator.comparingInt(Location::end).reversed()));
        // A name inside a longer resolved expression ("جاسم" in "بين بلدات نوى وجاسم") is already part of it.
        List<Location> outer = new ArrayList<>();
        int reach = -1;
        for (Location l : out) {
            if (l.end() <= reach) continue;
            outer.add(l);
            reach = Math.max(reach, l.end());
        }
        return outer;
    }
}
