package org.clashmap.store;

/**
 * Small numbers of a lean scan's row packed by the SQL into one 64-bit column and unpacked here: the rule of each
 * packing in one place, its SQL beside its reading. Every column a million-row scan reads is a call into the driver
 * (sqlite-jdbc locks the connection, checks the statement and allocates a lambda at each, at the quick JIT tier), and
 * these two save two calls an event and one an actor row (decision 051). The arithmetic is plain integer arithmetic
 * that SQLite and PostgreSQL (BIGINT) do alike, and {@link Dialect} rewrites the dates as before.
 */
final class LeanColumns {
    private LeanColumns() {
    }

    private static final long KIND_BITS = 6, DAY_BITS = 24, DAY_OFFSET = 1L << (DAY_BITS - 1);
    /** {@link #days}'s value for an undated event: below every packed date (a day is at least -2^23 days, year 0000 is -719,528). */
    private static final long UNDATED_DAYS = -1L << 62;

    /**
     * The dead (any integer: its low 32 bits, as a driver's getInt gives them) above a kind of at most
     * {@link #KIND_BITS} bits (event type × 2 + rejected).
     */
    static String deadAndKind(String dead, String kind) {
        if (org.clashmap.extract.EventType.values().length * 2 > 1 << KIND_BITS) throw new IllegalStateException("too many event types to pack");
        return "(" + dead + " & 4294967295) * " + (1L << KIND_BITS) + " + coalesce(" + kind + ", 0)";
    }

    static int dead(long deadAndKind) {
        return (int) (deadAndKind >>> KIND_BITS);
    }

    static int kind(long deadAndKind) {
        return (int) (deadAndKind & ((1L << KIND_BITS) - 1));
    }

    /**
     * An event's first and last epoch day: the first above the last, the last offset into {@link #DAY_BITS} bits
     * (±8 million days: julianday reads the years 0000–9999, ±3 million). No first day: {@link #UNDATED_DAYS}; a first day
     * without a readable last: last 0, as a driver reads a NULL.
     */
    static String days(String first, String last) {
        return "coalesce(" + first + " * " + (1L << DAY_BITS) + " + coalesce(" + last + ", 0) + " + DAY_OFFSET + ", " + UNDATED_DAYS + ")";
    }

    /** The first day, or {@link IncidentRowSink#UNDATED}. */
    static int from(long days) {
        return days == UNDATED_DAYS ? IncidentRowSink.UNDATED : (int) (days >> DAY_BITS);
    }

    static int to(long days) {
        return (int) ((days & ((1L << DAY_BITS) - 1)) - DAY_OFFSET);
    }

    /** An actor row's event id (below 2^61) above its role (1 or 2). */
    static String eventAndRole(String eventId, String role) {
        return eventId + " * 4 + " + role;
    }

    static long event(long eventAndRole) {
        return eventAndRole >> 2;
    }

    static int role(long eventAndRole) {
        return (int) (eventAndRole & 3);
    }
}
