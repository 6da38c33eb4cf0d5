package org.clashmap.geo.basemap;

import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Envelope;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A small locator map of all of Syria, drawn straight from the basemap's coarsest vectors in the
 * basemap's colours, with a rectangle marking the extent of the main map. Also the source of
 * Syria's extent (the envelope of the "syria" outline), so no one types Syria's bounding box.
 */
public final class OverviewInset {
    private static final int BAND = 0;
    private static final Envelope WORLD = new Envelope(0, 1, 0, 1);

    private OverviewInset() {
    }

    /** Syria's fill colour on the basemap (0xRRGGBB), for checks that an image shows the country. */
    public static int syriaFillRgb() {
        return MapStyle.SYRIA.getRGB() & 0xFFFFFF;
    }

    /** Envelope of Syria's outline in normalised world coordinates (x east, y south). */
    public static Envelope syriaWorld(BasemapData data) {
        Envelope e = new Envelope();
        for (BasemapData.Shape s : data.query("syria", BAND, WORLD)) e.expandToInclude(s.envelope());
        if (e.isNull()) throw new IllegalStateException("the basemap has no Syria outline");
        return e;
    }

    /** Syria's bounding box in degrees: {west, south, east, north}. */
    public static double[] syriaDegrees(BasemapData data) {
        Envelope e = syriaWorld(data);
        return new double[]{WebMercator.lon(e.getMinX()), WebMercator.lat(e.getMaxY()), WebMercator.lon(e.getMaxX()), WebMercator.lat(e.getMinY())};
    }

    /**
     * Draws the inset into {@code box} (user space of {@code g}): Syria and the extent with a margin, its
     * neighbours and the sea, and {@code extentWorld} (the main map's extent, world coordinates)
     * as a red rectangle, enlarged to stay visible when it is tiny.
     */
    public static void draw(Graphics2D g, BasemapData data, Rectangle2D box, Envelope extentWorld) {
        Envelope syria = syriaWorld(data);
        // Frame Syria with a margin, keeping the box's aspect ratio (world coords are conformal).
        // The frame holds Syria and the whole extent (a Syria-wide map shows some neighbours too),
        // so the extent rectangle is always seen whole.
        Envelope view = new Envelope(syria);
        view.expandToInclude(extentWorld.intersection(new Envelope(syria.getMinX() - syria.getWidth(), syria.getMaxX() + syria.getWidth(),
                syria.getMinY() - syria.getHeight(), syria.getMaxY() + syria.getHeight())));
        view.expandBy(0.06 * Math.max(view.getWidth(), view.getHeight()));
        double k = Math.min(box.getWidth() / view.getWidth(), box.getHeight() / view.getHeight());
        double ox = view.centre().x - box.getWidth() / 2 / k, oy = view.centre().y - box.getHeight() / 2 / k;
        Envelope shown = new Envelope(ox, ox + box.getWidth() / k, oy, oy + box.getHeight() / k);

        Shape oldClip = g.getClip();
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.clip(box);
        g.setColor(MapStyle.NO_DATA);
        g.fill(box);
        Transform t = new Transform(box.getX() - ox * k, box.getY() - oy * k, k);
        fill(g, data, "land", shown, t, MapStyle.NEIGHBOUR);
        fill(g, data, "sea", shown, t, MapStyle.SEA);
        fill(g, data, "syria", shown, t, MapStyle.SYRIA);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        stroke(g, data, "borders", shown, t, MapStyle.BORDER, 0.6);
        stroke(g, data, "syria_border", shown, t, MapStyle.SYRIA_BORDER, 1.0);

        double x0 = t.x(extentWorld.getMinX()), x1 = t.x(extentWorld.getMaxX());
        double y0 = t.y(extentWorld.getMinY()), y1 = t.y(extentWorld.getMaxY());
        double min = 4;
        if (x1 - x0 < min) { double c = (x0 + x1) / 2; x0 = c - min / 2; x1 = c + min / 2; }
        if (y1 - y0 < min) { double c = (y0 + y1) / 2; y0 = c - min / 2; y1 = c + min / 2; }
        Rectangle2D r = new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
        g.setColor(new Color(0xD7, 0x30, 0x1F, 40));
        g.fill(r);
        g.setColor(new Color(0xC0, 0x10, 0x10));
        g.setStroke(new BasicStroke(1.6f));
        g.draw(r);
        g.setClip(oldClip);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa == null ? RenderingHints.VALUE_ANTIALIAS_DEFAULT : aa);
        g.setColor(new Color(0x5E4B3C));
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
    }

    private record Transform(double dx, double dy, double k) {
        double x(double wx) {
            return dx + wx * k;
        }

        double y(double wy) {
            return dy + wy * k;
        }
    }

    private static void fill(Graphics2D g, BasemapData data, String layer, Envelope shown, Transform t, Color c) {
        g.setColor(c);
        for (BasemapData.Shape s : data.query(layer, BAND, shown)) g.fill(path(s, t, true));
    }

    private static void stroke(Graphics2D g, BasemapData data, String layer, Envelope shown, Transform t, Color c, double w) {
        List<BasemapData.Shape> shapes = data.query(layer, BAND, shown);
        g.setColor(c);
        g.setStroke(MapStyle.line(w));
        for (BasemapData.Shape s : shapes) g.draw(path(s, t, false));
    }

    private static Path2D path(BasemapData.Shape s, Transform t, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] xy : s.paths()) {
            p.moveTo(t.x(xy[0]), t.y(xy[1]));
            for (int i = 2; i < xy.length; i += 2) p.lineTo(t.x(xy[i]), t.y(xy[i + 1]));
            if (closed) p.closePath();
        }
        return p;
    }
}
