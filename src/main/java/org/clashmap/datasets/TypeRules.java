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

    /** " " + the lower-cased words separated by single spaces (a loop, not a regex: it runs per row). */
    static String words(String text) {
        StringBuilder b = new StringBuilder(text == null ? 1 : text.length() + 1).append(' ');
        if (text == null) return b.toString();
        boolean gap = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                gap = false;
            } else if (!gap) {
                b.append(' ');
                gap = true;
            }
        }
        return b.toString();
    }

    boolean knowsViolence(int typeOfViolence) {
        return byViolence.containsKey(typeOfViolence);
    }

    SubEventType classify(int typeOfViolence, String headline) {
        String words = words(headline);
        for (var k : keywords) if (words.contains(k.getKey())) return k.getValue();
        return byViolence.get(typeOfViolence);
    }
}
