package org.clashmap.gazetteer.build;

import org.clashmap.gazetteer.PlaceKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code curated.tsv}: key, kind, name_ar, variants_ar (|), name_en, admin1, precision_km,
 * reference, note. Coordinates come only from the reference; a row that cannot be resolved stops
 * the build with its line number.
 */
final class CuratedPlaces {
    private CuratedPlaces() {}

    static List<DraftPlace> read(Path tsv, ReferenceResolver refs) throws IOException {
        List<DraftPlace> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) continue;
            String[] f = line.split("\t", -1);
            try {
                if (f.length < 8) throw new IllegalArgumentException("expected 8 or 9 columns, found " + f.length);
                DraftPlace p = new DraftPlace("cur:" + f[0].strip());
                p.kind = PlaceKind.valueOf(f[1].strip());
                p.nameAr = f[2].strip();
                for (String v : f[3].split("\\|")) p.addVariant(v);
                p.nameEn = f[4].strip();
                p.admin1 = f[5].strip();
                p.precisionKm = Double.parseDouble(f[6].strip());
                String ref = f[7].strip();
                double[] ll = refs.resolve(ref);
                p.lat = ll[0];
                p.lon = ll[1];
                p.sources.add(ref);
                out.add(p);
            } catch (RuntimeException e) {
                throw new IllegalStateException(tsv.getFileName() + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
