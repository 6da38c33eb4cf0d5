package org.clashmap.datasets;

/** Distances on the sphere; haversine is within 0.5% of the geodesic, far below our radii's error. */
final class Geo {
    static final double EARTH_KM = 6371.0088;
    static final double KM_PER_DEG_LAT = Math.PI * EARTH_KM / 180;

    private Geo() {
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude spanning km. */
    static double latDegrees(double km) {
        return km / KM_PER_DEG_LAT;
    }

    /** Degrees of longitude spanning at least km anywhere within latDeg of lat (cosine at the poleward edge). */
    static double lonDegrees(double km, double lat, double latDeg) {
        double edge = Math.min(89.0, Math.abs(lat) + latDeg);
        return km / (KM_PER_DEG_LAT * Math.cos(Math.toRadians(edge)));
    }
}
