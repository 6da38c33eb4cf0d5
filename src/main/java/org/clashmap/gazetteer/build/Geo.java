package org.clashmap.gazetteer.build;

import net.sf.geographiclib.Geodesic;

final class Geo {
    private Geo() {}

    static double km(double lat1, double lon1, double lat2, double lon2) {
        // A cheap equirectangular test first: the builder compares thousands of pairs.
        double dLat = lat2 - lat1, dLon = (lon2 - lon1) * Math.cos(Math.toRadians(lat1));
        double approx = Math.sqrt(dLat * dLat + dLon * dLon) * 111.2;
        if (approx > 50) return approx;
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 / 1000;
    }
}
