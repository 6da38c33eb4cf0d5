package org.clashmap.geo.basemap;

import org.clashmap.geo.Language;
import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Envelope;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * Draws basemap tiles from the bundled vector data with Java2D, no network. Thread-safe: the data
 * and label layouts are immutable once built, and each call draws into its own image.
 */
public final class OfflineTileRenderer implements TileSource {
    /** Deepest zoom the data is simplified for and the viewer should offer. */
    public static final int MAX_ZOOM = 14;
    /** Deeper zooms still render (over-zoomed, same detail as 14) rather than fail if a viewer asks. */
    public static final int MAX_RENDER_ZOOM = 20;
    /** Geometry is fetched with this margin (px) so strokes that cross the tile edge are drawn on both sides. */
    private static final double MARGIN_PX = 4;

    private final BasemapData data;
    private final LabelLayout labels;
    private final Envelope extent;
    private volatile Language language = Language.AR;

    public OfflineTileRenderer(BasemapData data) {
        this.data = data;
        this.labels = new LabelLayout(data.places());
        this.extent = data.extent();
    }

    /** The renderer over the basemap shipped in the jar. */
    public static OfflineTileRenderer fromClasspath() throws IOException {
        return new OfflineTileRenderer(BasemapData.fromClasspath());
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    public BasemapData data() {
        return data;
    }

    public LabelLayout labels() {
        return labels;
    }

    /**
     * Computes the label layouts of some zooms ahead of time (the first tile of a zoom would
     * otherwise pay for it: up to a few hundred ms at deep zooms, where all ~5,000 names are shaped
     * once). Meant for a background task at start-up; safe to call concurrently with rendering.
     */
    public void prepare(Language lang, int... zooms) {
        for (int z : zooms) labels.all(lang, z);
    }

    @Override
    public String cacheKey() {
        return "offline-" + data.version() + "-s" + MapStyle.VERSION + "-" + language.name().toLowerCase();
    }

    @Override
    public int maxZoom() {
        return MAX_ZOOM;
    }

    /**
     * These tiles without place names or dots, in the renderer's current language: for a map that draws the names
     * itself over its symbols (the window, as map images do: {@code geo.render.NamesOverSymbols}). Cached apart.
     */
    public TileSource withoutNames() {
        OfflineTileRenderer r = this;
        return new TileSource() {
            @Override
            public BufferedImage tile(int zoom, long x, long y) {
                return r.tile(zoom, x, y, r.language, false);
            }

            @Override
            public String cacheKey() {
                return r.cacheKey() + "-nonames";
            }

            @Override
            public int maxZoom() {
                return r.maxZoom();
            }
        };
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y) {
        return tile(zoom, x, y, language);
    }

    /** Renders one tile in a given label language (independent of the renderer's setting). */
    public BufferedImage tile(int zoom, long x, long y, Language lang) {
        return tile(zoom, x, y, lang, true);
    }

    /**
     * As above; without {@code names} the tile has no place names or dots (a map image lays them out itself, around
     * its symbols: {@link LabelLayout#avoiding}, drawn by {@link #paintLabels}).
     */
    public BufferedImage tile(int zoom, long x, long y, Language lang, boolean names) {
        if (zoom < 0 || zoom > MAX_RENDER_ZOOM) throw new IllegalArgumentException("zoom out of range 0.." + MAX_RENDER_ZOOM + ": " + zoom);
        long n = 1L << zoom;
        x = Math.floorMod(x, n); // map viewers may ask for wrapped columns east of the antimeridian
        BufferedImage img = new BufferedImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(MapStyle.NO_DATA);
            g.fillRect(0, 0, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE);
            double scale = WebMercator.worldSizePx(zoom);
            double m = MARGIN_PX / scale;
            Envelope world = new Envelope(x / (double) n - m, (x + 1) / (double) n + m, y / (double) n - m, (y + 1) / (double) n + m);
            // Beyond the data (or above/below the Mercator square): nothing else to draw.
            if (y < 0 || y >= n || !world.intersects(extent)) return img;
            Frame f = new Frame(zoom, BasemapBuilder.bandForZoom(zoom), scale, x * (double) WebMercator.TILE_SIZE,
                    y * (double) WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, world, g);
            drawFills(f);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawLines(f);
            if (names) drawLabels(f, lang);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * The basemap without place names over any rectangle of the zoom's pixels, drawn in one pass onto {@code g}:
     * drawing coordinate (0, 0) is global pixel ({@code originX}, {@code originY}) at {@code zoom}, and {@code g}'s
     * transform may scale it. A map image at a fractional zoom draws the next zoom's basemap scaled down this way:
     * its lines and fills are drawn at the image's own resolution, where composing rendered tiles meant drawing
     * twice the pixels and resampling them (decision 040). The same layers, styles and order as {@link #tile}.
     */
    public void drawArea(Graphics2D g, int zoom, double originX, double originY, double width, double height) {
        if (zoom < 0 || zoom > MAX_RENDER_ZOOM) throw new IllegalArgumentException("zoom out of range 0.." + MAX_RENDER_ZOOM + ": " + zoom);
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING), sc = g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
        g.setColor(MapStyle.NO_DATA);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        double scale = WebMercator.worldSizePx(zoom), m = MARGIN_PX / scale;
        Envelope world = new Envelope(originX / scale - m, (originX + width) / scale + m, originY / scale - m, (originY + height) / scale + m);
        if (!world.intersects(extent)) return;
        Frame f = new Frame(zoom, BasemapBuilder.bandForZoom(zoom), scale, originX, originY, width, height, world, g);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        drawFills(f);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        drawLines(f);
        if (aa != null) g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        if (sc != null) g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, sc);
    }

    /** What every drawing step needs: zoom, band, the world-to-pixel mapping, the drawn rectangle's size and the query box. */
    private record Frame(int zoom, int band, double scale, double originX, double originY, double width, double height, Envelope world,
                         Graphics2D g) {
    }

    private void drawFills(Frame f) {
        // No anti-aliasing for fills: the pieces a polygon was cut into would show hairline seams.
        fill(f, "land", MapStyle.NEIGHBOUR);
        fill(f, "sea", MapStyle.SEA);
        fadeSeaEdges(f);
        fill(f, "syria", MapStyle.SYRIA);
        fill(f, "lakes", MapStyle.SEA);
    }

    /**
     * The sea polygon is a box of the eastern Mediterranean minus land (the sources hold no sea),
     * so its west and south sides are artificial. Fade them into the no-data colour instead of
     * drawing a hard straight edge across open water.
     */
    private void fadeSeaEdges(Frame f) {
        double xW = WebMercator.worldX(MapStyle.SEA_BOX_WEST) * f.scale() - f.originX();
        double xE = WebMercator.worldX(MapStyle.SEA_BOX_WEST + MapStyle.SEA_FADE_DEG) * f.scale() - f.originX();
        double yS = WebMercator.worldY(MapStyle.SEA_BOX_SOUTH) * f.scale() - f.originY();
        double yN = WebMercator.worldY(MapStyle.SEA_BOX_SOUTH + MapStyle.SEA_FADE_DEG / 3) * f.scale() - f.originY();
        boolean west = xE > 0, south = yN < f.height();
        if (!west && !south) return;
        List<BasemapData.Shape> sea = data.query("sea", f.band(), f.world());
        if (sea.isEmpty()) return;
        Graphics2D g = f.g();
        java.awt.Shape oldClip = g.getClip();
        Color clear = new Color(MapStyle.NO_DATA.getRGB() & 0xFFFFFF, true);
        for (BasemapData.Shape s : sea) {
            g.setClip(oldClip);
            g.clip(path(f, s, true)); // within the caller's clip: a band of a larger image must not paint its neighbours
            if (west) {
                g.setPaint(new java.awt.GradientPaint((float) xW, 0, MapStyle.NO_DATA, (float) xE, 0, clear));
                g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, f.width(), f.height()));
            }
            if (south) {
                g.setPaint(new java.awt.GradientPaint(0, (float) yS, MapStyle.NO_DATA, 0, (float) yN, clear));
                g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, f.width(), f.height()));
            }
        }
        g.setClip(oldClip);
    }

    private void drawLines(Frame f) {
        stroke(f, "coast", MapStyle.COAST, 0.8);
        if (f.zoom() >= 8) stroke(f, "districts", MapStyle.DISTRICT, f.zoom() >= 11 ? 1.0 : 0.7);
        stroke(f, "borders", MapStyle.BORDER, f.zoom() <= 5 ? 0.8 : 1.2);
        stroke(f, "governorates", MapStyle.GOVERNORATE, MapStyle.governorateWidth(f.zoom()));
        for (BasemapData.Shape s : data.query("rivers", f.band(), f.world())) {
            if (s.attr() == BasemapBuilder.RIVER_MINOR && f.zoom() < 6) continue;
            f.g().setColor(MapStyle.WATER_LINE);
            f.g().setStroke(MapStyle.line(MapStyle.riverWidth(s.attr(), f.zoom())));
            f.g().draw(path(f, s, false));
        }
        stroke(f, "syria_border", MapStyle.SYRIA_BORDER, MapStyle.syriaBorderWidth(f.zoom()));
    }

    private void fill(Frame f, String layer, Color c) {
        List<BasemapData.Shape> shapes = data.query(layer, f.band(), f.world());
        if (shapes.isEmpty()) return;
        f.g().setColor(c);
        for (BasemapData.Shape s : shapes) f.g().fill(path(f, s, true));
    }

    private void stroke(Frame f, String layer, Color c, double width) {
        List<BasemapData.Shape> shapes = data.query(layer, f.band(), f.world());
        if (shapes.isEmpty()) return;
        f.g().setColor(c);
        f.g().setStroke(MapStyle.line(width));
        for (BasemapData.Shape s : shapes) f.g().draw(path(f, s, false));
    }

    private static Path2D path(Frame f, BasemapData.Shape s, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] xy : s.paths()) {
            p.moveTo(xy[0] * f.scale() - f.originX(), xy[1] * f.scale() - f.originY());
            for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i] * f.scale() - f.originX(), xy[i + 1] * f.scale() - f.originY());
            if (closed) p.closePath();
        }
        return p;
    }

    private void drawLabels(Frame f, Language lang) {
        List<LabelLayout.Placed> placed = labels.forTile(lang, f.zoom(), (long) (f.originX() / WebMercator.TILE_SIZE),
                (long) (f.originY() / WebMercator.TILE_SIZE));
        paintLabels(f.g(), placed, f.originX(), f.originY());
    }

    /** Draws placed names (dot, halo, text) whose global pixels, less {@code originX/Y}, are the drawing's coordinates. */
    public static void paintLabels(Graphics2D g, List<LabelLayout.Placed> placed, double originX, double originY) {
        if (placed.isEmpty()) return;
        AffineTransform base = g.getTransform();
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        BasicStroke halo = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (LabelLayout.Placed p : placed) {
            if (p.dot()) {
                double r = p.place().tier() <= 1 ? 3.5 : 2.5;
                Ellipse2D dot = new Ellipse2D.Double(p.dotX() - originX - r, p.dotY() - originY - r, 2 * r, 2 * r);
                g.setColor(Color.WHITE);
                g.fill(dot);
                g.setColor(MapStyle.PLACE_TEXT);
                g.setStroke(MapStyle.line(1.2));
                g.draw(dot);
            }
            g.translate(p.textX() - originX, p.baseline() - originY);
            g.setColor(MapStyle.HALO);
            g.setStroke(halo);
            g.draw(p.text());
            g.setColor(switch (p.place().kind()) {
                case PLACE -> MapStyle.PLACE_TEXT;
                case GOVERNORATE -> MapStyle.GOVERNORATE_TEXT;
                case RIVER -> MapStyle.WATER_TEXT;
            });
            g.fill(p.text());
            g.setTransform(base);
        }
        if (aa != null) g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }
}
