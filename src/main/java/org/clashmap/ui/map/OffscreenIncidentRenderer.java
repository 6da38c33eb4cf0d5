package org.clashmap.ui.map;

import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.render.IncidentStyle;
import org.clashmap.geo.Viewport;

import java.util.BitSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Draws the incident layer off screen exactly as the window does (same raster painter, the
 * image sharing the raster's pixels through a PixelBuffer), for {@code clashmap bench map}; optionally with a snapshot so the
 * cost of compositing the image is counted too.
 * Also draws the naive alternative — one Circle node per point in a Group, as in Gluon Maps'
 * sample POI layer — for comparison.
 */
public final class OffscreenIncidentRenderer {
    private final int width, height;
    private final WritableImage snap;
    private final SnapshotParameters params = new SnapshotParameters();
    private final IncidentImage layer = new IncidentImage();
    private Group nodes;
    private int[] nodeIncidents;

    public OffscreenIncidentRenderer(int width, int height) {
        this.width = width;
        this.height = height;
        snap = new WritableImage(width, height);
        params.setFill(Color.WHITE);
    }

    /**
     * Starts JavaFX headless through Monocle when nothing else was asked for: the properties must
     * be set before the toolkit starts, so they are set here rather than on the command line.
     */
    public static void startHeadlessToolkit() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
    }

    /** Stops the toolkit {@link #startHeadlessToolkit()} started (the command line may then exit). */
    public static void stopToolkit() {
        Platform.exit();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** Runs work on the FX thread and waits for it. */
    public static <T> T onFx(Callable<T> work) throws InterruptedException, ExecutionException {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /**
     * One frame as the window's layer draws it (the same {@link IncidentImage}): painted in place
     * when {@code contentChanged} or the view has moved past the spare pixels, else only moved;
     * with {@code present}, also a snapshot of the layer (the sw pipeline compositing it).
     */
    public double rasterFrame(IncidentSet set, BitSet visible, Viewport vp, boolean contentChanged, boolean present) {
        long t0 = System.nanoTime();
        if (contentChanged) layer.contentChanged();
        layer.show(set, visible, vp, -1, null);
        long t1 = System.nanoTime();
        if (present) layer.view.snapshot(params, snap);
        long t2 = System.nanoTime();
        lastPaintMs = (t1 - t0) / 1e6;
        lastPresentMs = (t2 - t1) / 1e6;
        return (t2 - t0) / 1e6;
    }

    private double lastPaintMs, lastPresentMs;

    /** Of the last raster frame: clearing and painting the raster, or moving it when only panned (ms). */
    public double lastPaintMs() {
        return lastPaintMs;
    }

    /** Of the last raster frame: handing the pixels to JavaFX and, when presenting, the snapshot (ms). */
    public double lastPresentMs() {
        return lastPresentMs;
    }

    /** Builds one Circle per visible incident (not timed: the POI layer builds them once too). */
    public void buildNodes(IncidentSet set, BitSet visible) {
        nodes = new Group();
        nodeIncidents = visible.stream().toArray();
        for (int i : nodeIncidents) {
            int c = IncidentStyle.colour(set.typeOf(i));
            Circle circle = new Circle(IncidentStyle.radius(set.fatalities[i]),
                    Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, 0.9));
            circle.setStroke(Color.rgb(32, 32, 32, 0.9));
            nodes.getChildren().add(circle);
        }
        // Clip to the view so both approaches rasterise the same area.
        nodes.setClip(new javafx.scene.shape.Rectangle(width, height));
    }

    /** One frame of the node layer: reposition every node for the viewport (as a POI layer does on layout), snapshot. */
    public double nodeFrame(IncidentSet set, Viewport vp) {
        long t0 = System.nanoTime();
        double scale = vp.scale();
        for (int k = 0; k < nodeIncidents.length; k++) {
            int i = nodeIncidents[k];
            var n = nodes.getChildren().get(k);
            n.setTranslateX(set.wx[i] * scale - vp.originX());
            n.setTranslateY(set.wy[i] * scale - vp.originY());
        }
        nodes.snapshot(params, snap);
        return (System.nanoTime() - t0) / 1e6;
    }
}
