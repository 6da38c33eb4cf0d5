package org.clashmap.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon files under {@code /extract/}: '#' starts a comment line, blank lines are skipped. */
final class LexiconFile {
    private LexiconFile() {}

    /** The first column of a lexicon file, normalised (ة→ه, أ→ا ...) as the text it is compared with. */
    static java.util.Set<String> normalizedWords(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] r : rows(name)) out.add(org.clashmap.text.ArabicNormalizer.normalize(r[0]));
        return java.util.Set.copyOf(out);
    }

    static List<String[]> rows(String name) {
        String path = "/extract/" + name;
        try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
