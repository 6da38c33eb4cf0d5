package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentIndex;
import org.clashmap.geo.index.IncidentSet;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What the incident layer shows in one frame — which incidents get a symbol and where counted
 * clusters stand — decided once, so the window's raster painter, the vector painter of exports,
 * the legend and the click handler all agree.
 * <p>
 * Incidents are binned into {@link IncidentPainter#CLUSTER_CELL} cells aligned to the world.
 * Below {@link IncidentPainter#CLUSTER_BELOW_ZOOM} every cell with incidents of more than one
 * event is a cluster, counting events (an event at three nearby villages is one, and a cell of one
 * event's places draws them as symbols). Above it a cell stays a cluster only while it is crowded: more than
 * {@link #MAX_SYMBOLS_PER_CELL} incidents spread wider than one stack ({@link #STACK_PX}). A
 * crowded cell drawn symbol by symbol is a blob of tens of overlapping symbols that tells the
 * analyst less than a count, and costs pixels in proportion to the data (a cumulative view of a
 * million events over Aleppo blitted 46 million sprite pixels a frame). Zooming in splits the
 * cluster, as at low zoom; from {@link #NO_CLUSTERS_FROM_ZOOM} nothing clusters. Incidents stacked
 * at one point never cluster: zooming would not split them, and {@link PixelStamps} already
 * draws a stack as one symbol per kind.
 * <p>
 * Each frame walks only the incidents whose grid cells touch the view ({@link IncidentIndex}),
 * in a fixed spatial order, and allocates nothing once its arrays have grown.
 */
public final class SymbolPlan {
    public static final int MAX_SYMBOLS_PER_CELL = 12;
    public static final double STACK_PX = 8;
    public static final double NO_CLUSTERS_FROM_ZOOM = 14;
    /** Symbols up to this far outside the view are still partly visible. */
    public static final double MARGIN = IncidentStyle.MAX_RADIUS * 2;

    private final IncidentIndex.Runs runs = new IncidentIndex.Runs();
    private final ClusterGrid grid = new ClusterGrid();
    private final PixelStamps stamps = new PixelStamps();
    private boolean[] clustered = new boolean[0];
    private int[] symbols = new int[256];
    private int symbolCount, inView;
    private int[] clusterCells = new int[64];
    private int clusterCount;

    /** Plans a frame of the incidents in {@code visible} for {@code vp}. */
    public void plan(IncidentSet set, BitSet visible, Viewport vp) {
        plan(set, visible, vp, true);
    }

    /** As above; without {@code walkSparse} it always walks the view's runs (tests compare the two). */
    void plan(IncidentSet set, BitSet visible, Viewport vp, boolean walkSparse) {
        symbolCount = clusterCount = inView = 0;
        IncidentIndex index = set.index();
        index.runsInView(vp, MARGIN, runs);
        grid.reset(vp, IncidentPainter.CLUSTER_CELL, MARGIN);
        double scale = vp.scale(), ox = vp.originX(), oy = vp.originY(), w = vp.width(), h = vp.height();
        // A sparse filter (a month out of fourteen years) would leave most of the runs' entries
        // hidden: then the visible incidents themselves are cheaper to walk. They are put in the
        // runs' order, so both ways give the same plan.
        if (walkSparse && SPARSE_FACTOR * (long) visible.cardinality() < runs.total()) onlyVisibleInView(set, visible, vp, index);
        for (int r = 0; r < runs.count; r++) {
            for (int k = runs.from[r]; k < runs.to[r]; k++) {
                int i = index.incidentAt(k);
                if (!visible.get(i)) continue;
                double x = index.worldX(k) * scale - ox, y = index.worldY(k) * scale - oy;
                int c = grid.cellOf(x, y);
                if (c < 0 || x < -MARGIN || y < -MARGIN || x > w + MARGIN || y > h + MARGIN) continue;
                grid.add(c, i, x, y, index.type(k), firstOfItsEventInCell(set, visible, i, c, scale, ox, oy, w, h),
                        (set.flags[i] & IncidentSet.FLAG_UNDATED) != 0);
                if (x >= 0 && y >= 0 && x <= w && y <= h) inView++;
            }
        }
        int cells = grid.cells();
        if (clustered.length < cells) clustered = new boolean[cells];
        boolean anySymbols = false;
        double zoom = vp.zoom();
        for (int c = 0; c < cells; c++) {
            int n = grid.count(c);
            // A cell holding the places of one event only is not a cluster: a disc saying "1" would
            // hide where that event happened; its places are drawn (its dead on one of them).
            clustered[c] = n > 1 && grid.events(c) > 1 && clusters(zoom, n, grid.spread(c));
            if (clustered[c]) addCluster(c);
            else if (n > 0) anySymbols = true;
        }
        if (!anySymbols) return;
        if (zoom < IncidentPainter.CLUSTER_BELOW_ZOOM) {
            boolean oneEventCells = false;
            for (int c = 0; c < cells; c++) {
                if (clustered[c] || grid.count(c) == 0) continue;
                if (grid.count(c) == 1) addSymbol(grid.first(c));
                else oneEventCells = true;
            }
            if (!oneEventCells) return;
            for (int r = 0; r < runs.count; r++) {
                for (int k = runs.from[r]; k < runs.to[r]; k++) {
                    int i = index.incidentAt(k);
                    if (!visible.get(i)) continue;
                    double x = index.worldX(k) * scale - ox, y = index.worldY(k) * scale - oy;
                    int c = grid.cellOf(x, y);
                    if (c < 0 || clustered[c] || grid.count(c) < 2 || x < -MARGIN || y < -MARGIN || x > w + MARGIN || y > h + MARGIN) continue;
                    addSymbol(i);
                }
            }
            return;
        }
        // Symbols: the biggest of each kind per small cell (PixelStamps), in two passes.
        stamps.startFrame(vp, MARGIN, IncidentPainter.stampCell(zoom), zoom < IncidentPainter.ONE_KIND_BELOW_ZOOM);
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < runs.count; r++) {
                for (int k = runs.from[r]; k < runs.to[r]; k++) {
                    int i = index.incidentAt(k);
                    if (!visible.get(i)) continue;
                    double x = index.worldX(k) * scale - ox, y = index.worldY(k) * scale - oy;
                    int c = grid.cellOf(x, y);
                    if (c < 0 || clustered[c] || x < -MARGIN || y < -MARGIN || x > w + MARGIN || y > h + MARGIN) continue;
                    if (pass == 0) stamps.offer(set, i, x + MARGIN, y + MARGIN);
                    else if (stamps.claim(set, i, x + MARGIN, y + MARGIN)) addSymbol(i);
                }
            }
        }
    }

    /**
     * Whether incident i is its event's first visible place (by place order) in cell c, so a
     * cluster counts events, not places: "2 incidents" for two events at seven villages. Events
     * have a handful of places, so looking at the siblings costs next to nothing.
     */
    private boolean firstOfItsEventInCell(IncidentSet set, BitSet visible, int i, int c, double scale, double ox, double oy, double w, double h) {
        for (int j = set.firstIncidentOf(set.event[i]); j < i; j++) {
            if (!visible.get(j)) continue;
            double x = set.wx[j] * scale - ox, y = set.wy[j] * scale - oy;
            if (x < -MARGIN || y < -MARGIN || x > w + MARGIN || y > h + MARGIN) continue;
            if (grid.cellOf(x, y) == c) return false;
        }
        return true;
    }

    /** Walk the visible incidents instead of the view's runs when they are this many times fewer. */
    static final int SPARSE_FACTOR = 4;
    private int[] positions = new int[256];

    /** Replaces the runs by the sorted positions of the visible incidents near the view. */
    private void onlyVisibleInView(IncidentSet set, BitSet visible, Viewport vp, IncidentIndex index) {
        double scale = vp.scale(), ox = vp.originX(), oy = vp.originY(), w = vp.width(), h = vp.height();
        int m = 0;
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            double x = set.wx[i] * scale - ox, y = set.wy[i] * scale - oy;
            if (x < -MARGIN || y < -MARGIN || x > w + MARGIN || y > h + MARGIN) continue;
            if (m == positions.length) positions = Arrays.copyOf(positions, m * 2);
            positions[m++] = index.positionOf(i);
        }
        Arrays.sort(positions, 0, m);
        runs.count = 0;
        for (int k = 0; k < m; ) {
            int start = positions[k], end = start + 1;
            while (++k < m && positions[k] == end) end++;
            runs.add(start, end);
        }
    }

    /** The rule above, on its own so tests can state it. */
    static boolean clusters(double zoom, int n, double spreadPx) {
        if (n <= 1) return false;
        if (zoom < IncidentPainter.CLUSTER_BELOW_ZOOM) return true;
        return zoom < NO_CLUSTERS_FROM_ZOOM && n > MAX_SYMBOLS_PER_CELL && spreadPx > STACK_PX;
    }

    private void addSymbol(int i) {
        if (symbolCount == symbols.length) symbols = Arrays.copyOf(symbols, symbolCount * 2);
        symbols[symbolCount++] = i;
    }

    private void addCluster(int c) {
        if (clusterCount == clusterCells.length) clusterCells = Arrays.copyOf(clusterCells, clusterCount * 2);
        clusterCells[clusterCount++] = c;
    }

    /** Precision rings may cover the view this many times over, counting each as a filled disc. */
    public static final double RING_COVER = 2;
    private int[] ringsByRadius = new int[0];

    /**
     * The widest precision ring (px) this frame may draw. Rings are for judging where a few
     * incidents might be; hundreds of overlapping rings only cross-hatch the view (imported
     * datasets give district-level precision, 25 km) and cost their area or height each. So rings
     * are admitted smallest first until together they would cover the view {@link #RING_COVER}
     * times; the larger ones return as the analyst zooms in or narrows the window.
     */
    public double maxRingPx(IncidentSet set, Viewport vp) {
        int bins = (int) Math.max(vp.width(), vp.height()) + 1;
        if (ringsByRadius.length < bins) ringsByRadius = new int[bins];
        else Arrays.fill(ringsByRadius, 0, bins, 0);
        for (int k = 0; k < symbolCount; k++) {
            int i = symbols[k];
            double ringPx = set.precisionKm[i] * 1000 / vp.metresPerPixel(set.lat[i]);
            if (ringPx > IncidentPainter.symbolRadius(set, i) + 4 && ringPx < bins) ringsByRadius[(int) ringPx]++;
        }
        double budget = RING_COVER * vp.width() * vp.height(), area = 0;
        for (int r = 1; r < bins; r++) {
            area += ringsByRadius[r] * Math.PI * (r + 1) * (r + 1);
            if (area > budget) return r;
        }
        return Double.MAX_VALUE;
    }

    /** Incidents to draw as symbols, in drawing order. */
    public int symbolCount() {
        return symbolCount;
    }

    public int symbol(int k) {
        return symbols[k];
    }

    public int clusterCount() {
        return clusterCount;
    }

    public double clusterX(int k) {
        return grid.meanX(clusterCells[k]);
    }

    public double clusterY(int k) {
        return grid.meanY(clusterCells[k]);
    }

    /** Incidents (event places) the cluster stands for. */
    public int clusterSize(int k) {
        return grid.count(clusterCells[k]);
    }

    /** Distinct events the cluster stands for: the number drawn on it and said on hover. */
    public int clusterEvents(int k) {
        return grid.events(clusterCells[k]);
    }

    /** Whether every incident of the cluster is undated: then it is drawn hollow and dashed, as undated symbols are. */
    public boolean clusterUndated(int k) {
        int c = clusterCells[k];
        return grid.undated(c) == grid.count(c);
    }

    /**
     * The cluster an incident at screen point (x, y) was merged into, or -1 when it is drawn as its own
     * symbol (or lies off the grid). The selection rings the cluster rather than covering its count.
     */
    public int clusterHolding(double x, double y) {
        int c = grid.cellOf(x, y);
        if (c < 0 || c >= clustered.length || !clustered[c]) return -1;
        for (int k = 0; k < clusterCount; k++) if (clusterCells[k] == c) return k;
        return -1;
    }

    /** Ordinal of the cluster's most frequent event type. */
    public int clusterType(int k) {
        return grid.dominantType(clusterCells[k]);
    }

    /** Visible incidents inside the view, clustered or not. */
    public int inView() {
        return inView;
    }

    /** The cluster whose disc covers screen point (x, y), or -1. */
    public int clusterAt(double x, double y) {
        for (int k = clusterCount - 1; k >= 0; k--) { // drawn last is on top
            double r = IncidentPainter.clusterRadius(clusterEvents(k)) + 3;
            if (Math.hypot(clusterX(k) - x, clusterY(k) - y) <= r) return k;
        }
        return -1;
    }
}
