package org.clashmap.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.gazetteer.PlaceKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Governorates, districts and sub-districts from Open-Syria, with their Arabic aliases and centroids. */
final class OpenSyriaAdmin {
    private OpenSyriaAdmin() {}

    static List<DraftPlace> read(Path dir) throws IOException {
        List<DraftPlace> out = new ArrayList<>();
        read(dir.resolve("opensyria_governorates.json"), PlaceKind.GOVERNORATE, out);
        read(dir.resolve("opensyria_districts.json"), PlaceKind.DISTRICT, out);
        read(dir.resolve("opensyria_subdistricts.json"), PlaceKind.SUBDISTRICT, out);
        return out;
    }

    /** An alias that opens with a word for a town ("مدينة", "بلدة", "قرية") names the town, not an area around it. */
    static boolean namesATown(String alias) {
        String a = alias.strip();
        return a.startsWith("مدينة ") || a.startsWith("بلدة ") || a.startsWith("قرية ");
    }

    private static void read(Path file, PlaceKind kind, List<DraftPlace> out) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (JsonNode n : root) {
            DraftPlace p = new DraftPlace("osy:" + n.path("id").asText());
            p.kind = kind;
            p.nameAr = n.path("name").path("ar").asText();
            p.nameEn = n.path("name").path("en").asText();
            for (JsonNode a : n.path("aliases")) {
                String alias = a.path("value").asText();
                // Open-Syria lists "مدينة إدلب" among the Idlib district's names: "the city of X" is the town, and
                // read as the district a strike on the city landed 21 km wide. Such an alias is left to the town.
                if ("ar".equals(a.path("language").asText()) && !(kind != PlaceKind.GOVERNORATE && namesATown(alias))) {
                    p.addVariant(alias);
                }
            }
            String pcode = n.path("externalIds").path("ochaPcode").asText("");
            p.admin1 = pcode.length() >= 4 ? pcode.substring(0, 4) : "";
            p.admin2 = kind == PlaceKind.GOVERNORATE || pcode.length() < 6 ? "" : pcode.substring(0, 6);
            if (kind == PlaceKind.GOVERNORATE) {
                p.addVariant("محافظة " + p.nameAr);
                // "ريف دمشق" is the governorate SY03, not the countryside of the city governorate SY01.
                if (!p.nameAr.startsWith("ريف") && !"SY01".equals(p.admin1)) p.addVariant("ريف " + p.nameAr);
            }
            p.lat = n.path("centroid").path("latitude").asDouble();
            p.lon = n.path("centroid").path("longitude").asDouble();
            double area = n.path("area").path("value").asDouble(0);
            // Radius of a disc of the same area: how far the centroid can be from a point inside.
            p.precisionKm = area > 0 ? Math.max(2, Math.sqrt(area / Math.PI)) : 20;
            p.population = n.path("population").path("value").asLong(0);
            p.sources.add("osy:" + n.path("id").asText());
            out.add(p);
        }
    }
}
