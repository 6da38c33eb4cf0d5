package org.clashmap.geo;

/** A round length (1, 2 or 5 × 10^n metres) that fits a scale bar, and its width in pixels. */
public record ScaleBarLength(double metres, double pixels, String label) {
    /** Web Mercator ground resolution at the equator, zoom 0, 256-px tiles (WGS84 semi-major axis). */
    static final double EQUATOR_METRES_PER_PIXEL = 2 * Math.PI * 6378137.0 / 256;

    public static double metresPerPixel(double latitude, double zoom) {
        return EQUATOR_METRES_PER_PIXEL * Math.cos(Math.toRadians(latitude)) / Math.pow(2, zoom);
    }

    /** The longest round length no wider than {@code maxPixels}. */
    public static ScaleBarLength fit(double latitude, double zoom, double maxPixels) {
        double mpp = metresPerPixel(latitude, zoom);
        double maxMetres = mpp * maxPixels;
        double magnitude = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double best = magnitude;
        for (double step : new double[]{2, 5, 10}) if (step * magnitude <= maxMetres) best = step * magnitude;
        String label = best >= 1000 ? fmt(best / 1000) + " km" : fmt(best) + " m";
        return new ScaleBarLength(best, best / mpp, label);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
