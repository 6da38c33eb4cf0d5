package org.clashmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * Bench-only filler: N synthetic events (origin 'synthetic') at real gazetteer places, so the map
 * bench has a database of any size. Deliberately small; {@code clashmap generate} (branch
 * datasets) replaces it. The fighting moves: each event is drawn near a front whose centre walks
 * between the places over the years, with a share scattered anywhere.
 */
public final class BenchFill {
    /** A place to put events at. */
    public record Spot(String nameAr, String nameEn, double lat, double lon, double precisionKm) { }

    private static final String[] TYPES = {"BATTLES", "EXPLOSIONS_REMOTE_VIOLENCE", "VIOLENCE_AGAINST_CIVILIANS", "STRATEGIC_DEVELOPMENTS"};
    private static final String[] SUB = {"ARMED_CLASH", "SHELLING_ARTILLERY_MISSILE", "ATTACK", "OTHER"};
    public static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    public static final int DAYS = 8 * 365;

    private BenchFill() {
    }

    /** Adds {@code n} events; returns how many were added. */
    public static int fill(Database db, List<Spot> spots, int n, long seed, LongConsumer progress) {
        Random r = new Random(seed);
        int first = (int) FIRST.toEpochDay();
        return db.inTransaction(c -> {
            long id;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM events")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ev = c.prepareStatement("INSERT INTO events(id, origin, event_type, sub_event_type, date_from, date_to,"
                    + " time_precision, fatalities, confidence) VALUES (?,'synthetic',?,?,?,?,?,?,?)");
                 PreparedStatement pl = c.prepareStatement("INSERT INTO event_places(event_id, ordinal, name_ar, name_en, lat, lon,"
                         + " precision_km, confidence) VALUES (?,?,?,?,?,?,?,?)")) {
                for (int k = 0; k < n; k++) {
                    int day = first + r.nextInt(DAYS);
                    int p = r.nextInt(100);
                    int precision = p < 85 ? 1 : p < 93 ? 2 : p < 98 ? 3 : 0;
                    int t = r.nextInt(10) < 5 ? 0 : r.nextInt(4);
                    ev.setLong(1, ++id);
                    ev.setString(2, TYPES[t]);
                    ev.setString(3, SUB[t]);
                    if (precision == 0) {
                        ev.setNull(4, java.sql.Types.VARCHAR);
                        ev.setNull(5, java.sql.Types.VARCHAR);
                    } else {
                        ev.setString(4, LocalDate.ofEpochDay(day).toString());
                        ev.setString(5, LocalDate.ofEpochDay(day + (precision == 2 ? 6 : precision == 3 ? 29 : 0)).toString());
                    }
                    ev.setInt(6, precision);
                    if (r.nextInt(10) < 4) ev.setNull(7, java.sql.Types.INTEGER);
                    else ev.setInt(7, (int) Math.min(300, -Math.log(1 - r.nextDouble()) * 4));
                    ev.setDouble(8, 0.3 + 0.7 * r.nextDouble());
                    ev.addBatch();
                    int places = r.nextInt(10) == 0 ? 2 : 1;
                    for (int o = 0; o < places; o++) {
                        Spot s = spots.get(pick(spots, r, (day - first) / (double) DAYS));
                        pl.setLong(1, id);
                        pl.setInt(2, o);
                        pl.setString(3, s.nameAr());
                        pl.setString(4, s.nameEn());
                        pl.setDouble(5, s.lat());
                        pl.setDouble(6, s.lon());
                        pl.setDouble(7, s.precisionKm());
                        pl.setDouble(8, 0.5 + 0.5 * r.nextDouble());
                        pl.addBatch();
                    }
                    if (k % 10_000 == 9_999) {
                        ev.executeBatch();
                        pl.executeBatch();
                        progress.accept(k + 1);
                    }
                }
                ev.executeBatch();
                pl.executeBatch();
            }
            return n;
        });
    }

    /** A spot near the front at time fraction f (the front walks through a fixed tour of spots), or anywhere. */
    private static int pick(List<Spot> spots, Random r, double f) {
        if (r.nextInt(10) < 3) return r.nextInt(spots.size());
        int stops = 12;
        double pos = f * (stops - 1);
        Spot a = spots.get(tour(spots, (int) pos)), b = spots.get(tour(spots, (int) pos + 1));
        double w = pos - Math.floor(pos), lat = a.lat() + (b.lat() - a.lat()) * w, lon = a.lon() + (b.lon() - a.lon()) * w;
        int best = r.nextInt(spots.size());
        for (int tries = 0; tries < 40; tries++) {
            int c = r.nextInt(spots.size());
            Spot s = spots.get(c);
            if (Math.abs(s.lat() - lat) < 0.5 && Math.abs(s.lon() - lon) < 0.6) return c;
        }
        return best;
    }

    private static int tour(List<Spot> spots, int stop) {
        return (int) ((stop * 7919L + 13) % spots.size());
    }
}
