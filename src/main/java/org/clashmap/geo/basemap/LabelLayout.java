package org.clashmap.geo.basemap;

import org.clashmap.geo.Language;
import org.clashmap.geo.WebMercator;

import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * Places labels without collisions, once per zoom and language, in global pixel space: greedily by
 * score, a label is kept only if its box meets no box already kept. Because the decision is
 * global, a label that straddles a tile edge is drawn half by each tile, and no tile ever draws a
 * label its neighbour rejected. Thread-safe: layouts are computed once and then only read.
 */
public final class LabelLayout {
    /** Gap between a place dot and the baseline of its name, and padding around boxes, in px. */
    private static final double DOT_GAP = 4, PAD = 2, DOT_RADIUS = 2.5;
    private static final int GRID = 128;
    private static final FontRenderContext FRC = new FontRenderContext(null,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    /**
     * A label placed at a zoom: its shaped text (an outline centred on the origin, shared across
     * zooms) drawn at global pixel ({@code textX}, {@code baseline}), its dot, and its box.
     */
    public record Placed(PlaceLabel place, Shape text, double textX, double baseline,
                         double dotX, double dotY, boolean dot, Rectangle2D box) {
    }

    /** Shaped text (outline with origin at the baseline centre), one per label and language. */
    private record Glyphs(Shape outline, Rectangle2D bounds) {
    }

    private record Key(Language lang, int zoom) {
    }

    private record TileLabels(Map<Long, List<Placed>> byTile) {
    }

    private final List<PlaceLabel> places;
    private final Map<Key, TileLabels> layouts = new ConcurrentHashMap<>();
    private final Map<Language, AtomicReferenceArray<Glyphs>> glyphs = new ConcurrentHashMap<>();

    public LabelLayout(List<PlaceLabel> places) {
        this.places = places;
    }

    /** Labels whose box meets the tile, in global pixel coordinates of the zoom. */
    public List<Placed> forTile(Language lang, int zoom, long x, long y) {
        TileLabels t = layouts.computeIfAbsent(new Key(lang, zoom), k -> layout(k.lang(), k.zoom()));
        return t.byTile().getOrDefault(tileKey(x, y), List.of());
    }

    /** All labels kept at a zoom (for tests and exporters). */
    public List<Placed> all(Language lang, int zoom) {
        TileLabels t = layouts.computeIfAbsent(new Key(lang, zoom), k -> layout(k.lang(), k.zoom()));
        java.util.Set<Placed> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Placed> out = new ArrayList<>();
        t.byTile().values().forEach(l -> l.forEach(p -> {
            if (seen.add(p)) out.add(p);
        }));
        return out;
    }

    private static long tileKey(long x, long y) {
        return (x << 32) | y;
    }

    /** Shaped text of label i, made on first use: a low zoom then shapes a few dozen names, not thousands. */
    private Glyphs glyph(Language lang, int i) {
        AtomicReferenceArray<Glyphs> arr = glyphs.computeIfAbsent(lang, l -> new AtomicReferenceArray<>(places.size()));
        Glyphs g = arr.get(i);
        if (g == null) {
            g = shape(places.get(i), lang);
            arr.compareAndSet(i, null, g);
            g = arr.get(i);
        }
        return g;
    }

    private static Glyphs shape(PlaceLabel p, Language lang) {
        String text = p.name(lang);
        if (text == null || text.isBlank()) text = p.nameEn();
        Font font = LabelFonts.forLabel(p);
        // TextLayout runs the bidi algorithm and Arabic shaping, so the outline is joined and right-to-left.
        TextLayout tl = new TextLayout(text, font, FRC);
        double w = tl.getAdvance();
        if (p.angle() != 0) {
            // a river's name: centred on its middle and turned along the water; its box holds the turned text
            double mid = (tl.getAscent() - tl.getDescent()) / 2;
            AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(p.angle()));
            turn.translate(-w / 2, mid);
            Shape outline = turn.createTransformedShape(tl.getOutline(null));
            return new Glyphs(outline, outline.getBounds2D());
        }
        Shape outline = tl.getOutline(AffineTransform.getTranslateInstance(-w / 2, 0));
        Rectangle2D b = new Rectangle2D.Double(-w / 2, -tl.getAscent(), w, tl.getAscent() + tl.getDescent());
        return new Glyphs(outline, b);
    }

    private TileLabels layout(Language lang, int zoom) {
        Map<Long, List<Rectangle2D>> grid = new HashMap<>();
        Map<Long, List<Placed>> byTile = new HashMap<>();
        // places.tsv is sorted by score; governorate names (score 0) come after every place that competes.
        for (int i = 0; i < places.size(); i++) {
            PlaceLabel p = places.get(i);
            if (zoom < p.minZoom() || zoom > p.maxZoom()) continue;
            double px = WebMercator.pixelX(p.lon(), zoom), py = WebMercator.pixelY(p.lat(), zoom);
            Glyphs gl = glyph(lang, i);
            Predicate<Rectangle2D> free = box -> !collides(grid, box);
            Placed placed = p.kind() == PlaceLabel.Kind.PLACE ? placeBesideDot(free, p, gl, px, py) : placeCentred(free, p, gl, px, py);
            if (placed == null) continue;
            Rectangle2D box = placed.box();
            addToGrid(grid, box);
            long x0 = (long) Math.floor(box.getMinX() / WebMercator.TILE_SIZE), x1 = (long) Math.floor(box.getMaxX() / WebMercator.TILE_SIZE);
            long y0 = (long) Math.floor(box.getMinY() / WebMercator.TILE_SIZE), y1 = (long) Math.floor(box.getMaxY() / WebMercator.TILE_SIZE);
            for (long tx = x0; tx <= x1; tx++)
                for (long ty = y0; ty <= y1; ty++) byTile.computeIfAbsent(tileKey(tx, ty), k -> new ArrayList<>()).add(placed);
        }
        return new TileLabels(byTile);
    }

    /** How much farther from its dot a town's name may stand in an image when a symbol covers the places beside it. */
    private static final double[] FARTHER_PX = {6, 12, 18, 26, 34};

    /** Towns of this tier or higher (the capital and the governorates' centres) are never left out of an image. */
    public static final int MUST_SHOW_TIER = 1;

    /**
     * The labels of one map image, laid out around what the image draws over the basemap: each name whose point lies
     * in {@code area} is placed as on the tiles, but clear of {@code obstacles} (the image's incident symbols and
     * clusters) as well as of the other names, so a symbol never covers a city's name (issue 19 item 9). A name
     * with no free position is left out, except a town of tier {@value #MUST_SHOW_TIER} or higher: it keeps the first
     * position clear of other names and is drawn over the symbols, on its halo. Boxes are global pixels of {@code zoom}.
     */
    public List<Placed> avoiding(Language lang, int zoom, Rectangle2D area, List<Rectangle2D> obstacles) {
        Map<Long, List<Rectangle2D>> grid = new HashMap<>(), blocked = new HashMap<>();
        for (Rectangle2D o : obstacles) addToGrid(blocked, o);
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceLabel p = places.get(i);
            if (zoom < p.minZoom() || zoom > p.maxZoom()) continue;
            double px = WebMercator.pixelX(p.lon(), zoom), py = WebMercator.pixelY(p.lat(), zoom);
            if (!area.contains(px, py)) continue;
            Glyphs gl = glyph(lang, i);
            Predicate<Rectangle2D> clear = box -> !collides(grid, box) && !collides(blocked, box);
            Placed placed = p.kind() == PlaceLabel.Kind.PLACE ? placeBesideDot(clear, p, gl, px, py) : placeCentred(clear, p, gl, px, py);
            if (placed == null && p.kind() == PlaceLabel.Kind.PLACE && p.tier() <= MUST_SHOW_TIER) {
                // a town's name beside the symbol that covers its dot, then over it
                for (int k = 0; placed == null && k < FARTHER_PX.length; k++) placed = placeBesideDot(clear, p, gl, px, py, FARTHER_PX[k]);
                if (placed == null) {
                    Placed over = placeBesideDot(box -> !collides(grid, box), p, gl, px, py);
                    if (over != null) placed = new Placed(p, over.text(), over.textX(), over.baseline(), px, py, false, over.box());
                }
            }
            if (placed == null) continue;
            addToGrid(grid, placed.box());
            out.add(placed);
        }
        return out;
    }

    /**
     * Tries the name above its dot, then beside it (left first: Arabic runs leftwards away from the
     * point), then below; the first free position wins. More positions fit many more villages.
     */
    private static Placed placeBesideDot(Predicate<Rectangle2D> free, PlaceLabel p, Glyphs gl, double px, double py) {
        return placeBesideDot(free, p, gl, px, py, 0);
    }

    /** As above, {@code farther} px farther from the dot than usual (the box still covers the dot). */
    private static Placed placeBesideDot(Predicate<Rectangle2D> free, PlaceLabel p, Glyphs gl, double px, double py, double farther) {
        Rectangle2D b = gl.bounds();
        double gap = DOT_GAP + farther;
        double side = DOT_RADIUS + gap + b.getWidth() / 2;
        double middle = py - (b.getY() + b.getHeight() / 2); // baseline that centres the text on the dot
        double[][] positions = {
                {px, py - gap - b.getMaxY()},
                {px - side, middle},
                {px + side, middle},
                {px, py + gap - b.getY()}};
        Rectangle2D dot = new Rectangle2D.Double(px - DOT_RADIUS, py - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
        for (double[] pos : positions) {
            Rectangle2D text = new Rectangle2D.Double(pos[0] + b.getX(), pos[1] + b.getY(), b.getWidth(), b.getHeight());
            // moved away from a symbol lying on its dot: the text alone, and no dot drawn over the symbol
            Rectangle2D box = padded(farther > 0 ? text : text.createUnion(dot));
            if (free.test(box)) return new Placed(p, gl.outline(), pos[0], pos[1], px, py, farther == 0, box);
        }
        return null;
    }

    /** Area names (governorates) and rivers' names sit centred on their point, without a dot. */
    private static Placed placeCentred(Predicate<Rectangle2D> free, PlaceLabel p, Glyphs gl, double px, double py) {
        Rectangle2D b = gl.bounds();
        double baseline = py - (b.getY() + b.getHeight() / 2);
        Rectangle2D box = padded(new Rectangle2D.Double(px + b.getX(), baseline + b.getY(), b.getWidth(), b.getHeight()));
        return free.test(box) ? new Placed(p, gl.outline(), px, baseline, px, py, false, box) : null;
    }

    private static Rectangle2D padded(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() - PAD, r.getY() - PAD, r.getWidth() + 2 * PAD, r.getHeight() + 2 * PAD);
    }

    private static boolean collides(Map<Long, List<Rectangle2D>> grid, Rectangle2D box) {
        for (long cx = cell(box.getMinX()); cx <= cell(box.getMaxX()); cx++)
            for (long cy = cell(box.getMinY()); cy <= cell(box.getMaxY()); cy++) {
                List<Rectangle2D> l = grid.get(tileKey(cx, cy));
                if (l == null) continue;
                for (Rectangle2D r : l) if (r.intersects(box)) return true;
            }
        return false;
    }

    private static void addToGrid(Map<Long, List<Rectangle2D>> grid, Rectangle2D box) {
        for (long cx = cell(box.getMinX()); cx <= cell(box.getMaxX()); cx++)
            for (long cy = cell(box.getMinY()); cy <= cell(box.getMaxY()); cy++)
                grid.computeIfAbsent(tileKey(cx, cy), k -> new ArrayList<>()).add(box);
    }

    private static long cell(double v) {
        return (long) Math.floor(v / GRID);
    }
}
