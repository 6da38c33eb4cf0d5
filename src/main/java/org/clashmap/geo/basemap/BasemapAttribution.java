package org.clashmap.geo.basemap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The attribution lines the data licences require; the app shows them with the map and in exports. */
public final class BasemapAttribution {
    private static final String RESOURCE = "/basemap/ATTRIBUTION.txt";

    private BasemapAttribution() {
    }

    /** Non-comment, non-blank lines of the bundled attribution file. */
    public static List<String> lines() {
        return lines(RESOURCE);
    }

    /**
     * The same credits in a language: in Arabic the words that describe each source are Arabic, the names of the
     * sources, their authors and licences stay as written (ATTRIBUTION_ar.txt, line for line).
     */
    public static List<String> lines(org.clashmap.geo.Language lang) {
        return lang == org.clashmap.geo.Language.AR ? lines(RESOURCE.replace(".txt", "_ar.txt")) : lines();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BasemapAttribution.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
