package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;

/**
 * A choropleth: administrative areas (lon/lat polygons) filled by their class's colour and outlined,
 * on a {@link Surface} for a viewport - the window's area layer and the map images alike. Classes
 * are coloured by ColorBrewer's sequential "OrRd" (light orange to dark red; safe for the common
 * colour-vision deficiencies and in grey print); an area of class -1 (nothing counted) is outlined
 * only. Areas outside the view are skipped.
 */
public final class AreaPainter {
    /**
     * ColorBrewer OrRd with 3 to 6 classes (Brewer, Pennsylvania State University; Apache-2.0 licence). n classes take
     * the darker n of the (n+1)-class scheme: its lightest is the basemap's land colour, and 0 must stay apart from 1.
     */
    private static final int[][] OR_RD = {
            {0xFEE8C8, 0xFDBB84, 0xE34A33},
            {0xFEF0D9, 0xFDCC8A, 0xFC8D59, 0xD7301F},
            {0xFEF0D9, 0xFDCC8A, 0xFC8D59, 0xE34A33, 0xB30000},
            {0xFEF0D9, 0xFDD49E, 0xFDBB84, 0xFC8D59, 0xE34A33, 0xB30000}};
    /** Fills are slightly see-through, so the basemap's rivers and towns still show under them. */
    public static final double FILL_ALPHA = 0.78;
    public static final int OUTLINE = 0xFF6E6259;

    /** The opaque colour of class {@code i} of {@code n} (n ≤ 5). */
    public static int classColour(int i, int n) {
        if (n <= 0 || i < 0) return 0;
        if (n > 5) throw new IllegalArgumentException("at most 5 classes, not " + n);
        int[] scheme = OR_RD[Math.max(3, n + 1) - 3];
        return 0xFF000000 | scheme[scheme.length - n + i];
    }

    /** One area to draw: its outline in degrees and its fill (0: no fill). */
    public record Area(Geometry outline, int fillArgb) {
    }

    /** Fills, then outlines on top (so a neighbour's fill never covers a shared border). */
    public void paint(Surface s, List<Area> areas, Viewport vp, double outlineWidth) {
        double x0 = vp.originX(), y0 = vp.originY(), sc = vp.scale();
        List<List<double[]>> shapes = new ArrayList<>();
        for (Area a : areas) shapes.add(rings(a.outline(), vp, sc, x0, y0));
        for (int k = 0; k < areas.size(); k++) {
            int fill = areas.get(k).fillArgb();
            if ((fill >>> 24) != 0 && !shapes.get(k).isEmpty()) s.fillRings(shapes.get(k), fill);
        }
        for (List<double[]> rings : shapes) s.strokeRings(rings, outlineWidth, OUTLINE);
    }

    /** The rings of every polygon of a geometry in screen pixels; none when it lies wholly outside the view. */
    private static List<double[]> rings(Geometry g, Viewport vp, double sc, double x0, double y0) {
        List<double[]> out = new ArrayList<>();
        if (g == null) return out;
        var env = g.getEnvelopeInternal();
        double left = WebMercator.worldX(env.getMinX()) * sc - x0, right = WebMercator.worldX(env.getMaxX()) * sc - x0;
        double top = WebMercator.worldY(env.getMaxY()) * sc - y0, bottom = WebMercator.worldY(env.getMinY()) * sc - y0;
        if (right < 0 || bottom < 0 || left > vp.width() || top > vp.height()) return out;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (!(g.getGeometryN(p) instanceof Polygon poly)) continue;
            out.add(ring(poly.getExteriorRing().getCoordinates(), sc, x0, y0));
            for (int h = 0; h < poly.getNumInteriorRing(); h++) out.add(ring(poly.getInteriorRingN(h).getCoordinates(), sc, x0, y0));
        }
        return out;
    }

    private static double[] ring(Coordinate[] cs, double sc, double x0, double y0) {
        double[] r = new double[2 * cs.length];
        for (int i = 0; i < cs.length; i++) {
            r[2 * i] = WebMercator.worldX(cs[i].x) * sc - x0;
            r[2 * i + 1] = WebMercator.worldY(cs[i].y) * sc - y0;
        }
        return r;
    }
}
