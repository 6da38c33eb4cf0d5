package org.clashmap.geo;

import mil.nga.mgrs.MGRS;
import mil.nga.mgrs.grid.GridType;

import java.util.Locale;

/** How positions are written for analysts: decimal degrees and MGRS. */
public final class Coordinates {
    private Coordinates() {
    }

    public static String decimal(double lat, double lon) {
        return String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
    }

    /** MGRS to 10 m (e.g. {@code 37S BT 12345 67890}); empty outside the grid's latitudes. */
    public static String mgrs(double lat, double lon) {
        if (lat < -80 || lat > 84 || Double.isNaN(lat) || Double.isNaN(lon)) return "";
        String c = MGRS.from(lon, lat).coordinate(GridType.TEN_METER);
        // NGA writes it unspaced; the spaced form is how it is read aloud and typed into reports.
        return c.length() < 9 ? c : c.substring(0, c.length() - 10) + " " + c.substring(c.length() - 10, c.length() - 8)
                + " " + c.substring(c.length() - 8, c.length() - 4) + " " + c.substring(c.length() - 4);
    }
}
