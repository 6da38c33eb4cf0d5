package org.clashmap.ui.map;

import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.Viewport;

import java.util.BitSet;

/**
 * All incidents in one image inside the map: not one scene-graph node per incident, which does
 * not scale, and not one vector shape per incident either (the software pipeline rasterises each
 * at tens of microseconds). Symbols are sprites blitted into an int raster that the image
 * shares ({@link IncidentImage}): repainted when the model changes or the map zooms, only moved
 * while it pans; hit-testing goes through the spatial index.
 */
public final class IncidentLayer extends DrawnMapLayer {
    private final IncidentImage image = new IncidentImage();
    private IncidentSet set = IncidentSet.of(java.util.List.of());
    private BitSet visible = new BitSet();
    private int selectedEvent = -1;
    private int paintedCount;
    private double ghostX = Double.NaN, ghostY;

    IncidentLayer() {
        image.view.setMouseTransparent(true);
        getChildren().add(image.view);
    }

    public void setIncidents(IncidentSet set, BitSet visible) {
        this.set = set;
        this.visible = visible;
        this.selectedEvent = -1;
        image.contentChanged();
        markDirty();
    }

    void setVisible(BitSet visible) {
        this.visible = visible;
        image.contentChanged();
        markDirty();
    }

    public void setSelectedEvent(int eventIndex) {
        selectedEvent = eventIndex;
        image.contentChanged();
        markDirty();
    }

    /** A dashed marker following a symbol being dragged to a new place. */
    public void setDragGhost(double x, double y) {
        ghostX = x;
        ghostY = y;
        image.contentChanged();
        markDirty();
    }

    public void clearDragGhost() {
        ghostX = Double.NaN;
        image.contentChanged();
        markDirty();
    }

    public IncidentSet incidents() {
        return set;
    }

    BitSet visibleIncidents() {
        return visible;
    }

    /** How many visible incidents lie in the area last painted: the view, plus spare pixels while panning (clustered ones count individually). */
    public int paintedCount() {
        return paintedCount;
    }

    /** The incident under a point of the map (MapView coordinates), or -1. */
    public int incidentAt(double x, double y) {
        return set.index().nearest(visible, viewport(), x, y, 10);
    }

    /** Whether a point of the map lies on a counted cluster of the last frame. */
    public boolean clusterAt(double x, double y) {
        return clusterSizeAt(x, y) > 0;
    }

    /** How many events the cluster under a point stands for; 0 when there is none. */
    public int clusterSizeAt(double x, double y) {
        int k = image.plan().clusterAt(image.toPaintedX(x), image.toPaintedY(y));
        return k < 0 ? 0 : image.plan().clusterEvents(k);
    }

    /** How many places (incidents on the map) the cluster under a point stands for; 0 when there is none. */
    public int clusterPlacesAt(double x, double y) {
        int k = image.plan().clusterAt(image.toPaintedX(x), image.toPaintedY(y));
        return k < 0 ? 0 : image.plan().clusterSize(k);
    }

    private BitSet corroborated = new BitSet();

    /** Events (indices into the set) reported by two or more outlets: drawn with a green ring (decision 021). */
    public void setCorroborated(BitSet events) {
        if (events.equals(corroborated)) return;
        corroborated = events;
        image.contentChanged();
        markDirty();
    }

    /** Ring colour of a corroborated incident's symbols. */
    static final int CORROBORATED = 0xFF1B5E20;

    @Override
    protected void layoutLayer() {
        Viewport vp = viewport();
        boolean painted = image.show(set, visible, vp, selectedEvent, r -> {
            if (!corroborated.isEmpty()) {
                var plan = image.plan();
                for (int k = 0; k < plan.symbolCount(); k++) {
                    int i = plan.symbol(k);
                    if (!corroborated.get(set.event[i])) continue;
                    r.strokeRing(image.toPaintedX(vp.screenX(set.wx[i])), image.toPaintedY(vp.screenY(set.wy[i])),
                            org.clashmap.geo.render.IncidentPainter.symbolRadius(set, i) + 3, 2, CORROBORATED);
                }
            }
            // where a dragged place will land
            if (!Double.isNaN(ghostX)) r.strokeRing(image.toPaintedX(ghostX), image.toPaintedY(ghostY), 10, 2, 0xFF00B4FF);
        });
        if (painted) {
            paintedCount = image.plan().inView();
            onPainted.run();
        }
    }

    private Runnable onPainted = () -> { };

    /** Called each time the symbols are painted anew (so the place names can be laid out around them again). */
    void onPainted(Runnable r) {
        onPainted = r;
    }

    /** How many times the symbols were painted: a new count means they may stand elsewhere. */
    long paints() {
        return image.paints();
    }

    /** The symbols and clusters last painted, as boxes in global pixels of the current zoom. */
    public java.util.List<java.awt.geom.Rectangle2D> symbolBoxes() {
        return org.clashmap.geo.render.NamesOverSymbols.symbolBoxes(set, image.plan(), image.paintedViewport(), 1);
    }
}
