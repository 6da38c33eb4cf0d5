package org.clashmap.gazetteer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code aliases.tsv}: extra Arabic names (Kurdish names, common short forms) for places that
 * exist already. Names only; an unknown id fails the build.
 */
final class Aliases {
    private Aliases() {}

    static int apply(Path tsv, List<DraftPlace> places) throws IOException {
        if (!Files.exists(tsv)) return 0;
        Map<String, DraftPlace> byId = new HashMap<>();
        for (DraftPlace p : places) byId.put(p.id, p);
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t", -1);
            DraftPlace p = byId.get(f[0].strip());
            if (p == null || f.length < 2) {
                throw new IllegalStateException(tsv.getFileName() + " line " + (i + 1) + ": unknown place id " + f[0]);
            }
            for (String v : f[1].split("\\|")) p.addVariant(v);
            n++;
        }
        return n;
    }
}
