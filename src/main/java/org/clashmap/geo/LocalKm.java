package org.clashmap.geo;

/**
 * A flat kilometre grid for Syria (equirectangular at 35°N). Voronoi cells, distances and buffers
 * are computed here rather than in degrees (a degree of longitude is 18% shorter than one of
 * latitude at 35°N) or in Web Mercator (whose scale drifts with latitude). Across Syria
 * (32.3°–37.3°N) the east-west scale error stays within ±5%, well inside the uncertainty of a
 * report's "near the town". A projection, not a distance function: distances between places are
 * {@link org.clashmap.geodesy.Geodesy}'s; the scales here are WGS84's metres per degree at 35°N.
 */
public final class LocalKm {
    static final double KX = 111.32 * Math.cos(Math.toRadians(35));
    static final double KY = 110.574;

    private LocalKm() {
    }

    public static double x(double lon) {
        return lon * KX;
    }

    public static double y(double lat) {
        return lat * KY;
    }

    public static double lon(double x) {
        return x / KX;
    }

    public static double lat(double y) {
        return y / KY;
    }
}
