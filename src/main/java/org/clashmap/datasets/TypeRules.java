package org.clashmap.datasets;

import org.clashmap.extract.SubEventType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UCDP's kind of violence and source headline to an ACLED sub-event type (ucdp_types.tsv). UCDP
 * does not code weapons, so the headline's words refine the default: an imperfect but honest
 * guess that keeps UCDP events comparable with ACLED and extracted ones on the map.
 */
final class TypeRules {
    private final Map<Integer, SubEventType> byViolence = new HashMap<>();
    private final List<Map.Entry<String, SubEventType>> keywords = new ArrayList<>();

    TypeRules() {
        for (String[] r : DataFiles.tsv("ucdp_types.tsv", 3)) {
            SubEventType t = SubEventType.valueOf(r[2].trim());
            switch (r[0].trim()) {
                case "violence" -> byViolence.put(Integer.parseInt(r[1].trim()), t);
                case "keyword" -> keywords.add(Map.entry(" " + r[1].trim().toLowerCase(Locale.ROOT), t));
                default -> throw new IllegalStateException("ucdp_types.tsv: unknown kind " + r[0]);
            }
        }
    }

    boolean knowsViolence(int typeOfViolence) {
        return byViolence.containsKey(typeOfViolence);
    }

    SubEventType classify(int typeOfViolence, String headline) {
        String words = " " + (headline == null ? "" : headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " "));
        for (var k : keywords) if (words.contains(k.getKey())) return k.getValue();
        return byViolence.get(typeOfViolence);
    }
}
