package org.clashmap.geo.basemap;

import org.clashmap.geo.GeoJsonGeometries;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.util.GeometryFixer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code places.tsv}: the label candidates with the zoom from which each may appear and a
 * score that orders them when labels compete for space. Communities and their administrative
 * rank (CAPIT_LVL) come from OCHA; population from the nearest GeoNames town within 3 km;
 * governorate area labels from the OCHA 2020 polygons (interior point, so a label never falls
 * outside its crescent-shaped governorate).
 */
public final class PlaceListBuilder {
    /** A river's row (kind R) has a tenth column: the angle its name is turned by, in degrees. */
    static final String HEADER = "kind\tmin_zoom\tmax_zoom\ttier\tscore\tlat\tlon\tname_ar\tname_en";

    private record Town(double lat, double lon, long population) {
    }

    private final Path from;
    private final List<GeoJsonGeometries.Feature> govs;

    PlaceListBuilder(Path sharedData, List<GeoJsonGeometries.Feature> govs) {
        this.from = sharedData;
        this.govs = govs;
    }

    void write(Path out, List<PlaceLabel> rivers) throws IOException {
        List<PlaceLabel> places = new ArrayList<>(rivers);
        List<Town> towns = towns();
        List<String> rows = Files.readAllLines(from.resolve("gazetteer/syr_communities_ocha2015.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split("\t", -1));
        int iAr = header.indexOf("NAME_ARA"), iEn = header.indexOf("NAME_EN"), iCap = header.indexOf("CAPIT_LVL");
        int iLat = header.indexOf("lat"), iLon = header.indexOf("lon");
        List<String[]> communities = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) communities.add(row.split("\t", -1));
        long[] pops = populations(towns, communities, iLat, iLon);
        for (int i = 0; i < communities.size(); i++) {
            String[] c = communities.get(i);
            double lat = Double.parseDouble(c[iLat]), lon = Double.parseDouble(c[iLon]);
            long pop = pops[i];
            int tier = tier(c[iCap], c[iEn]);
            places.add(new PlaceLabel(PlaceLabel.Kind.PLACE, minZoom(tier, pop), 99, tier, score(tier, pop),
                    lat, lon, cleanArabic(c[iAr]), c[iEn].replace('_', '/')));
        }
        for (GeoJsonGeometries.Feature g : govs) {
            Coordinate p = InteriorPointArea.getInteriorPoint(GeometryFixer.fix(g.geometry()));
            places.add(new PlaceLabel(PlaceLabel.Kind.GOVERNORATE, 6, 8, 0, 0, round(p.y), round(p.x),
                    g.text("ADM1_AR"), g.text("ADM1_EN")));
        }
        places.sort(Comparator.comparingLong(PlaceLabel::score).reversed()
                .thenComparing(PlaceLabel::nameEn).thenComparingDouble(PlaceLabel::lat));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (PlaceLabel p : places) {
                w.write(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.6f\t%.6f\t%s\t%s",
                        p.kind().code, p.minZoom(), p.maxZoom(), p.tier(), p.score(), p.lat(), p.lon(), p.nameAr(), p.nameEn()));
                if (p.kind() == PlaceLabel.Kind.RIVER) w.write(String.format(Locale.ROOT, "\t%.0f", p.angle()));
                w.write('\n');
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** 0 national capital, 1 governorate seat, 2 district seat, 3 sub-district seat, 4 other community. */
    static int tier(String capitLvl, String nameEn) {
        if ("Damascus".equals(nameEn) && "1".equals(capitLvl)) return 0;
        return switch (capitLvl) {
            case "1" -> 1;
            case "2" -> 2;
            case "3", "0" -> 3;
            default -> 4;
        };
    }

    /** The first zoom at which a place is offered: rank first, promoted by population. */
    static int minZoom(int tier, long pop) {
        int z = switch (tier) {
            case 0 -> 3;
            case 1 -> 5;
            case 2 -> 7;
            case 3 -> 8;
            default -> 10;
        };
        if (pop >= 200_000) z = Math.min(z, 5);
        else if (pop >= 50_000) z = Math.min(z, 7);
        else if (pop >= 15_000) z = Math.min(z, 8);
        else if (pop >= 3_000) z = Math.min(z, 10);
        return z;
    }

    static long score(int tier, long pop) {
        long bonus = switch (tier) {
            case 0 -> 1_000_000_000L;
            case 1 -> 100_000_000L;
            case 2 -> 60_000L;
            case 3 -> 10_000L;
            default -> 0L;
        };
        return bonus + pop;
    }

    /** Drops the U+FFFD left where a 50-byte field cut a letter in two; twin villages get a slash. */
    static String cleanArabic(String s) {
        return s.replace("\uFFFD", "").replace('_', '/').strip();
    }

    private List<Town> towns() throws IOException {
        List<Town> out = new ArrayList<>();
        for (String row : Files.readAllLines(from.resolve("gazetteer/geonames_cities500_SY.tsv"), StandardCharsets.UTF_8)) {
            String[] c = row.split("\t", -1);
            if (c.length < 15 || c[14].isEmpty()) continue;
            out.add(new Town(Double.parseDouble(c[4]), Double.parseDouble(c[5]), Long.parseLong(c[14])));
        }
        return out;
    }

    /**
     * Each GeoNames town gives its population to the one nearest community within ~3 km (not the
     * other way round, or every village on a city's edge would inherit the city's population).
     */
    private static long[] populations(List<Town> towns, List<String[]> communities, int iLat, int iLon) {
        long[] pops = new long[communities.size()];
        double[] lats = new double[pops.length], lons = new double[pops.length];
        for (int i = 0; i < pops.length; i++) {
            lats[i] = Double.parseDouble(communities.get(i)[iLat]);
            lons[i] = Double.parseDouble(communities.get(i)[iLon]);
        }
        for (Town t : towns) {
            double best = 0.03 * 0.03, k = Math.cos(Math.toRadians(t.lat()));
            int bestI = -1;
            for (int i = 0; i < pops.length; i++) {
                double dx = (lons[i] - t.lon()) * k, dy = lats[i] - t.lat();
                double d = dx * dx + dy * dy;
                if (d < best) {
                    best = d;
                    bestI = i;
                }
            }
            if (bestI >= 0) pops[bestI] = Math.max(pops[bestI], t.population());
        }
        return pops;
    }
}
