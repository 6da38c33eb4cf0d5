package org.clashmap.store;

import org.clashmap.extract.ControlClaim;
import org.clashmap.extract.Event;
import org.clashmap.extract.Extraction;
import org.clashmap.extract.Report;
import org.clashmap.incidents.Fingerprint;
import org.clashmap.incidents.IncidentLinker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A report that changed at its source after it was stored (decision 025): a Telegram message edited
 * by its channel arrives again with the same link and a new text. The stored report is updated in
 * place, never added a second time, and the analyst's review survives: the new extraction's events
 * take over the stored events of the same ordinal (same row, so their edits, review status and
 * pinned incident stay); new ones are added; a stored event the new text no longer yields is
 * removed unless the analyst edited it, in which case it is kept as the analyst left it. The text it
 * had is remembered ({@code article_versions}): met again (a forward made before the edit, an older
 * export) it is this report, not a new one.
 */
public final class ReportRevisions {
    private final Database db;
    private final IncidentLinker linker = new IncidentLinker();

    public ReportRevisions(Database db) {
        this.db = db;
    }

    /** A stored report with a link; {@code revisedAt}: the source's edit time of the stored version, or null. */
    public record Linked(long id, java.time.OffsetDateTime revisedAt) {}

    /** The stored report with this link (the newest when several), or null. */
    public Linked byLink(String link) {
        if (link == null) return null;
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, revised_at FROM articles WHERE link = ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, link);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return null;
                    return new Linked(rs.getLong(1), rs.getString(2) == null ? null : java.time.OffsetDateTime.parse(rs.getString(2)));
                }
            }
        });
    }

    /**
     * Replaces report {@code articleId}'s text, publication and extraction with {@code x}'s, in one
     * transaction, and links its events again. The caller has checked that the new text is not stored already.
     */
    public IngestResult revise(long articleId, Extraction x, java.time.OffsetDateTime editedAt) {
        return db.inTransaction(c -> {
            Report r = x.report();
            Fingerprint fp = Fingerprint.of(r.text());
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO article_versions(sha256, article_id, replaced_at)"
                    + " SELECT sha256, id, ? FROM articles WHERE id = ?")) {
                ps.setString(1, java.time.Instant.now().toString());
                ps.setLong(2, articleId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET sha256 = ?, text = ?, outlet = ?, published = ?,"
                    + " published_precision = ?, published_at = ?, fingerprint = ?, revised_at = ? WHERE id = ?")) {
                ps.setString(1, Sha256.of(r.text()));
                ps.setString(2, r.text());
                ps.setString(3, r.outlet());
                ps.setString(4, r.published() == null ? null : r.published().toString());
                ps.setString(5, r.precision().name());
                ps.setString(6, r.publishedAt() == null ? null : r.publishedAt().toString());
                ps.setString(7, fp.hex());
                ps.setString(8, editedAt == null ? null : editedAt.toString());
                ps.setLong(9, articleId);
                if (ps.executeUpdate() != 1) throw new IllegalArgumentException("no report " + articleId);
            }
            update(c, "DELETE FROM article_bands WHERE article_id = ?", articleId);
            IncidentStore.insertBands(c, articleId, fp);
            List<Long> stored = IncidentStore.longs(c,
                    "SELECT id FROM events WHERE article_id = ? AND origin = 'extracted' ORDER BY ordinal, id", articleId);
            List<Event> fresh = x.events();
            try (Statements st = new Statements(c)) {
                for (int i = 0; i < fresh.size(); i++) {
                    if (i < stored.size()) rewrite(st, stored.get(i), i, fresh.get(i));
                    else EventStore.insertEvent(st, articleId, i, fresh.get(i));
                }
            }
            for (long gone : stored.subList(Math.min(stored.size(), fresh.size()), stored.size())) {
                if (IncidentStore.longs(c, "SELECT id FROM edits WHERE event_id = ? LIMIT 1", gone).isEmpty()) {
                    update(c, "DELETE FROM events WHERE id = ?", gone);
                }
            }
            update(c, "DELETE FROM control_claims WHERE article_id = ? AND origin = 'extracted'", articleId);
            try (Statements st = new Statements(c)) {
                for (ControlClaim claim : x.claims()) EventStore.insertClaim(st, articleId, claim);
            }
            IncidentStore.dropEmptyIncidents(c);
            int linked = 0;
            for (long id : IncidentStore.longs(c,
                    "SELECT id FROM events WHERE article_id = ? AND origin = 'extracted' AND incident_id IS NULL ORDER BY id", articleId)) {
                if (IncidentStore.linkEvent(c, id, linker)) linked++;
            }
            return new IngestResult(articleId, true, fresh.size(), x.claims().size(), null, linked);
        });
    }

    /** The stored event {@code id} takes the new extraction's values; its id, review and edits stay. */
    private static void rewrite(Statements st, long id, int ordinal, Event e) throws SQLException {
        Connection c = st.connection();
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET ordinal = ?, event_type = ?, sub_event_type = ?, date_from = ?,"
                + " date_to = ?, time_precision = ?, fatalities = ?, wounded = ?, confidence = ?, sentence = ?, char_start = ?, char_end = ?,"
                + " incident_id = CASE WHEN incident_pinned = 1 THEN incident_id END WHERE id = ?")) {
            ps.setInt(1, ordinal);
            ps.setString(2, e.type().name());
            ps.setString(3, e.subType() == null ? null : e.subType().name());
            EventStore.setDate(ps, 4, e.date().from());
            EventStore.setDate(ps, 5, e.date().to());
            ps.setInt(6, e.date().precision().acledCode);
            if (e.fatalities() == null) ps.setNull(7, java.sql.Types.INTEGER);
            else ps.setInt(7, e.fatalities());
            if (e.wounded() == null) ps.setNull(8, java.sql.Types.INTEGER);
            else ps.setInt(8, e.wounded());
            ps.setDouble(9, e.confidence());
            ps.setString(10, e.sentence());
            ps.setInt(11, e.charStart());
            ps.setInt(12, e.charEnd());
            ps.setLong(13, id);
            ps.executeUpdate();
        }
        update(c, "DELETE FROM event_places WHERE event_id = ?", id);
        update(c, "DELETE FROM event_actors WHERE event_id = ?", id);
        EventStore.insertPlaces(st, id, e.places());
        EventStore.insertActors(st, id, e.actors());
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** The link and exact publication time stored for a report (null when none). */
    public String[] linkAndTime(long articleId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT link, published_at FROM articles WHERE id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
                }
            }
        });
    }
}
