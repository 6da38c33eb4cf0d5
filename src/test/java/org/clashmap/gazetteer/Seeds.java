package org.clashmap.gazetteer;

import org.clashmap.geodesy.Geodesy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.clashmap.text.ArabicNormalizer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test helpers: the seed reports from the classpath and distance assertions. */
final class Seeds {
    private Seeds() {}

    static String text(String prefix) {
        String[] files = {"000_1ef341747bf478e6.txt", "001_e39c371191d3715e.txt", "002_691e0f6a8b732c9c.txt",
                "003_40f3d804fea89556.txt", "004_6ed6fa91f22f297b.txt"};
        for (String f : files) {
            if (!f.startsWith(prefix)) continue;
            try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + f)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    /** Locations whose surface contains the name (normalised). */
    static List<Location> about(List<Location> ls, String name) {
        String n = ArabicNormalizer.normalize(name);
        return ls.stream().filter(l -> ArabicNormalizer.normalize(l.surface()).contains(n)).toList();
    }

    /** Every mention of the name resolves to an anchor within {@code km} of the truth, and there is one. */
    static void assertAllNear(List<Location> ls, String name, double lat, double lon, double km) {
        List<Location> hits = about(ls, name);
        assertFalse(hits.isEmpty(), name + " not resolved at all");
        for (Location l : hits) {
            double d = Geodesy.km(l.anchor().lat(), l.anchor().lon(), lat, lon);
            assertTrue(d <= km, name + " at '" + l.surface() + "' resolved to " + l.anchor().id() + " "
                    + l.anchor().nameEn() + ", " + Math.round(d) + " km from the truth");
        }
    }

    static void assertAllNear(List<Location> ls, String name, Place truth, double km) {
        assertAllNear(ls, name, truth.lat(), truth.lon(), km);
    }
}
