package org.clashmap.geo;

/**
 * What part of the world a view shows: zoom (fractional allowed), the world pixel at the view's
 * top-left corner at that zoom, and the view's size in pixels.
 */
public record Viewport(double zoom, double originX, double originY, double width, double height) {
    public double scale() {
        return WebMercator.TILE_SIZE * Math.pow(2, zoom);
    }

    /** A viewport of the given size centred on a position. */
    public static Viewport centredOn(double lat, double lon, double zoom, double width, double height) {
        double s = WebMercator.TILE_SIZE * Math.pow(2, zoom);
        return new Viewport(zoom, WebMercator.worldX(lon) * s - width / 2, WebMercator.worldY(lat) * s - height / 2, width, height);
    }

    public double screenX(double worldX) {
        return worldX * scale() - originX;
    }

    public double screenY(double worldY) {
        return worldY * scale() - originY;
    }

    public double lonAt(double x) {
        return WebMercator.lon((x + originX) / scale());
    }

    public double latAt(double y) {
        return WebMercator.lat((y + originY) / scale());
    }

    public double metresPerPixel(double lat) {
        return ScaleBarLength.metresPerPixel(lat, zoom);
    }
}
