package org.clashmap.geo.basemap;

import org.clashmap.geo.Language;

/**
 * A label candidate from {@code places.tsv}. Offered from {@code minZoom} to {@code maxZoom};
 * a higher {@code score} wins when labels compete for space.
 */
public record PlaceLabel(Kind kind, int minZoom, int maxZoom, int tier, long score,
                         double lat, double lon, String nameAr, String nameEn) {
    public enum Kind {
        PLACE("P"), GOVERNORATE("G");
        final String code;

        Kind(String code) {
            this.code = code;
        }

        static Kind of(String code) {
            return "G".equals(code) ? GOVERNORATE : PLACE;
        }
    }

    public String name(Language lang) {
        return lang == Language.AR ? nameAr : nameEn;
    }

    static PlaceLabel parse(String line) {
        String[] c = line.split("\t", -1);
        return new PlaceLabel(Kind.of(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                Long.parseLong(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]), c[7], c[8]);
    }
}
