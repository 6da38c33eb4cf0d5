package org.clashmap.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a database holds, per table: row count, highest rowid and a SHA-256 of every row up to a
 * rowid. "Stored before is intact" means: each table's rows up to its old highest rowid hash the same.
 */
record DbFingerprint(Map<String, Long> counts, Map<String, Long> maxRowids, Map<String, String> hashes) {

    static DbFingerprint of(Path db) {
        return of(db, null);
    }

    /** @param upTo per-table rowid limits (rows added later are left out), or null for all rows */
    static DbFingerprint of(Path db, Map<String, Long> upTo) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            Map<String, Long> counts = new LinkedHashMap<>(), max = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            for (String t : tables(c)) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(rowid), 0) FROM \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                    max.put(t, rs.getLong(2));
                }
                long limit = upTo == null ? Long.MAX_VALUE : upTo.getOrDefault(t, 0L);
                hashes.put(t, hash(c, t, limit));
            }
            return new DbFingerprint(counts, max, hashes);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint " + db + ": " + e.getMessage(), e);
        }
    }

    /** Whether every row this fingerprint saw is still in {@code db}, unchanged. */
    boolean intactIn(Path db) {
        return of(db, maxRowids).hashes.equals(hashes);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static String hash(Connection c, String table, long upTo) throws SQLException {
        try (var ps = c.prepareStatement("SELECT * FROM \"" + table + "\" WHERE rowid <= ? ORDER BY rowid")) {
            ps.setLong(1, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        // An analyst's edit raises its event's edit counter (decision 027): the row's data is what must stay.
                        if (rs.getMetaData().getColumnName(i).equals("edit_version")) continue;
                        md.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                        md.update((byte) 0x1F);
                    }
                    md.update((byte) 0x1E);
                }
                return HexFormat.of().formatHex(md.digest());
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
