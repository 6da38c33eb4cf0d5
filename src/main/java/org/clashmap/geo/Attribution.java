package org.clashmap.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The attribution lines the open data asks for, shown in the app and on every exported map. */
public final class Attribution {
    private static final List<String> LINES = load();

    private Attribution() {
    }

    public static List<String> lines() {
        return LINES;
    }

    private static List<String> load() {
        try (InputStream in = Attribution.class.getResourceAsStream("/basemap/attribution.txt")) {
            if (in == null) throw new IllegalStateException("missing resource basemap/attribution.txt");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
