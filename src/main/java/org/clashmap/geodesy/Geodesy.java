package org.clashmap.geodesy;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * The one geodesy utility: every distance, bearing and offset on the Earth in ClashMap comes from
 * here. Exact answers are WGS84 geodesics (GeographicLib). Two quick forms exist for hot loops and
 * for agreement with the reference scorer; both use the one sphere of {@link #SPHERE_RADIUS_KM}:
 * {@link #approxKm} (equirectangular) and {@link #haversineKm} (great circle). The map's flat
 * kilometre grid for Voronoi and front lines is a projection, not a distance function
 * ({@code org.clashmap.geo.LocalKm}).
 */
public final class Geodesy {
    /** The mean Earth radius of the quick forms (also score.py's {@code hav()}). */
    public static final double SPHERE_RADIUS_KM = 6371.0;

    private Geodesy() {
    }

    /** WGS84 geodesic distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 / 1000;
    }

    private static final double WGS84_A_KM = 6378.137, WGS84_E2 = 6.69437999014e-3;

    /**
     * The straight line through the Earth between two points of the WGS84 ellipsoid, in km: never longer than the
     * geodesic between them (no path is shorter than the straight line), and as long within a millimetre at the tens
     * of kilometres linking compares. A chord over a limit proves the geodesic is over it, for a fraction of
     * {@link #km}'s cost (decision 034).
     */
    public static double chordKm(double lat1, double lon1, double lat2, double lon2) {
        double[] a = ecef(lat1, lon1), b = ecef(lat2, lon2);
        double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double[] ecef(double lat, double lon) {
        double p = Math.toRadians(lat), l = Math.toRadians(lon), sin = Math.sin(p), cos = Math.cos(p);
        double n = WGS84_A_KM / Math.sqrt(1 - WGS84_E2 * sin * sin);
        return new double[]{n * cos * Math.cos(l), n * cos * Math.sin(l), n * (1 - WGS84_E2) * sin};
    }

    /**
     * Quick distance for scoring (equirectangular on the sphere): within about 0.5 % of the
     * geodesic over Syria's extent, and ~50 times cheaper, which matters when every candidate is
     * compared with every other mention.
     */
    public static double approxKm(double lat1, double lon1, double lat2, double lon2) {
        double mLat = Math.toRadians((lat1 + lat2) / 2);
        double dx = Math.toRadians(lon2 - lon1) * Math.cos(mLat), dy = Math.toRadians(lat2 - lat1);
        return SPHERE_RADIUS_KM * Math.sqrt(dx * dx + dy * dy);
    }

    /** Great-circle distance on the sphere (haversine): what the reference scorer score.py computes. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * SPHERE_RADIUS_KM * Math.asin(Math.sqrt(h));
    }

    /** Degrees of latitude spanning {@code km} (on the sphere; for search boxes). */
    public static double latDegrees(double km) {
        return km / kmPerDegree();
    }

    /** Degrees of longitude spanning at least {@code km} anywhere within {@code latDeg} of {@code lat} (cosine at the poleward edge). */
    public static double lonDegrees(double km, double lat, double latDeg) {
        double edge = Math.min(89.0, Math.abs(lat) + latDeg);
        return km / (kmPerDegree() * Math.cos(Math.toRadians(edge)));
    }

    /** Kilometres per degree of latitude on the sphere. */
    public static double kmPerDegree() {
        return Math.PI * SPHERE_RADIUS_KM / 180;
    }

    /** Initial bearing in degrees from the first point to the second, in [0, 360). */
    public static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double az = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).azi1;
        return az < 0 ? az + 360 : az;
    }

    /** The point {@code km} away from (lat, lon) along {@code bearing}: {lat, lon}. */
    public static double[] offset(double lat, double lon, double bearing, double km) {
        GeodesicData d = Geodesic.WGS84.Direct(lat, lon, bearing, km * 1000);
        return new double[]{d.lat2, d.lon2};
    }

    /** Geodesic midpoint of two points: {lat, lon}. */
    public static double[] midpoint(double lat1, double lon1, double lat2, double lon2) {
        GeodesicData inv = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2);
        GeodesicData mid = Geodesic.WGS84.Direct(lat1, lon1, inv.azi1, inv.s12 / 2);
        return new double[]{mid.lat2, mid.lon2};
    }
}
