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
        char[] chars = text.toCharArray();
        ReportLayout layout = ReportLayout.of(text, chars, lexicon.chromeCuts);
        List<SentenceScan> scans = new ArrayList<>(layout.sentences.size());
        for (ReportLayout.Sentence s : layout.sentences) {
            stopIfInterrupted(report);
            scans.add(SentenceScan.of(text, chars, s.start(), s.end(), lexicon));
        }
        ReportReader reader = new ReportReader(report, chars, lexicon, notInNames(syrianPlaces(report, layout, scans), scans));
        for (int i = 0; i < scans.size(); i++) {
            stopIfInterrupted(report);
            reader.read(layout.sentences.get(i), scans.get(i));
        }
        return new Extraction(report, reader.events(), reader.claims());
    }

    /**
     * A caller that gives each report a time limit (the ingest does) interrupts the thread: extraction stops
     * between sentences with a {@link java.util.concurrent.CancellationException} instead of running on.
     */
    private static void stopIfInterrupted(Report report) {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException(report.source() + ": extraction interrupted");
        }
    }

    /**
     * A place name inside the name of an armed group or a source ("قوات الأسد", "لواء اليرموك", "جيش الفتح",
     * "الدفاع المدني") is part of that name, not a place where something happened.
     */
    private static List<Location> notInNames(List<Location> places, List<SentenceScan> scans) {
        // Name spans packed as start << 32 | end: sorting the longs orders them by start (then end), no comparator.
        long[] names = new long[16];
        int count = 0;
        for (SentenceScan scan : scans) {
            for (TermMatcher.Match<Term> m : scan.matches) {
                for (Term t : m.payloads()) {
                    boolean name = t instanceof Term.ActorAlias || t instanceof Term.Cue c && c.effect() == Term.CueEffect.IGNORE;
                    if (!name) continue;
                    if (count == names.length) names = java.util.Arrays.copyOf(names, count * 2);
                    names[count++] = (long) m.start() << 32 | m.end();
                }
            }
        }
        if (count == 0) return places;
        // Spans merged and sorted, then one binary search per place: a 1 MB line holds tens of thousands of each.
        java.util.Arrays.sort(names, 0, count);
        List<int[]> merged = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int[] n = {(int) (names[k] >>> 32), (int) names[k]};
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && n[0] < last[1]) last[1] = Math.max(last[1], n[1]);
            else merged.add(n);
        }
        List<Location> out = new ArrayList<>(places.size());
        for (Location l : places) {
            int lo = 0, hi = merged.size() - 1, at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (merged.get(mid)[0] <= l.start()) { at = mid; lo = mid + 1; } else hi = mid - 1;
            }
            boolean inside = at >= 0 && l.end() <= merged.get(at)[1];
            if (!inside) out.add(l);
        }
        return out;
    }

    /**
     * Places are resolved line by line, and only on lines (paragraphs as published) with an event word,
     * an actor's positions ({@code presence.tsv}) or a count of dead (whose places tell whether it is the toll of the
     * incident told before): the rest cannot hold an event or a claim, and resolving less text is most of the speed of
     * the whole pipeline.
     * A line keeps the context the gazetteer needs to tell homonyms apart.
     */
    private List<Location> syrianPlaces(Report report, ReportLayout layout, List<SentenceScan> scans) {
        if (gazetteer == null) return List.of();
        String text = report.text();
        List<Location> out = new ArrayList<>();
        int doneTo = -1;
        for (int i = 0; i < scans.size(); i++) {
            ReportLayout.Sentence s = layout.sentences.get(i);
            // the title (the report's first line) is resolved when it tells a toll: its place ties the toll to an
            // incident of the body that gives none (ReportReader, decision 072)
            boolean tollingTitle = i == 0 && s.heading() && scans.get(i).hasKilled();
            if (s.heading() && !tollingTitle || s.start() < doneTo
                    || !(scans.get(i).hasTrigger() || scans.get(i).hasPresence() || scans.get(i).hasKilled())) continue;
            stopIfInterrupted(report);
            int from = text.lastIndexOf('\n', s.start() - 1) + 1;
            int nl = text.indexOf('\n', s.end());
            int to = nl < 0 || nl > layout.bodyEnd ? layout.bodyEnd : nl;
            for (Location l : gazetteer.resolve(text.substring(from, to))) {
                if (l.anchor() == null || l.anchor().kind() == PlaceKind.COUNTRY) continue;
                if (l.lat() < SOUTH || l.lat() > NORTH || l.lon() < WEST || l.lon() > EAST) continue;
                out.add(from == 0 ? l : new Location(l.start() + from, l.end() + from, l.surface(), l.anchor(), l.relation(),
                        l.lat(), l.lon(), l.precisionKm(), l.confidence(), l.alternatives()));
            }
            doneTo = to;
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
        return Locators.drop(text, outer);
    }
}
