package org.clashmap.gazetteer.build;

import org.clashmap.gazetteer.PlaceKind;
import org.clashmap.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A place while the builder merges sources; mutable, unlike {@link org.clashmap.gazetteer.Place}. */
final class DraftPlace {
    final String id;
    PlaceKind kind;
    String nameAr;
    final Set<String> variantsAr = new LinkedHashSet<>();
    String nameEn;
    String admin1 = "";
    String admin2 = "";
    double lat;
    double lon;
    double precisionKm;
    long population;
    int capitalLevel;
    final List<String> sources = new ArrayList<>();

    DraftPlace(String id) {
        this.id = id;
    }

    /** Adds an Arabic variant unless it normalises to a name already present. */
    void addVariant(String v) {
        if (v == null) return;
        v = v.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) return;
        String n = ArabicNormalizer.normalize(v);
        if (ArabicNormalizer.normalize(nameAr).equals(n)) return;
        for (String have : variantsAr) if (ArabicNormalizer.normalize(have).equals(n)) return;
        variantsAr.add(v);
    }

    /** All Arabic names, normalised. */
    List<String> normalizedNames() {
        List<String> out = new ArrayList<>();
        out.add(ArabicNormalizer.normalize(nameAr));
        for (String v : variantsAr) out.add(ArabicNormalizer.normalize(v));
        return out;
    }

    String toTsv() {
        return String.join("\t", id, kind.name(), clean(nameAr), clean(String.join("|", variantsAr)), clean(nameEn),
                admin1, admin2, String.format(Locale.ROOT, "%.6f", lat), String.format(Locale.ROOT, "%.6f", lon),
                String.format(Locale.ROOT, "%.1f", precisionKm), Long.toString(population),
                Integer.toString(capitalLevel), clean(String.join(";", sources)));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
