package org.clashmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept for one transaction's work: a batch of reports inserts many events, places and actors
 * with the same few statements, and preparing each again for every row took a fifth of storing them (decision 034).
 * Callers set every parameter before each use; closing closes them all.
 */
final class Statements implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, PreparedStatement> withKeys = new HashMap<>();
    private final java.util.Set<String> done = new java.util.HashSet<>();

    Statements(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    /** The statement for {@code sql}, prepared on first use. */
    PreparedStatement of(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) prepared.put(sql, ps = c.prepareStatement(sql));
        return ps;
    }

    /** As {@link #of}, returning generated keys. */
    PreparedStatement returningKeys(String sql) throws SQLException {
        PreparedStatement ps = withKeys.get(sql);
        if (ps == null) withKeys.put(sql, ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS));
        return ps;
    }

    /**
     * True the first time {@code key} is asked in this transaction: for writes that change nothing when repeated
     * (a gazetteer place copied with INSERT OR IGNORE), which a batch need not send again for every event.
     */
    boolean firstTime(String key) {
        return done.add(key);
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Map<String, PreparedStatement> m : java.util.List.of(prepared, withKeys)) {
            for (PreparedStatement ps : m.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    if (first == null) first = e;
                }
            }
            m.clear();
        }
        if (first != null) throw first;
    }
}
