package org.clashmap.geo.control;

/**
 * One front line between two sides: a polyline in degrees (lon0, lat0, lon1, lat1, ...) and in
 * normalised world coordinates for painting. {@code supportingClaims} counts the claims behind the
 * places on both sides of it; a line with few is {@code tentative} and drawn dashed and light.
 */
public record FrontLine(String sideA, String sideB, double[] lonLat, double[] world, int supportingClaims, boolean tentative) {
    public int points() {
        return lonLat.length / 2;
    }
}
