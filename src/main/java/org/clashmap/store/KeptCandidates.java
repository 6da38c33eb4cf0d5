package org.clashmap.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A batch's {@link IncidentCandidates} kept for the ingest's next batch (decision 047). Each batch is one write
 * transaction (the crash-safety rule), and each used to read the stored incidents of its reports' days and their
 * members afresh: most of what the previous batch had read and kept up to date itself, and two fifths of linking.
 * <p>
 * Kept only while it is still true: on SQLite, when no other connection has committed since ({@code PRAGMA
 * data_version} changes exactly then) and nothing else was written on this connection ({@code total_changes()},
 * which counts every row this connection changed, grows with any other write: an edit from the window, a revised
 * report linked on its own). Both are read at the end of the batch, inside its transaction, and again at the start
 * of the next, inside its own (BEGIN IMMEDIATE holds the write lock from there). A batch that failed keeps nothing.
 * On PostgreSQL, where writers run side by side, every batch reads afresh as before.
 */
record KeptCandidates(IncidentCandidates candidates, long stamp) {
    /** Mentions and rows held at most: past that a long-running watch reads afresh rather than grow without bound. */
    static final int MAX_HELD = 500_000;

    /**
     * A SQLite connection's data version and count of changed rows folded into one value, or -1 when either is out of
     * the range that folds (in practice the data version stays far below 2^31, one connection's changes below 2^32).
     */
    static long changesSoFar(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT data_version FROM pragma_data_version), total_changes()")) {
            rs.next();
            long version = rs.getLong(1), changes = rs.getLong(2);
            if (version < 0 || version >= 1L << 31 || changes < 0 || changes >= 1L << 32) return -1;
            return version << 32 | changes;
        }
    }

    /** True when neither another connection nor other work on this one has written since the stamp was taken. */
    boolean stillTrue(Connection c) throws SQLException {
        long now = changesSoFar(c);
        return now >= 0 && now == stamp;
    }
}
