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
        try (InputStream in = BasemapAttribution.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
