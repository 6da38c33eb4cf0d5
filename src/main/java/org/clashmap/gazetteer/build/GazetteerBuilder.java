package org.clashmap.gazetteer.build;

import org.clashmap.geodesy.Geodesy;

import org.clashmap.gazetteer.PlaceKind;
import org.clashmap.text.ArabicNormalizer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code places.tsv} from the open data and the curated list, reproducibly: the same inputs
 * give the same bytes (rows sorted by id, fixed number formats).
 */
public final class GazetteerBuilder {
    public static final String HEADER = "id\tkind\tname_ar\tvariants_ar\tname_en\tadmin1\tadmin2\tlat\tlon\tprecision_km\tpopulation\tcapital_level\tsource";
    /** A GeoNames town and an OCHA community of the same name closer than this are one place. */
    static final double MERGE_KM = 10;

    private final Path from;
    private final Path ucdp;
    private final Path basemap;
    private final Path out;
    private final PrintStream log;

    public GazetteerBuilder(Path from, Path ucdp, Path basemap, Path out, PrintStream log) {
        this.from = from;
        this.ucdp = ucdp;
        this.basemap = basemap;
        this.out = out;
        this.log = log;
    }

    /** The rows of places.tsv (header first), without writing anything. */
    public List<String> buildRows() throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<String, String> fixes = OchaCommunities.readFixes(out.resolve("ocha_fixes.tsv"));
        List<DraftPlace> ocha = OchaCommunities.read(from.resolve("syr_communities_ocha2015.tsv"), fixes, warnings);
        Map<String, DraftPlace> ochaByPcode = new LinkedHashMap<>();
        for (DraftPlace p : ocha) ochaByPcode.put(p.id.substring("ocha:".length()), p);

        List<DraftPlace> all = new ArrayList<>(OpenSyriaAdmin.read(from));
        all.addAll(ocha);
        int merged = 0, added = 0;
        for (GeoNamesCities.City c : GeoNamesCities.read(from.resolve("geonames_cities500_SY.tsv"))) {
            DraftPlace twin = findOchaTwin(c, ocha);
            if (twin != null) {
                for (String n : c.arabicNames()) twin.addVariant(n);
                twin.population = Math.max(twin.population, c.population());
                twin.sources.add("geonames:" + c.id());
                merged++;
            } else if (!c.arabicNames().isEmpty()) {
                all.add(fromGeoNames(c, ocha));
                added++;
            }
        }
        log.printf("gazetteer: %d OCHA communities, %d GeoNames towns merged into them, %d added%n", ocha.size(), merged, added);

        ReferenceResolver refs = new ReferenceResolver(ochaByPcode, ucdp, basemap);
        List<DraftPlace> curated = CuratedPlaces.read(out.resolve("curated.tsv"), refs);
        all.addAll(curated);
        log.printf("gazetteer: %d curated places resolved%n", curated.size());
        for (String w : warnings) log.println("gazetteer: warning: " + w);

        int aliased = Aliases.apply(out.resolve("aliases.tsv"), all);
        log.printf("gazetteer: %d places got names from aliases.tsv%n", aliased);

        all.sort(Comparator.comparing(p -> p.id));
        List<String> rows = new ArrayList<>(all.size() + 1);
        rows.add(HEADER);
        Map<String, Boolean> seen = new HashMap<>();
        for (DraftPlace p : all) {
            if (seen.put(p.id, true) != null) throw new IllegalStateException("duplicate id " + p.id);
            rows.add(p.toTsv());
        }
        return rows;
    }

    /** Builds and writes places.tsv and ATTRIBUTION.md into the output folder. */
    public int build() throws IOException {
        List<String> rows = buildRows();
        Files.createDirectories(out);
        Files.writeString(out.resolve("places.tsv"), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("ATTRIBUTION.md"), Attribution.TEXT, StandardCharsets.UTF_8);
        log.printf("gazetteer: wrote %d places to %s%n", rows.size() - 1, out.resolve("places.tsv"));
        return rows.size() - 1;
    }

    private static DraftPlace findOchaTwin(GeoNamesCities.City c, List<DraftPlace> ocha) {
        DraftPlace best = null;
        double bestKm = MERGE_KM;
        for (DraftPlace p : ocha) {
            double km = Geodesy.km(c.lat(), c.lon(), p.lat, p.lon);
            if (km >= bestKm) continue;
            if (sameName(c.arabicNames(), p)) {
                best = p;
                bestKm = km;
            }
        }
        return best;
    }

    private static boolean sameName(List<String> names, DraftPlace p) {
        List<String> have = p.normalizedNames().stream().map(GazetteerBuilder::bare).toList();
        for (String n : names) if (have.contains(bare(ArabicNormalizer.normalize(n)))) return true;
        return false;
    }

    /** Name without article and spaces, for comparing spellings across sources. */
    static String bare(String normalized) {
        String s = normalized.replace(" ", "");
        return s.startsWith("ال") && s.length() > 4 ? s.substring(2) : s;
    }

    private static DraftPlace fromGeoNames(GeoNamesCities.City c, List<DraftPlace> ocha) {
        DraftPlace p = new DraftPlace("geonames:" + c.id());
        p.nameAr = c.arabicNames().get(0);
        for (String n : c.arabicNames()) p.addVariant(n);
        p.nameEn = c.nameEn();
        p.lat = c.lat();
        p.lon = c.lon();
        p.population = c.population();
        p.kind = GeoNamesCities.kindFor(c.population());
        p.precisionKm = p.kind == PlaceKind.CITY ? 5 : 2;
        // Admin codes are those of the nearest OCHA community: GeoNames uses its own admin1 codes.
        DraftPlace near = null;
        double nearKm = Double.MAX_VALUE;
        for (DraftPlace o : ocha) {
            double km = Geodesy.km(c.lat(), c.lon(), o.lat, o.lon);
            if (km < nearKm) {
                nearKm = km;
                near = o;
            }
        }
        if (near != null) {
            p.admin1 = near.admin1;
            p.admin2 = near.admin2;
        }
        p.sources.add("geonames:" + c.id());
        return p;
    }
}
