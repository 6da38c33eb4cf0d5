package org.clashmap.gazetteer.build;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The coordinates UCDP GED gives each distinct {@code where_coordinates} string. */
final class UcdpPlaces {
    private final Map<String, double[]> byWhere = new HashMap<>();
    private final Map<String, String> conflicts = new HashMap<>();

    UcdpPlaces(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
            for (CSVRecord rec : fmt.parse(r)) {
                String where = rec.get("where_coordinates").strip();
                double[] ll = {Double.parseDouble(rec.get("latitude")), Double.parseDouble(rec.get("longitude"))};
                double[] had = byWhere.putIfAbsent(where, ll);
                if (had != null && (had[0] != ll[0] || had[1] != ll[1])) conflicts.put(where, rec.get("id"));
            }
        }
    }

    /** lat, lon for a where_coordinates string; fails when absent or when UCDP gives it two positions. */
    double[] coordinates(String where) {
        double[] ll = byWhere.get(where);
        if (ll == null) throw new IllegalArgumentException("UCDP has no where_coordinates '" + where + "'");
        if (conflicts.containsKey(where)) throw new IllegalArgumentException("UCDP gives '" + where + "' several positions");
        return ll;
    }
}
