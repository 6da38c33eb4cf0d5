package org.clashmap.extract;

/** ACLED time precision codes: 1 exact day, 2 within a week, 3 within a month; UNKNOWN when undated. */
public enum TimePrecision {
    DAY(1), WEEK(2), MONTH(3), UNKNOWN(0);

    public final int acledCode;

    TimePrecision(int acledCode) {
        this.acledCode = acledCode;
    }

    public static TimePrecision fromCode(int code) {
        for (TimePrecision p : values()) if (p.acledCode == code) return p;
        return UNKNOWN;
    }

    /** Parses "day", "week", "month", "unknown" (case-insensitive) or an ACLED code. */
    public static TimePrecision parse(String s) {
        if (s == null || s.isBlank()) return UNKNOWN;
        String t = s.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.chars().allMatch(Character::isDigit)) return fromCode(Integer.parseInt(t));
        return valueOf(t);
    }
}
