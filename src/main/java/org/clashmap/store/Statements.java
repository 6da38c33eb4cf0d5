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
