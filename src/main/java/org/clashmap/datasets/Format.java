package org.clashmap.datasets;

import java.util.Locale;

/** The dataset formats ClashMap imports. */
public enum Format {
    UCDP, ACLED;

    public static Format parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (ucdp or acled)");
        }
    }

    DatasetReader reader() {
        return this == UCDP ? new UcdpReader() : new AcledReader();
    }

    public String origin() {
        return name().toLowerCase(Locale.ROOT);
    }
}
