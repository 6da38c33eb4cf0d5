package org.clashmap.store;

/** Where an event stands with the analyst. */
public enum ReviewStatus {
    UNREVIEWED, CONFIRMED, REJECTED;

    String sql() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ReviewStatus fromSql(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
