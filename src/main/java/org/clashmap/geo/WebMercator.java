package org.clashmap.geo;

/**
 * Spherical Web Mercator (EPSG:3857) as used by XYZ tiles: 256-pixel tiles, tile (0,0) at the
 * north-west corner. "World" coordinates are normalised to [0,1] on both axes so one projected
 * copy of the data serves every zoom: global pixel = world * 256 * 2^zoom.
 */
public final class WebMercator {
    public static final int TILE_SIZE = 256;
    /** Latitude limit of the square Web Mercator world. */
    public static final double MAX_LAT = 85.0511287798066;
    private static final double EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137.0;

    private WebMercator() {
    }

    /** Longitude to normalised world x in [0,1]. */
    public static double worldX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    /** Latitude to normalised world y in [0,1], 0 at the north edge; clamped to the Mercator square. */
    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double s = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }

    public static double lon(double worldX) {
        return worldX * 360.0 - 180.0;
    }

    public static double lat(double worldY) {
        double n = Math.PI - 2 * Math.PI * worldY;
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /**
     * The (fractional) zoom at which a box of normalised world coordinates {@code worldW} × {@code worldH} just fits
     * {@code widthPx} × {@code heightPx}: the map window's Home and the map image's extent both fit Syria this way.
     */
    public static double zoomToFit(double worldW, double worldH, double widthPx, double heightPx) {
        return Math.log(Math.min(widthPx / (worldW * TILE_SIZE), heightPx / (worldH * TILE_SIZE))) / Math.log(2);
    }

    /** Size of the whole world in pixels at a zoom. */
    public static double worldSizePx(int zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    public static double pixelX(double lon, int zoom) {
        return worldX(lon) * worldSizePx(zoom);
    }

    public static double pixelY(double lat, int zoom) {
        return worldY(lat) * worldSizePx(zoom);
    }

    public static double lonOfPixel(double px, int zoom) {
        return lon(px / worldSizePx(zoom));
    }

    public static double latOfPixel(double py, int zoom) {
        return lat(py / worldSizePx(zoom));
    }

    /** Tile column containing a longitude. */
    public static long tileX(double lon, int zoom) {
        return clampTile((long) Math.floor(pixelX(lon, zoom) / TILE_SIZE), zoom);
    }

    /** Tile row (XYZ, 0 = north) containing a latitude. */
    public static long tileY(double lat, int zoom) {
        return clampTile((long) Math.floor(pixelY(lat, zoom) / TILE_SIZE), zoom);
    }

    private static long clampTile(long t, int zoom) {
        long max = (1L << zoom) - 1;
        return Math.max(0, Math.min(max, t));
    }

    /** Bounds of a tile in degrees: {west, south, east, north}. */
    public static double[] tileBoundsDeg(int zoom, long x, long y) {
        double n = Math.pow(2, zoom);
        return new double[]{lon(x / n), lat((y + 1) / n), lon((x + 1) / n), lat(y / n)};
    }

    /** Ground metres per pixel at a latitude and zoom (Mercator scale shrinks with cos(lat)). */
    public static double metresPerPixel(double lat, int zoom) {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(lat)) / worldSizePx(zoom);
    }

    /** Degrees of longitude per pixel at a zoom: the simplification yardstick. */
    public static double degreesPerPixel(int zoom) {
        return 360.0 / worldSizePx(zoom);
    }
}
