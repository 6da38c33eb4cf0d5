package org.clashmap.extract;

import java.util.HashMap;
import java.util.Map;

/** Which actors fight on the same side ({@code alliances.tsv}): allies are never each other's opponents. */
final class Alliances {
    private static volatile Map<String, String> blocOf;

    private Alliances() {}

    static boolean allied(String a, String b) {
        String x = blocs().get(a);
        return x != null && x.equals(blocs().get(b));
    }

    private static Map<String, String> blocs() {
        Map<String, String> m = blocOf;
        if (m == null) {
            Map<String, String> out = new HashMap<>();
            for (String[] r : LexiconFile.rows("alliances.tsv")) for (String id : r[1].split(",")) out.put(id.strip(), r[0]);
            blocOf = m = out;
        }
        return m;
    }
}
