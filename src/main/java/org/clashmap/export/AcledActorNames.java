package org.clashmap.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Readable (ACLED-style) names for actor ids, from {@code export/acled_actor_names.tsv}. */
public final class AcledActorNames {
    private static final String RESOURCE = "/export/acled_actor_names.tsv";
    private static volatile AcledActorNames defaults;

    private final Map<String, String> names;

    AcledActorNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The bundled table, loaded once. */
    public static AcledActorNames defaults() {
        AcledActorNames d = defaults;
        if (d == null) {
            d = load();
            defaults = d;
        }
        return d;
    }

    /** The readable name; an unknown id is returned as it is, null stays null. */
    public String name(String actorId) {
        if (actorId == null) return null;
        return names.getOrDefault(actorId, actorId);
    }

    public boolean knows(String actorId) {
        return names.containsKey(actorId);
    }

    private static AcledActorNames load() {
        try (InputStream in = AcledActorNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Map<String, String> m = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IllegalStateException(RESOURCE + ": expected id<TAB>name: " + line);
                m.put(f[0].trim(), f[1].trim());
            }
            return new AcledActorNames(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
