package org.clashmap.gazetteer.build;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.gazetteer.PlaceKind;
import org.clashmap.text.ArabicNormalizer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the OCHA 2015 communities and repairs its known faults: names whose last letter was cut
 * in two (U+FFFD) or cut short by a 50-byte field are replaced from {@code ocha_fixes.tsv} (a
 * broken name without a fix fails the build), and twin villages joined with '_' or '-' are split,
 * each twin becoming a name of the same point, unless the part names the village's own district or
 * sub-district (الحجلية - جرابلس: the Hjeileh of Jarablus), which is dropped.
 */
final class OchaCommunities {
    /** A name this long in UTF-8 bytes may have been cut by the 50-byte field. */
    static final int SUSPECT_BYTES = 49;

    private OchaCommunities() {}

    static Map<String, String> readFixes(Path fixes) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(fixes, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("pcode\t")) continue;
            String[] f = line.split("\t");
            out.put(f[0].strip(), f[1].strip());
        }
        return out;
    }

    /**
     * True when the part after a dash names the village's own district or sub-district: OCHA tells
     * homonyms apart that way (الحجلية - جرابلس, الدردارة - بانياس), and such a part is not a twin
     * village; made a name of the village, it would compete with the town it names.
     */
    static boolean isQualifier(String part, String admin2Ar, String admin3Ar) {
        String b = GazetteerBuilder.bare(ArabicNormalizer.normalize(part.strip()));
        if (b.isEmpty()) return false;
        for (String a : new String[]{admin2Ar, admin3Ar}) {
            if (a == null) continue;
            String n = ArabicNormalizer.normalize(a.strip());
            if (n.startsWith("مركز")) n = n.substring("مركز".length()).strip();
            if (!n.isEmpty() && b.equals(GazetteerBuilder.bare(n))) return true;
        }
        return false;
    }

    /**
     * OCHA writes the construct of معرة ("the cave of") as معر, joined or apart, the ة sometimes kept as ت (معرشورين،
     * معر شمشه، معرتحرمة); news write "معرة شورين"، "معرة شمشة"، "معرة حرمة". The news spelling of such a name, told by its
     * English form starting "Maar" (not "Maarin", one word, nor "Marata"): the part after معر, and without a leading ت.
     */
    static List<String> maarraVariants(String nameAr, String nameEn) {
        if (!nameAr.startsWith("معر") || !nameEn.startsWith("Maar ") && !nameEn.startsWith("Ma'arrat ")) return List.of();
        String rest = nameAr.substring("معر".length()).strip();
        if (rest.startsWith("ة")) return List.of(); // already the news spelling
        List<String> out = new ArrayList<>();
        if (rest.length() >= 3) out.add("معرة " + rest);
        if (rest.startsWith("ت") && rest.length() >= 4) out.add("معرة " + rest.substring(1));
        return out;
    }

    static List<DraftPlace> read(Path tsv, Map<String, String> fixes, List<String> warnings) throws IOException {
        List<DraftPlace> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            CSVFormat fmt = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).build();
            for (CSVRecord rec : fmt.parse(r)) {
                String pcode = rec.get("PCODE");
                String name = rec.get("NAME_ARA").strip();
                if (fixes.containsKey(pcode)) {
                    name = fixes.get(pcode);
                } else if (name.indexOf('\uFFFD') >= 0) {
                    throw new IllegalStateException("OCHA " + pcode + " has a broken Arabic name and no fix in ocha_fixes.tsv: " + name);
                } else if (name.getBytes(StandardCharsets.UTF_8).length >= SUSPECT_BYTES) {
                    warnings.add("OCHA " + pcode + " name may be cut short: " + name);
                }
                String[] twins = name.split("\\s*[_-]+\\s*");
                DraftPlace p = new DraftPlace("ocha:" + pcode);
                p.nameAr = twins[0].strip();
                for (int i = 1; i < twins.length; i++) {
                    if (!isQualifier(twins[i], rec.get("ADMIN2_ARA"), rec.get("ADMIN3_ARA"))) p.addVariant(twins[i]);
                }
                p.nameEn = rec.get("NAME_EN").strip();
                for (String v : maarraVariants(p.nameAr, p.nameEn)) p.addVariant(v);
                p.admin1 = rec.get("ADMIN1_COD");
                p.admin2 = rec.get("ADMIN2_COD");
                p.lat = Double.parseDouble(rec.get("lat"));
                p.lon = Double.parseDouble(rec.get("lon"));
                String cap = rec.get("CAPIT_LVL").strip();
                p.capitalLevel = cap.isEmpty() ? 0 : Integer.parseInt(cap);
                p.kind = switch (p.capitalLevel) {
                    case 1, 2 -> PlaceKind.CITY;
                    case 3 -> PlaceKind.TOWN;
                    default -> PlaceKind.VILLAGE;
                };
                p.precisionKm = switch (p.capitalLevel) {
                    case 1 -> 8;
                    case 2 -> 3;
                    case 3 -> 2;
                    default -> 1;
                };
                p.sources.add("ocha:" + pcode);
                out.add(p);
            }
        }
        return out;
    }
}
