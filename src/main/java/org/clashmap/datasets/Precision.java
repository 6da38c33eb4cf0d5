package org.clashmap.datasets;

import org.clashmap.extract.TimePrecision;

import java.util.HashMap;
import java.util.Map;

/** The datasets' precision codes in ClashMap's terms (radius in km, time precision), from precision.tsv. */
final class Precision {
    private static final Map<String, String> TABLE = load();

    private Precision() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String[] r : DataFiles.tsv("precision.tsv", 4)) m.put(r[0] + "/" + r[1] + "/" + r[2], r[3]);
        return m;
    }

    /** Radius in km for a place code, or null when the code is not one the dataset defines. */
    static Double radiusKm(String dataset, String kind, int code) {
        String v = TABLE.get(dataset + "/" + kind + "/" + code);
        return v == null ? null : Double.valueOf(v);
    }

    static TimePrecision time(String dataset, String kind, int code) {
        String v = TABLE.get(dataset + "/" + kind + "/" + code);
        return v == null ? null : TimePrecision.valueOf(v);
    }

    /** The ACLED geo_precision code whose radius covers this one (for export). */
    static int acledGeoCode(double radiusKm) {
        for (int code = 1; code <= 3; code++) if (radiusKm <= radiusKm("acled", "geo", code)) return code;
        return 3;
    }
}
