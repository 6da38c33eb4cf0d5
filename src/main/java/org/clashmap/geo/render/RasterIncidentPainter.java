package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;

import org.clashmap.extract.EventType;

import java.util.BitSet;

/**
 * The window's fast path for the incident layer: the same picture as {@link IncidentPainter}
 * (clusters below {@link IncidentPainter#CLUSTER_BELOW_ZOOM}, symbols with precision rings
 * above), but symbols, cluster discs and digits are sprites rendered once by the vector
 * painter's own drawing code and then blitted into a {@link Raster}. Nothing is allocated per
 * frame once the sprites a view needs exist (a few hundred at most).
 */
public final class RasterIncidentPainter {
    private static final EventType[] TYPES = EventType.values();
    /** Symbol radius quantised to half pixels: (MAX - MIN) * 2 + 1 classes. */
    private static final int RADII = (int) ((IncidentStyle.MAX_RADIUS - IncidentStyle.MIN_RADIUS) * 2) + 1;
    private static final int LOOKS = 32;
    private static final double MAX_FILLED_RING = 40; // the five flag bits drawSymbol looks at
    private final IncidentPainter vector = new IncidentPainter();
    private final Sprite[] symbols = new Sprite[TYPES.length * RADII * LOOKS];
    private final Sprite[] clusters = new Sprite[TYPES.length * 64 * 2];
    /** Characters a cluster count can use (see {@link IncidentPainter#countLabel}). */
    private static final String GLYPHS = "0123456789.kM";
    /** White digits for filled discs, then dark ones for hollow (undated) discs. */
    private final Sprite[] glyphs = new Sprite[GLYPHS.length() * 2];
    private final int[] advance = new int[GLYPHS.length()];
    private final SymbolPlan plan = new SymbolPlan();
    /**
     * One precision ring per place, however many incidents sit there (its colour is the first
     * drawn's). Rings whose centres lie within about a quarter of their radius of each other are
     * indistinguishable, so a ring of radius r shares cells of about r/4 with rings of its size
     * class: scattered points (imported datasets jitter positions) would otherwise draw thousands
     * of near-identical large rings, each a full pass over its height.
     */
    private static final double[] RING_CLASS_UPTO = {12, 24, 48, 96, 192, 384, Double.MAX_VALUE};
    private static final double[] RING_CELL = {1, 6, 12, 24, 48, 96, 192};
    private final PixelStamps[] ringStamps = new PixelStamps[RING_CELL.length];

    public RasterIncidentPainter() {
        java.awt.Font f = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 11);
        java.awt.image.BufferedImage probe = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.FontMetrics m = probe.createGraphics().getFontMetrics(f);
        for (int g = 0; g < GLYPHS.length(); g++) advance[g] = m.charWidth(GLYPHS.charAt(g));
    }

    /** Paints into {@code r} (not cleared here); {@code selectedEvent} is an event index or -1. */
    public void paint(Raster r, IncidentSet set, BitSet visible, Viewport vp, int selectedEvent) {
        plan.plan(set, visible, vp);
        paintSymbols(r, set, vp);
        paintClusters(r);
        paintSelection(r, set, visible, vp, selectedEvent);
    }

    /** The plan of the last frame painted: what the analyst sees, for clicks and counts. */
    public SymbolPlan lastPlan() {
        return plan;
    }

    private void paintSymbols(Raster r, IncidentSet set, Viewport vp) {
        double scale = vp.scale(), margin = SymbolPlan.MARGIN;
        // Crowded zooms: no precision rings (thousands of overlapping rings there are noise, and
        // cost more than the symbols); rings return as places spread out.
        boolean rings = vp.zoom() >= IncidentPainter.ONE_KIND_BELOW_ZOOM;
        double maxRing = rings ? plan.maxRingPx(set, vp) : 0;
        for (int c = 0; c < ringStamps.length; c++) {
            if (ringStamps[c] == null) ringStamps[c] = new PixelStamps();
            ringStamps[c].startFrame(vp, margin, RING_CELL[c]);
        }
        for (int k = 0; k < plan.symbolCount(); k++) {
            int i = plan.symbol(k);
            double x = set.wx[i] * scale - vp.originX(), y = set.wy[i] * scale - vp.originY();
            double ringPx = set.precisionKm[i] * 1000 / vp.metresPerPixel(set.lat[i]);
            double radius = IncidentPainter.symbolRadius(set, i);
            // Rings wider than the view are arcs that say little and cost a full-height pass each.
            if (rings && ringPx > radius + 4 && ringPx < maxRing && ringPx < Math.max(vp.width(), vp.height())
                    && !ringStampsFor(ringPx).alreadyMarked(x + margin, y + margin, 1)) {
                int c = IncidentStyle.colour(TYPES[set.type[i]]);
                // Small rings (the common case) are sprites with their faint fill; big ones an outline
                // only, since a region-sized ring would wash its whole area pixel by pixel.
                if (ringPx <= MAX_FILLED_RING) r.blit(ring(set.type[i], ringPx), x, y);
                else r.strokeRing(x, y, ringPx, 1, IncidentStyle.withAlpha(c, 0.45));
            }
            r.blit(symbol(set.type[i], radius, set.flags[i]), x, y);
        }
    }

    private PixelStamps ringStampsFor(double ringPx) {
        int c = 0;
        while (ringPx > RING_CLASS_UPTO[c]) c++;
        return ringStamps[c];
    }

    private void paintClusters(Raster r) {
        for (int k = 0; k < plan.clusterCount(); k++) {
            int n = plan.clusterEvents(k); // events, not places (as the vector painter)
            double x = plan.clusterX(k), y = plan.clusterY(k);
            boolean hollow = plan.clusterUndated(k);
            r.blit(cluster(plan.clusterType(k), IncidentPainter.clusterRadius(n), hollow), x, y);
            drawCount(r, n, x, y, hollow);
        }
    }

    private void paintSelection(Raster r, IncidentSet set, BitSet visible, Viewport vp, int selectedEvent) {
        if (selectedEvent < 0) return;
        for (int i = set.firstIncidentOf(selectedEvent); i < set.endIncidentOf(selectedEvent); i++) {
            if (!visible.get(i)) continue;
            double x = vp.screenX(set.wx[i]), y = vp.screenY(set.wy[i]), radius = IncidentPainter.symbolRadius(set, i);
            int k = plan.clusterHolding(x, y);
            if (k >= 0) { // ring the cluster; its count stays readable (as the vector painter)
                r.strokeRing(plan.clusterX(k), plan.clusterY(k), IncidentPainter.clusterRadius(plan.clusterEvents(k)) + 5, 3, IncidentPainter.SELECTION);
                continue;
            }
            r.blit(symbol(set.type[i], radius, set.flags[i]), x, y);
            r.strokeRing(x, y, radius + 5, 3, IncidentPainter.SELECTION);
        }
    }

    /** A count's label centred on (x, y), each character a sprite: no text layout per frame. */
    private void drawCount(Raster r, int n, double x, double y, boolean dark) {
        String label = IncidentPainter.countLabel(n);
        int width = 0;
        for (int k = 0; k < label.length(); k++) width += advance[GLYPHS.indexOf(label.charAt(k))];
        double left = x - width / 2.0;
        for (int k = 0; k < label.length(); k++) {
            int g = GLYPHS.indexOf(label.charAt(k));
            r.blit(glyph(g, dark), left + advance[g] / 2.0, y);
            left += advance[g];
        }
    }

    private Sprite symbol(int type, double radius, int flags) {
        int rc = (int) Math.round((radius - IncidentStyle.MIN_RADIUS) * 2);
        int key = (type * RADII + rc) * LOOKS + (flags & (LOOKS - 1));
        Sprite s = symbols[key];
        if (s == null) {
            double rq = IncidentStyle.MIN_RADIUS + rc / 2.0;
            int half = (int) Math.ceil(rq * 1.25 + 3);
            s = symbols[key] = Sprite.render(half, surface -> vector.drawSymbol(surface, TYPES[type], rq, flags, half, half));
        }
        return s;
    }

    private final Sprite[] rings = new Sprite[TYPES.length * ((int) MAX_FILLED_RING + 1)];

    private Sprite ring(int type, double ringPx) {
        int rp = (int) Math.round(ringPx);
        int key = type * ((int) MAX_FILLED_RING + 1) + rp;
        Sprite s = rings[key];
        if (s == null) {
            int c = IncidentStyle.colour(TYPES[type]);
            s = rings[key] = Sprite.render(rp + 3, surface -> {
                surface.fillCircle(rp + 3, rp + 3, rp, IncidentStyle.withAlpha(c, 0.07));
                surface.strokeCircle(rp + 3, rp + 3, rp, 1, IncidentStyle.withAlpha(c, 0.45), true);
            });
        }
        return s;
    }

    private Sprite cluster(int type, double radius, boolean hollow) {
        int rc = Math.min(63, (int) Math.round(radius * 2));
        int key = (type * 64 + rc) * 2 + (hollow ? 1 : 0);
        Sprite s = clusters[key];
        if (s == null) {
            double rq = rc / 2.0;
            int half = (int) Math.ceil(rq + 5);
            s = clusters[key] = Sprite.render(half, surface -> IncidentPainter.drawClusterDisc(surface, TYPES[type], rq, half, half, hollow));
        }
        return s;
    }

    private Sprite glyph(int g, boolean dark) {
        int key = g + (dark ? GLYPHS.length() : 0);
        Sprite s = glyphs[key];
        if (s == null) {
            String c = GLYPHS.substring(g, g + 1);
            s = glyphs[key] = Sprite.render(9, surface -> surface.text(c, 9, 9, 11, true, dark ? IncidentPainter.OUTLINE : IncidentPainter.WHITE, 0));
        }
        return s;
    }
}
