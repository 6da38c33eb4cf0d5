package org.clashmap.ui.map;

import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.clashmap.geo.index.GeneratedIncidents;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The incident layer's picture while panning: unchanged content is painted once with spare
 * pixels and then only moved, showing what a fresh paint shows; anything else paints again.
 * Data: 3,000 events from {@code clashmap generate}, a sparse filter so no cell crowds.
 */
@ExtendWith(ApplicationExtension.class)
public class IncidentImageTest {
    static IncidentSet set;
    static BitSet visible = new BitSet();

    @BeforeAll
    static void data() {
        set = GeneratedIncidents.of(3_000, 5);
        for (int i = 0; i < set.size; i += 10) visible.set(i);
    }

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs
    }

    private static int[] pixels(IncidentImage image, int w, int h) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        WritableImage snap = image.view.snapshot(p, null);
        int[] px = new int[w * h];
        snap.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }

    @Test
    void panningUnchangedContentMovesThePictureAndShowsWhatAFreshPaintShows(FxRobot robot) {
        int w = 600, h = 400;
        Viewport start = Viewport.centredOn(35.5, 37.5, 11, w, h);
        robot.interact(() -> {
            IncidentImage panned = new IncidentImage(), fresh = new IncidentImage();
            assertTrue(panned.show(set, visible, start, -1, null), "first frame paints");
            Viewport step1 = new Viewport(11, start.originX() + 7, start.originY() - 3, w, h);
            assertTrue(panned.show(set, visible, step1, -1, null), "the first pan paints, with spare pixels");
            int moved = 0;
            for (int k = 2; k <= 12; k++) {
                Viewport vp = new Viewport(11, step1.originX() + k * 7, step1.originY() - k * 3, w, h);
                boolean painted = panned.show(set, visible, vp, -1, null);
                if (k * 7 <= IncidentImage.OVERSCAN) {
                    assertFalse(painted, "a pan within the spare pixels only moves the picture (step " + k + ")");
                    moved++;
                    // Away from the edges (where a cell straddling the old view may differ) the moved
                    // picture is pixel for pixel what a fresh paint of this view gives.
                    fresh.contentChanged();
                    fresh.show(set, visible, vp, -1, null);
                    int[] a = pixels(panned, w, h), b = pixels(fresh, w, h);
                    int differ = 0;
                    for (int y = 60; y < h - 60; y++) for (int x = 60; x < w - 60; x++) if (a[y * w + x] != b[y * w + x]) differ++;
                    assertEquals(0, differ, "pixels differing from a fresh paint at step " + k);
                } else {
                    assertTrue(painted, "past the spare pixels it paints again");
                }
            }
            assertTrue(moved >= 10);
            panned.contentChanged();
            assertTrue(panned.show(set, visible, new Viewport(11, start.originX(), start.originY(), w, h), -1, null), "new content paints");
            assertTrue(panned.show(set, visible, new Viewport(12, start.originX() * 2, start.originY() * 2, w, h), -1, null), "a zoom paints");
        });
    }

    @Test
    void clustersAreFoundUnderTheCursorAfterThePictureMoved(FxRobot robot) {
        int w = 800, h = 600;
        BitSet all = new BitSet();
        all.set(0, set.size);
        Viewport start = Viewport.centredOn(36.2, 37.16, 9, w, h); // Aleppo: clusters at zoom 9
        robot.interact(() -> {
            IncidentImage image = new IncidentImage();
            image.show(set, all, start, -1, null);
            Viewport step = new Viewport(9, start.originX() + 20, start.originY() + 10, w, h);
            image.show(set, all, step, -1, null);
            Viewport moved = new Viewport(9, step.originX() + 40, step.originY() - 30, w, h);
            assertFalse(image.show(set, all, moved, -1, null));
            assertTrue(image.plan().clusterCount() > 0, "the test needs clusters");
            int found = 0;
            for (int c = 0; c < image.plan().clusterCount(); c++) {
                // the cluster's position on screen now: painted coordinates less where the view sits in them
                double sx = image.plan().clusterX(c) - image.toPaintedX(0), sy = image.plan().clusterY(c) - image.toPaintedY(0);
                if (sx < 0 || sy < 0 || sx > w || sy > h) continue;
                // the cluster under its own centre (another disc drawn over it may be the one on top)
                int k = image.plan().clusterAt(image.toPaintedX(sx), image.toPaintedY(sy));
                assertTrue(k >= 0, "no cluster under cluster " + c + "'s centre");
                double r = org.clashmap.geo.render.IncidentPainter.clusterRadius(image.plan().clusterEvents(k)) + 3;
                assertTrue(Math.hypot(image.plan().clusterX(k) - image.plan().clusterX(c), image.plan().clusterY(k) - image.plan().clusterY(c)) <= r);
                found++;
            }
            assertTrue(found > 0);
        });
    }
}
