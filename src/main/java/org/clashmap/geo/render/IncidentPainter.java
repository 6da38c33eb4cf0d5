package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;

import org.clashmap.extract.EventType;

import java.util.BitSet;

/**
 * Draws incidents for a viewport onto any {@link Surface}: the window's canvas and exported PNGs
 * use this same code, so an export is what the analyst saw. Below {@link #CLUSTER_BELOW_ZOOM}
 * nearby symbols merge into counted clusters on a screen grid; above it each incident is drawn,
 * with a ring for its place's precision once the ring is wider than the symbol.
 */
public final class IncidentPainter {
    public static final double CLUSTER_BELOW_ZOOM = 8.5;
    /** Screen cell (px) within which incidents merge into one cluster. */
    public static final double CLUSTER_CELL = 44;
    /** Between clustering and this zoom a crowded spot shows only its biggest symbol (see {@link PixelStamps}). */
    public static final double ONE_KIND_BELOW_ZOOM = 10;
    static final int SELECTION = 0xFF00B4FF, OUTLINE = 0xFF202020, WHITE = 0xFFFFFFFF;
    private static final EventType[] TYPES = EventType.values();

    private final double[] xs = new double[4], ys = new double[4];
    private final SymbolPlan plan = new SymbolPlan();
    private double maxRing;
    private final java.util.Set<Long> ringsDrawn = new java.util.HashSet<>();

    /** Paints the incidents in {@code visible}; {@code selectedEvent} is an index into the set's events, or -1. */
    public void paint(Surface s, IncidentSet set, BitSet visible, Viewport vp, int selectedEvent) {
        plan.plan(set, visible, vp);
        ringsDrawn.clear();
        boolean rings = vp.zoom() >= CLUSTER_BELOW_ZOOM;
        maxRing = rings ? plan.maxRingPx(set, vp) : 0;
        for (int k = 0; k < plan.symbolCount(); k++) {
            int i = plan.symbol(k);
            double x = vp.screenX(set.wx[i]), y = vp.screenY(set.wy[i]);
            if (rings) drawPrecisionRing(s, set, i, x, y, vp);
            drawSymbol(s, set, i, x, y);
        }
        for (int k = 0; k < plan.clusterCount(); k++) {
            int n = plan.clusterEvents(k); // events, not places: an event at three villages is one
            double x = plan.clusterX(k), y = plan.clusterY(k);
            boolean hollow = plan.clusterUndated(k);
            drawClusterDisc(s, TYPES[plan.clusterType(k)], clusterRadius(n), x, y, hollow);
            s.text(countLabel(n), x, y, 11, true, hollow ? OUTLINE : WHITE, 0);
        }
        paintSelection(s, set, visible, vp, selectedEvent);
    }

    /** The plan of the last frame painted (what was drawn: symbols and clusters). */
    public SymbolPlan lastPlan() {
        return plan;
    }

    /**
     * Drawn last so the selection is never hidden under its neighbours. A selected place merged into a
     * cluster rings the cluster instead of drawing its symbol over the cluster's count.
     */
    private void paintSelection(Surface s, IncidentSet set, BitSet visible, Viewport vp, int selectedEvent) {
        if (selectedEvent < 0) return;
        for (int i = set.firstIncidentOf(selectedEvent); i < set.endIncidentOf(selectedEvent); i++) {
            if (!visible.get(i)) continue;
            double x = vp.screenX(set.wx[i]), y = vp.screenY(set.wy[i]);
            int k = plan.clusterHolding(x, y);
            if (k >= 0) {
                s.strokeCircle(plan.clusterX(k), plan.clusterY(k), clusterRadius(plan.clusterEvents(k)) + 5, 3, SELECTION, false);
                continue;
            }
            drawSymbol(s, set, i, x, y);
            s.strokeCircle(x, y, symbolRadius(set, i) + 5, 3, SELECTION, false);
        }
    }

    private void drawPrecisionRing(Surface s, IncidentSet set, int i, double x, double y, Viewport vp) {
        double ringPx = set.precisionKm[i] * 1000 / vp.metresPerPixel(set.lat[i]);
        if (ringPx > symbolRadius(set, i) + 4 && ringPx < maxRing && ringPx < 4 * Math.max(vp.width(), vp.height())) {
            // Incidents at one place share one ring (precision belongs to the place; it takes the
            // colour of the first incident there): stacking translucent copies would turn it opaque,
            // hiding the map, and cost a large fill per incident.
            long key = (Math.round(x) * 65521 + Math.round(y)) * 65521 + Math.round(ringPx);
            if (!ringsDrawn.add(key)) return;
            int c = IncidentStyle.colour(set.typeOf(i));
            s.fillCircle(x, y, ringPx, IncidentStyle.withAlpha(c, 0.07));
            s.strokeCircle(x, y, ringPx, 1, IncidentStyle.withAlpha(c, 0.45), true);
        }
    }

    public static double symbolRadius(IncidentSet set, int i) {
        return IncidentStyle.radius(set.fatalities[i]);
    }

    /** One incident symbol: shape and colour by type; faded when uncertain, hollow and dashed when undated. */
    void drawSymbol(Surface s, IncidentSet set, int i, double x, double y) {
        drawSymbol(s, TYPES[set.type[i]], symbolRadius(set, i), set.flags[i], x, y);
    }

    /** The same from bare attributes, so sprites for the window are drawn by this very code. */
    void drawSymbol(Surface s, EventType t, double r, int flags, double x, double y) {
        double alpha = 0.9;
        if ((flags & IncidentSet.FLAG_UNCERTAIN_DATE) != 0) alpha = 0.6;
        if ((flags & IncidentSet.FLAG_LOW_CONFIDENCE) != 0) alpha = 0.4;
        boolean undated = (flags & IncidentSet.FLAG_UNDATED) != 0;
        boolean rejected = (flags & IncidentSet.FLAG_REJECTED) != 0;
        int colour = rejected ? 0xFF9A9A9A : IncidentStyle.colour(t);
        int fill = IncidentStyle.withAlpha(colour, undated ? 0.25 : alpha);
        int outline = undated ? IncidentStyle.withAlpha(colour, 1) : IncidentStyle.withAlpha(OUTLINE, alpha);
        drawShape(s, IncidentStyle.shape(t), x, y, r, fill, outline, undated ? 2 : 1, undated);
        if ((flags & IncidentSet.FLAG_EDITED) != 0) s.fillCircle(x, y, 1.8, WHITE);
        if (rejected) s.strokeLine(x - r, y - r, x + r, y + r, 1.5, OUTLINE, false);
    }

    public void drawShape(Surface s, SymbolShape shape, double x, double y, double r, int fill, int outline, double width, boolean dashed) {
        int n = shape.vertices(x, y, r, xs, ys);
        if (n == 0) {
            s.fillCircle(x, y, r, fill);
            s.strokeCircle(x, y, r, width, outline, dashed);
        } else {
            s.fillPolygon(xs, ys, n, fill);
            s.strokePolygon(xs, ys, n, width, outline, dashed);
        }
    }

    /**
     * Side (px) of the cells within which one symbol per kind is drawn: just above clustering,
     * thousands of places share the screen and symbols 9+ px wide overlap anyway, so coarser
     * cells there; finer once places spread out.
     */
    static double stampCell(double zoom) {
        return zoom < 10 ? 6 : 3;
    }

    /**
     * A cluster's count as drawn: exact below 1,000, then "1.2k", "83k", "1.2M" — five digits
     * overflow a disc and run into the neighbour's count.
     */
    public static String countLabel(int n) {
        if (n < 1000) return Integer.toString(n);
        if (n < 10_000) return abbreviated(n / 100, "k");
        if (n < 1_000_000) return n / 1000 + "k";
        if (n < 10_000_000) return abbreviated(n / 100_000, "M");
        return n / 1_000_000 + "M";
    }

    /** tenths (e.g. 12 for 1.2) with one decimal unless it is zero. */
    private static String abbreviated(int tenths, String unit) {
        return tenths % 10 == 0 ? tenths / 10 + unit : tenths / 10 + "." + tenths % 10 + unit;
    }

    public static double clusterRadius(int n) {
        return Math.min(22, 9 + 3 * Math.log(n));
    }

    /** A cluster's disc; {@code hollow} (all its events undated) pale with a dashed rim, as undated symbols, its count then dark. */
    static void drawClusterDisc(Surface s, EventType t, double r, double x, double y, boolean hollow) {
        int colour = IncidentStyle.colour(t);
        if (hollow) {
            s.fillCircle(x, y, r, IncidentStyle.withAlpha(colour, 0.25));
            s.strokeCircle(x, y, r, 2, IncidentStyle.withAlpha(colour, 1), true);
            return;
        }
        s.fillCircle(x, y, r + 3, IncidentStyle.withAlpha(colour, 0.3));
        s.fillCircle(x, y, r, IncidentStyle.withAlpha(colour, 0.9));
        s.strokeCircle(x, y, r, 1, OUTLINE, false);
    }
}
