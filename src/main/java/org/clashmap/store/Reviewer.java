package org.clashmap.store;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.SubEventType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/** Records an analyst's decisions about events as edits (who, when, old and new value). */
public final class Reviewer {
    private final Database db;
    private final String author;

    public Reviewer(Database db, String author) {
        this.db = db;
        this.author = author;
    }

    public void setReview(long eventId, ReviewStatus status) {
        record(eventId, Edits.REVIEW, status.sql());
    }

    public void setSubType(long eventId, SubEventType sub) {
        record(eventId, Edits.SUB_TYPE, sub.name());
    }

    public void setDate(long eventId, DateRange date) {
        record(eventId, Edits.DATE, Edits.formatDate(date));
    }

    public void setFatalities(long eventId, Integer dead) {
        record(eventId, Edits.FATALITIES, dead == null ? "" : dead.toString());
    }

    public void setActors(long eventId, String actor1, String actor2) {
        record(eventId, Edits.ACTORS, (actor1 == null ? "" : actor1) + "," + (actor2 == null ? "" : actor2));
    }

    /** Moves the event's {@code ordinal}-th place (to a dragged point or another gazetteer candidate). */
    public void setPlace(long eventId, int ordinal, org.clashmap.extract.EventPlace place) {
        record(eventId, Edits.PLACE + ordinal, Edits.formatPlace(place));
    }

    /** Re-applies the most recently undone edit of the event; false when there is none. */
    public boolean redoLast(long eventId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE edits SET undone = 0 WHERE id = (SELECT max(id) FROM edits WHERE event_id = ? AND undone = 1)")) {
                ps.setLong(1, eventId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Who changed what and when, newest first, for the detail pane. */
    public java.util.List<String> history(long eventId) {
        return db.withConnection(c -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT created_at, author, field, new_value, undone FROM edits WHERE event_id = ? ORDER BY id DESC")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(readableTime(rs.getString(1)) + "  " + rs.getString(2) + "  " + rs.getString(3) + " → "
                                + rs.getString(4).replace('\t', ' ') + (rs.getInt(5) != 0 ? "  (undone)" : ""));
                    }
                }
            }
            return out;
        });
    }

    private static final java.time.format.DateTimeFormatter LOCAL_TIME = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /**
     * An edit's time as the analyst reads it: ISO date and time to the second in the computer's time zone
     * ("2026-12-03 09:14:05"), not the stored instant with nanoseconds ("2026-12-03T07:14:05.123456789Z").
     */
    static String readableTime(String stored) {
        try {
            return LOCAL_TIME.format(Instant.parse(stored).atZone(java.time.ZoneId.systemDefault()));
        } catch (java.time.format.DateTimeParseException e) {
            return stored; // written by something else: shown as stored
        }
    }

    /** Undoes the newest edit of the event still in force; returns false when there is none. */
    public boolean undoLast(long eventId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE edits SET undone = 1 WHERE id = (SELECT max(id) FROM edits WHERE event_id = ? AND undone = 0)")) {
                ps.setLong(1, eventId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private void record(long eventId, String field, String value) {
        db.inTransaction(c -> {
            String old = currentValue(c, eventId, field);
            // A new edit ends the redo chain: undone edits stay in the history but can't come back.
            try (PreparedStatement ps = c.prepareStatement("UPDATE edits SET undone = 2 WHERE event_id = ? AND undone = 1")) {
                ps.setLong(1, eventId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO edits(event_id, field, old_value, new_value, author, created_at) VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, eventId);
                ps.setString(2, field);
                ps.setString(3, old);
                ps.setString(4, value);
                ps.setString(5, author);
                ps.setString(6, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String currentValue(java.sql.Connection c, long eventId, String field) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT new_value FROM edits WHERE event_id = ? AND field = ? AND undone = 0 ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, eventId);
            ps.setString(2, field);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
