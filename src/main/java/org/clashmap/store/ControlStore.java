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
}
