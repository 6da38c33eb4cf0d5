package org.clashmap.gazetteer.build;

import org.clashmap.gazetteer.PlaceKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** GeoNames cities500 rows for Syria: Arabic alternate names and population. */
final class GeoNamesCities {
    record City(String id, String nameEn, List<String> arabicNames, double lat, double lon, long population) {}

    private static final java.util.regex.Pattern ADMIN_PREFIX = java.util.regex.Pattern.compile("(محافظة|محافظه|منطقة|منطقه|ناحية|ناحيه|قضاء|ريف)\\s");

    private GeoNamesCities() {}

    static List<City> read(Path tsv) throws IOException {
        List<City> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            List<String> ar = new ArrayList<>();
            for (String alt : f[3].split(",")) {
                if (alt.isBlank() || alt.chars().noneMatch(c -> c >= 0x0621 && c <= 0x064A)) continue;
                // "محافظة إدلب", "منطقة الباب": GeoNames lists the governorate's or district's name among a town's
                // alternate names; as a name of the town it would make every "محافظة إدلب" the city.
                if (ADMIN_PREFIX.matcher(alt.strip()).lookingAt()) continue;
                ar.add(alt.strip());
            }
            out.add(new City(f[0], f[1], ar, Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
        }
        return out;
    }

    static PlaceKind kindFor(long population) {
        return population >= 100_000 ? PlaceKind.CITY : population >= 10_000 ? PlaceKind.TOWN : PlaceKind.VILLAGE;
    }
}
