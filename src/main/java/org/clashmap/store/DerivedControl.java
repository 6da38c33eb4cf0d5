package org.clashmap.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The derived control map of one day as the store keeps it for GIS programs (decision 031): what
 * {@code geo} computed, as plain rows. The store does not compute it; it writes and lists it
 * ({@link ControlStore#storeDerived}).
 */
public final class DerivedControl {
    private DerivedControl() {
    }

    /** The options a day was computed with (geo's ControlOptions, field for field), kept so a refresh computes it the same way. */
    public record Options(int fadeDays, int contestedDays, double frontDistanceKm, double clashRadiusKm, double zoneRadiusKm,
                          int minZoneClashes, int tentativeBelow) {
    }

    /**
     * A stored day: the date shown, whether a refresh moves it to the newest dated report, and its options.
     */
    public record Day(LocalDate at, boolean followsLatest, Options options) {
    }

    /** A place with a known or disputed holder on that day. */
    public record Dot(String placeId, String nameAr, String controller, String contender, boolean contested, int supportingClaims,
                      double lat, double lon) {
    }

    /** A front line: lon, lat pairs. */
    public record Line(String sideA, String sideB, int supportingClaims, boolean tentative, double[] lonLat) {
    }

    /** A contested zone: rings of lon, lat pairs, the shell first, then holes. */
    public record Zone(int clashes, List<double[]> rings) {
    }

    /** Everything stored for one day, with who computed it. */
    public record Map(Day day, String computedBy, List<Dot> dots, List<Line> lines, List<Zone> zones) {
    }

    /** WKT of a line string (the stored column's format; GDAL and PostGIS read it). */
    static String lineWkt(double[] lonLat) {
        return "LINESTRING" + ring(lonLat);
    }

    /** WKT of a polygon from its rings, closed if the ring was not. */
    static String polygonWkt(List<double[]> rings) {
        StringBuilder b = new StringBuilder("POLYGON(");
        for (int r = 0; r < rings.size(); r++) {
            double[] ring = rings.get(r);
            boolean closed = ring.length >= 4 && ring[0] == ring[ring.length - 2] && ring[1] == ring[ring.length - 1];
            if (r > 0) b.append(", ");
            if (closed) {
                b.append(ring(ring));
            } else {
                double[] c = java.util.Arrays.copyOf(ring, ring.length + 2);
                c[ring.length] = ring[0];
                c[ring.length + 1] = ring[1];
                b.append(ring(c));
            }
        }
        return b.append(')').toString();
    }

    private static String ring(double[] lonLat) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            if (i > 0) b.append(", ");
            b.append(String.format(Locale.ROOT, "%.6f %.6f", lonLat[i], lonLat[i + 1]));
        }
        return b.append(')').toString();
    }
}
