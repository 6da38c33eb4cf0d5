package org.clashmap.store;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.SubEventType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Analyst edits are rows beside the machine's original event, never written over it. The latest
 * edit per field that has not been undone is the one in force.
 */
final class Edits {
    static final String REVIEW = "review_status";
    static final String SUB_TYPE = "sub_event_type";
    static final String DATE = "date";            // "from/to/precision", empty for undated
    static final String FATALITIES = "fatalities"; // integer, empty for unknown

    private Edits() {
    }

    /** event id → field → value in force, for the events matched by {@code where} (on alias e). */
    static Map<Long, Map<String, String>> latestByEvent(Connection c, String where) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        String sql = "SELECT d.event_id, d.field, d.new_value FROM edits d JOIN events e ON e.id = d.event_id "
                + where + (where.isEmpty() ? " WHERE " : " AND ") + "d.undone = 0 ORDER BY d.id";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        }
        return out;
    }

    static StoredEvent apply(StoredEvent e, Map<String, String> edits) {
        ReviewStatus review = edits.containsKey(REVIEW) ? ReviewStatus.fromSql(edits.get(REVIEW)) : e.review();
        SubEventType sub = edits.containsKey(SUB_TYPE) ? SubEventType.valueOf(edits.get(SUB_TYPE)) : e.subType();
        DateRange date = edits.containsKey(DATE) ? parseDate(edits.get(DATE)) : e.date();
        Integer dead = edits.containsKey(FATALITIES) ? parseInt(edits.get(FATALITIES)) : e.fatalities();
        return new StoredEvent(e.id(), e.articleId(), e.origin(), e.externalId(), sub == null ? e.type() : sub.type, sub, date,
                dead, e.wounded(), e.confidence(), review, e.sentence(), e.charStart(), e.charEnd(), e.actors(), e.places(),
                e.fileName(), e.outlet(), true);
    }

    static String formatDate(DateRange d) {
        return d.isKnown() ? d.from() + "/" + d.to() + "/" + d.precision().acledCode : "";
    }

    static DateRange parseDate(String s) {
        if (s == null || s.isEmpty()) return DateRange.UNKNOWN;
        String[] p = s.split("/");
        return EventStore.dateRange(LocalDate.parse(p[0]).toString(), p[1], Integer.parseInt(p[2]));
    }

    private static Integer parseInt(String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }
}
