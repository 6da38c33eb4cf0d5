package org.clashmap.incidents;

import org.clashmap.extract.EventType;
import org.clashmap.text.ArabicNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linking rules and thresholds of {@code /incidents/linking.tsv} (each with its reason), and
 * which actors fight on one side ({@code /extract/alliances.tsv}, the extractor's own list: one
 * list of blocs for the whole program).
 */
public record LinkRules(double placeSlackKm, double maxPlacePrecisionKm, int dateGapDays, int updateDateGapDays,
                        double duplicateSimilarity, int maxIncidentDays, int maxPlaces, double maxPlaceSpreadKm, Map<EventType, Set<EventType>> compatibleTypes,
                        List<String> updateCues, Map<String, String> blocOf) {

    private static volatile LinkRules defaults;

    /** The rules shipped in the jar, read once. */
    public static LinkRules defaults() {
        LinkRules d = defaults;
        if (d == null) defaults = d = load();
        return d;
    }

    private static LinkRules load() {
        Map<String, String> settings = new HashMap<>();
        Map<EventType, Set<EventType>> compatible = new HashMap<>();
        for (EventType t : EventType.values()) compatible.put(t, EnumSet.of(t));
        List<String> cues = new ArrayList<>();
        for (String[] r : rows("/incidents/linking.tsv")) {
            switch (r[0]) {
                case "setting" -> settings.put(r[1], r[2]);
                case "compatible" -> {
                    EventType a = EventType.valueOf(r[1]), b = EventType.valueOf(r[2]);
                    compatible.get(a).add(b);
                    compatible.get(b).add(a);
                }
                case "cue" -> cues.add(ArabicNormalizer.normalize(r[1]));
                default -> throw new IllegalStateException("/incidents/linking.tsv: unknown kind of line: " + r[0]);
            }
        }
        Map<String, String> bloc = new HashMap<>();
        for (String[] r : rows("/extract/alliances.tsv")) for (String actor : r[1].split(",")) bloc.put(actor.strip(), r[0]);
        return new LinkRules(num(settings, "place_slack_km"), num(settings, "max_place_precision_km"),
                (int) num(settings, "date_gap_days"), (int) num(settings, "update_date_gap_days"),
                num(settings, "duplicate_similarity"), (int) num(settings, "max_incident_days"), (int) num(settings, "max_places"), num(settings, "max_place_spread_km"),
                Map.copyOf(compatible), List.copyOf(cues), Map.copyOf(bloc));
    }

    private static double num(Map<String, String> s, String key) {
        String v = s.get(key);
        if (v == null) throw new IllegalStateException("/incidents/linking.tsv: no setting " + key);
        return Double.parseDouble(v);
    }

    /** An actor's side: its bloc when it has allies, else itself; null stays null. */
    public String side(String actor) {
        return actor == null ? null : blocOf.getOrDefault(actor, actor);
    }

    public boolean typesCompatible(EventType a, EventType b) {
        return compatibleTypes.get(a).contains(b);
    }

    /** The update cue the sentence holds, or null. */
    public String updateCue(String sentence) {
        if (sentence == null) return null;
        String n = ArabicNormalizer.normalize(sentence);
        for (String c : updateCues) if (n.contains(c)) return c;
        return null;
    }

    private static List<String[]> rows(String path) {
        try (InputStream in = LinkRules.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
                out.add(cols);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
