package org.clashmap.store;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.SubEventType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    static final String ACTORS = "actors";         // "actor1,actor2" ids, either may be empty
    static final String PLACE = "place:";          // + ordinal; value from formatPlace

    private Edits() {
    }

    /** event id → field → value in force, for the events matched by {@code where} (on alias e). */
    /** Places and actors as edited: fields "place:N" replace the N-th place, "actors" actor1/actor2. */
    private static List<EventPlace> editedPlaces(StoredEvent e, Map<String, String> edits) {
        List<EventPlace> places = new ArrayList<>(e.places());
        edits.forEach((field, value) -> {
            if (!field.startsWith(PLACE)) return;
            int i = Integer.parseInt(field.substring(PLACE.length()));
            if (i >= 0 && i < places.size()) places.set(i, parsePlace(value, places.get(i)));
        });
        return places;
    }

    private static List<EventActor> editedActors(StoredEvent e, Map<String, String> edits) {
        String v = edits.get(ACTORS);
        if (v == null) return e.actors();
        String[] ids = v.split(",", -1);
        List<EventActor> out = new ArrayList<>();
        if (!ids[0].isEmpty()) out.add(new EventActor(ids[0], ActorRole.ACTOR1, null));
        if (ids.length > 1 && !ids[1].isEmpty()) out.add(new EventActor(ids[1], ActorRole.ACTOR2, null));
        e.actors().stream().filter(a -> a.role() == ActorRole.ASSOCIATED).forEach(out::add);
        return out;
    }

    static String formatPlace(EventPlace p) {
        return String.join("\t", nz(p.placeId()), Double.toString(p.lat()), Double.toString(p.lon()), Double.toString(p.precisionKm()),
                nz(p.nameAr()), nz(p.nameEn()));
    }

    private static EventPlace parsePlace(String v, EventPlace original) {
        String[] c = v.split("\t", -1);
        return new EventPlace(c[0].isEmpty() ? null : c[0], c[4], c[5].isEmpty() ? null : c[5], null,
                Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]), 1.0,
                original.charStart(), original.charEnd(), original.fatalities()); // a moved place keeps its dead
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Map<Long, Map<String, String>> latestByEvent(Connection c, String where, Object id) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        String sql = "SELECT d.event_id, d.field, d.new_value FROM edits d JOIN events e ON e.id = d.event_id "
                + where + (where.isEmpty() ? " WHERE " : " AND ") + "d.undone = 0 ORDER BY d.id";
        try (java.sql.PreparedStatement ps = EventStore.bind(c.prepareStatement(sql), id); ResultSet rs = ps.executeQuery()) {
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
                dead, e.wounded(), e.confidence(), review, e.sentence(), e.charStart(), e.charEnd(),
                editedActors(e, edits), editedPlaces(e, edits), e.fileName(), e.outlet(), true);
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
