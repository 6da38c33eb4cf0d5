package org.clashmap.store;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.TimePrecision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Control claims and control layers. An analyst's "this place is held by X from date D" is a
 * claim row with origin 'edit' beside the extracted ones (never an update of them), so the
 * machine's reading stays visible and the edit can be removed.
 */
public final class ControlStore {
    /** A polygon to store: bounding box in degrees for quick filtering. */
    public record LayerZone(String controller, LocalDate validFrom, LocalDate validTo, String geometryJson,
                            double minLon, double minLat, double maxLon, double maxLat) {
    }

    private final Database db;

    public ControlStore(Database db) {
        this.db = db;
    }

    /** Records that {@code actorId} holds the place from {@code date} on; returns the claim id. */
    public long setController(String placeId, String nameAr, String nameEn, double lat, double lon, String actorId, LocalDate date) {
        if (placeId == null || actorId == null || date == null) throw new IllegalArgumentException("place, actor and date are required");
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO places(id, kind, name_ar, name_en, lat, lon, precision_km) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, placeId);
                ps.setString(2, "OTHER");
                ps.setString(3, nameAr == null ? "" : nameAr);
                ps.setString(4, nameEn);
                ps.setDouble(5, lat);
                ps.setDouble(6, lon);
                ps.setDouble(7, 1);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO control_claims(article_id, origin, place_id, name_ar, lat, lon, actor_id, gained, date_from, date_to, time_precision)"
                            + " VALUES (NULL,'edit',?,?,?,?,?,1,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, placeId);
                ps.setString(2, nameAr);
                ps.setDouble(3, lat);
                ps.setDouble(4, lon);
                ps.setString(5, actorId);
                ps.setString(6, date.toString());
                ps.setString(7, date.toString());
                ps.setInt(8, TimePrecision.DAY.acledCode);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Every claim of every origin, ordered by place and date. */
    public List<StoredClaim> allClaims() {
        return db.withConnection(c -> {
            List<StoredClaim> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, article_id, origin, place_id, name_ar, lat, lon, actor_id, gained, date_from, date_to, time_precision, sentence"
                            + " FROM control_claims ORDER BY place_id, date_from, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long article = rs.getLong(2);
                    Long articleId = rs.wasNull() ? null : article;
                    out.add(new StoredClaim(rs.getLong(1), articleId, rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getDouble(6), rs.getDouble(7), rs.getString(8), rs.getInt(9) != 0,
                            range(rs.getString(10), rs.getString(11), rs.getInt(12)), rs.getString(13)));
                }
            }
            return out;
        });
    }

    private static DateRange range(String from, String to, int code) {
        if (from == null) return DateRange.UNKNOWN;
        TimePrecision p = TimePrecision.DAY;
        for (TimePrecision t : TimePrecision.values()) if (t.acledCode == code && t != TimePrecision.UNKNOWN) p = t;
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to == null ? from : to), p);
    }

    /** Stores a layer and its polygons in one transaction; returns the layer id. */
    public long importLayer(String fileName, List<LayerZone> zones) {
        return db.inTransaction(c -> {
            long layerId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO control_layers(file_name, imported_at) VALUES (?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, fileName);
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    layerId = rs.getLong(1);
                }
            }
            insertZones(c, layerId, zones);
            return layerId;
        });
    }

    private static void insertZones(Connection c, long layerId, List<LayerZone> zones) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO control_layer_zones(layer_id, controller, valid_from, valid_to, geometry,"
                + " min_lon, min_lat, max_lon, max_lat) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (LayerZone z : zones) {
                ps.setLong(1, layerId);
                ps.setString(2, z.controller());
                ps.setString(3, z.validFrom().toString());
                ps.setString(4, z.validTo() == null ? null : z.validTo().toString());
                ps.setString(5, z.geometryJson());
                ps.setDouble(6, z.minLon());
                ps.setDouble(7, z.minLat());
                ps.setDouble(8, z.maxLon());
                ps.setDouble(9, z.maxLat());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every polygon of every imported layer, oldest layer first. */
    public List<StoredLayerZone> layerZones() {
        return db.withConnection(c -> {
            List<StoredLayerZone> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, layer_id, controller, valid_from, valid_to, geometry FROM control_layer_zones ORDER BY layer_id, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String to = rs.getString(5);
                    out.add(new StoredLayerZone(rs.getLong(1), rs.getLong(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                            to == null ? null : LocalDate.parse(to), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /**
     * Writes the derived control maps of some days in one transaction (decision 031): the days in
     * {@code remove} and those of {@code maps} are deleted first, so a day is never stored twice and a
     * reader sees the old map or the new one, never half of each. On PostgreSQL two refreshes racing for
     * one day collide on its unique date; the later one is run again (Database.inTransaction) and wins.
     * Lines of fewer than two points and zones of fewer than three are left out (no valid geometry).
     */
    public void storeDerived(java.util.Collection<LocalDate> remove, List<DerivedControl.Map> maps) {
        db.inTransaction(c -> {
            java.util.Set<String> days = new java.util.TreeSet<>();
            for (LocalDate d : remove) days.add(d.toString());
            for (DerivedControl.Map m : maps) days.add(m.day().at().toString());
            try (PreparedStatement del = c.prepareStatement("DELETE FROM control_snapshots WHERE at_date = ?")) {
                for (String d : days) {
                    del.setString(1, d);
                    del.addBatch();
                }
                del.executeBatch();
            }
            for (DerivedControl.Map m : maps) insertDerived(c, m);
            return null;
        });
    }

    private static void insertDerived(Connection c, DerivedControl.Map m) throws SQLException {
        DerivedControl.Day day = m.day();
        DerivedControl.Options o = day.options();
        String at = day.at().toString();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO control_snapshots(at_date, follows_latest, claims_from, fade_days,"
                + " contested_days, front_distance_km, clash_radius_km, zone_radius_km, min_zone_clashes, tentative_below, computed_at,"
                + " computed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, at);
            ps.setInt(2, day.followsLatest() ? 1 : 0);
            ps.setString(3, day.at().minusDays(o.fadeDays()).toString());
            ps.setInt(4, o.fadeDays());
            ps.setInt(5, o.contestedDays());
            ps.setDouble(6, o.frontDistanceKm());
            ps.setDouble(7, o.clashRadiusKm());
            ps.setDouble(8, o.zoneRadiusKm());
            ps.setInt(9, o.minZoneClashes());
            ps.setInt(10, o.tentativeBelow());
            ps.setString(11, Instant.now().toString());
            ps.setString(12, m.computedBy());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO control_dots(snapshot_id, at_date, place_id, name_ar, controller, contender,"
                + " contested, supporting_claims, lat, lon) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (DerivedControl.Dot d : m.dots()) {
                ps.setLong(1, id);
                ps.setString(2, at);
                ps.setString(3, d.placeId());
                ps.setString(4, d.nameAr());
                ps.setString(5, d.controller());
                ps.setString(6, d.contender());
                ps.setInt(7, d.contested() ? 1 : 0);
                ps.setInt(8, d.supportingClaims());
                ps.setDouble(9, d.lat());
                ps.setDouble(10, d.lon());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO front_lines(snapshot_id, at_date, side_a, side_b, supporting_claims, tentative,"
                + " wkt) VALUES (?,?,?,?,?,?,?)")) {
            for (DerivedControl.Line l : m.lines()) {
                if (l.lonLat().length < 4) continue;
                ps.setLong(1, id);
                ps.setString(2, at);
                ps.setString(3, l.sideA());
                ps.setString(4, l.sideB());
                ps.setInt(5, l.supportingClaims());
                ps.setInt(6, l.tentative() ? 1 : 0);
                ps.setString(7, DerivedControl.lineWkt(l.lonLat()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contested_zones(snapshot_id, at_date, clashes, wkt) VALUES (?,?,?,?)")) {
            for (DerivedControl.Zone z : m.zones()) {
                if (z.rings().isEmpty() || z.rings().get(0).length < 6) continue;
                ps.setLong(1, id);
                ps.setString(2, at);
                ps.setInt(3, z.clashes());
                ps.setString(4, DerivedControl.polygonWkt(z.rings()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The days whose derived control map is stored, oldest first, with the options each was computed with. */
    public List<DerivedControl.Day> derivedDays() {
        return db.withConnection(c -> {
            List<DerivedControl.Day> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT at_date, follows_latest, fade_days, contested_days, front_distance_km,"
                    + " clash_radius_km, zone_radius_km, min_zone_clashes, tentative_below FROM control_snapshots ORDER BY at_date");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DerivedControl.Day(LocalDate.parse(rs.getString(1)), rs.getInt(2) != 0, new DerivedControl.Options(rs.getInt(3),
                            rs.getInt(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getInt(8), rs.getInt(9))));
                }
            }
            return out;
        });
    }

    /** Rows stored for a day: dots, front lines, contested zones (zeros when the day is not stored). */
    public int[] derivedCounts(LocalDate day) {
        return db.withConnection(c -> {
            int[] n = new int[3];
            String[] tables = {"control_dots", "front_lines", "contested_zones"};
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + tables[i] + " WHERE at_date = ?")) {
                    ps.setString(1, day.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        n[i] = rs.getInt(1);
                    }
                }
            }
            return n;
        });
    }

    /**
     * The newest day any report speaks of (an event's or a claim's date, rejected events left out), or null
     * when nothing is dated: the day a map that "follows the latest" shows.
     */
    public LocalDate latestReportedDay() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(d) FROM (SELECT max(coalesce(date_to, date_from)) AS d FROM events"
                    + " WHERE review_status <> 'rejected' UNION ALL SELECT max(coalesce(date_to, date_from)) FROM control_claims) t");
                 ResultSet rs = ps.executeQuery()) {
                String d = rs.next() ? rs.getString(1) : null;
                return d == null ? null : LocalDate.parse(d.substring(0, 10));
            }
        });
    }
}
