package org.clashmap.store;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.SubEventType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * Records an analyst's decisions about events as edits (who, when, old and new value). Several analysts
 * may edit one database at once (decision 027): every edit, undo and redo raises the event's edit
 * version, and this reviewer remembers the version it last saw of each event ({@link #look}); an edit
 * of an event another analyst changed since is refused with an {@link EditConflict} naming that change,
 * and goes through when made again (the analyst has now seen it).
 */
public final class Reviewer {
    private final Database db;
    private final String author;
    /** The edit version of each event as this reviewer last saw it. */
    private final java.util.Map<Long, Long> seen = new java.util.concurrent.ConcurrentHashMap<>();

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

    /**
     * The event's edit version now, remembered as the one this analyst has seen: call it when the event is
     * shown. Edits of events never looked at are not checked (a one-off command line edit).
     */
    public long look(long eventId) {
        long v = db.withConnection(c -> version(c, eventId));
        seen.put(eventId, v);
        return v;
    }

    /** Another analyst's change made after this one last saw the event: the edit was refused. */
    public static final class EditConflict extends Refusal {
        private final long eventId;

        EditConflict(long eventId, Change change) {
            super(change == null ? Reason.EDIT_CONFLICT_UNDONE : Reason.EDIT_CONFLICT, "event " + eventId
                    + " was changed by another analyst since you opened it (" + (change == null ? "an edit since undone" : change.describe())
                    + "); your edit was not saved — look at their change, then make yours again if it still stands",
                    change == null ? new Object[]{eventId} : new Object[]{eventId, change.author(), change.instant()});
            this.eventId = eventId;
        }

        public long eventId() {
            return eventId;
        }
    }

    /** Re-applies the most recently undone edit of the event; false when there is none. */
    public boolean redoLast(long eventId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE edits SET undone = 0 WHERE id = (SELECT max(id) FROM edits WHERE event_id = ? AND undone = 1)")) {
                ps.setLong(1, eventId);
                if (ps.executeUpdate() != 1) return false;
            }
            claimVersion(c, eventId);
            return true;
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

    /** When the event's newest edit still in force was made, or null when none is (for one Undo over edits and merges). */
    public java.time.Instant lastEditAt(long eventId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT created_at FROM edits WHERE event_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1")) {
                ps.setLong(1, eventId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.time.Instant.parse(rs.getString(1)) : null;
                }
            }
        });
    }

    /** Undoes the newest edit of the event still in force; returns false when there is none. */
    public boolean undoLast(long eventId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE edits SET undone = 1 WHERE id = (SELECT max(id) FROM edits WHERE event_id = ? AND undone = 0)")) {
                ps.setLong(1, eventId);
                if (ps.executeUpdate() != 1) return false;
            }
            claimVersion(c, eventId);
            return true;
        });
    }

    /**
     * Raises the event's edit version inside the edit's transaction. The UPDATE locks the event's row (on
     * PostgreSQL a second analyst's edit waits here for the first to commit; SQLite has one writer anyway),
     * so the version read back is the one just before this edit: anything but the one this analyst saw
     * means somebody else changed the event in between, and the whole edit is rolled back.
     */
    private void claimVersion(java.sql.Connection c, long eventId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET edit_version = edit_version + 1 WHERE id = ?")) {
            ps.setLong(1, eventId);
            if (ps.executeUpdate() != 1) throw new Refusal(Refusal.Reason.NO_EVENT, "no event " + eventId, eventId);
        }
        long now = version(c, eventId);
        Long saw = seen.get(eventId);
        if (saw != null && now - 1 != saw) {
            seen.put(eventId, now - 1); // shown the other's change now: the same edit made again goes through
            throw new EditConflict(eventId, latestChange(c, eventId));
        }
        seen.put(eventId, now);
    }

    private static long version(java.sql.Connection c, long eventId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT edit_version FROM events WHERE id = ?")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new Refusal(Refusal.Reason.NO_EVENT, "no event " + eventId, eventId);
                return rs.getLong(1);
            }
        }
    }

    /** Who changed an event last, what and when, and whether it was undone since. */
    record Change(String author, String at, String field, String value, boolean undone) {
        /** When, as an instant (the stored text when it is not one). */
        Object instant() {
            try {
                return java.time.Instant.parse(at);
            } catch (java.time.format.DateTimeParseException e) {
                return at;
            }
        }

        /** As the history shows it. */
        String describe() {
            return author + " set " + field + " to '" + String.valueOf(value).replace('\t', ' ') + "' at " + at + (undone ? ", then undid it" : "");
        }
    }

    /** The newest change of the event by anyone; null when there is none left (an edit since undone). */
    private static Change latestChange(java.sql.Connection c, long eventId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT author, created_at, field, new_value, undone FROM edits WHERE event_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) != 0);
            }
        }
    }

    private void record(long eventId, String field, String value) {
        db.inTransaction(c -> {
            claimVersion(c, eventId);
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
