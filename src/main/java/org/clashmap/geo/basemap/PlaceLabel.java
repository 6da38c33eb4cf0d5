package org.clashmap.geo.basemap;

import org.clashmap.geo.Language;

/**
 * A label candidate from {@code places.tsv}. Offered from {@code minZoom} to {@code maxZoom};
 * a higher {@code score} wins when labels compete for space. A river's name ({@link Kind#RIVER})
 * is drawn centred on its line and turned by {@code angle} degrees (clockwise on screen) to run along it.
 */
public record PlaceLabel(Kind kind, int minZoom, int maxZoom, int tier, long score,
                         double lat, double lon, String nameAr, String nameEn, double angle) {
    public enum Kind {
        PLACE("P"), GOVERNORATE("G"), RIVER("R");
        final String code;

        Kind(String code) {
            this.code = code;
        }

        static Kind of(String code) {
            return switch (code) {
                case "G" -> GOVERNORATE;
                case "R" -> RIVER;
                default -> PLACE;
            };
        }
    }

    /** A label drawn level. */
    public PlaceLabel(Kind kind, int minZoom, int maxZoom, int tier, long score, double lat, double lon, String nameAr, String nameEn) {
        this(kind, minZoom, maxZoom, tier, score, lat, lon, nameAr, nameEn, 0);
    }

    public String name(Language lang) {
        return lang == Language.AR ? nameAr : nameEn;
    }

    static PlaceLabel parse(String line) {
        String[] c = line.split("\t", -1);
        return new PlaceLabel(Kind.of(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                Long.parseLong(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]), c[7], c[8],
                c.length > 9 ? Double.parseDouble(c[9]) : 0);
    }
}
