package org.clashmap.geo.render;

import org.clashmap.extract.EventType;
import org.clashmap.geo.Viewport;
import org.clashmap.geo.index.IncidentSet;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every point drawn whole inside the image and clipped at its edge alike, blended with exact rounding. */
class PointPainterTest {
    private static final int W = 400, H = 300, BACKGROUND = 0x8090A0;
    private static final Viewport VP = Viewport.centredOn(35, 38, 7, W, H);

    private static BufferedImage paintOne(double lat, double lon, EventType type) {
        IncidentSet.Builder b = IncidentSet.builder();
        b.row(1, type, 15_000, 15_000, 3, 3, 0.9, false, false, true, lat, lon, 1, 0.9);
        IncidentSet set = b.build();
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) img.setRGB(x, y, BACKGROUND);
        BitSet all = new BitSet();
        all.set(0, set.size);
        assertEquals(1, new PointPainter(2.4).paint(img, set, all, VP));
        return img;
    }

    @Test
    void aPointAtTheCornerIsTheSameSymbolClippedAsOneInTheMiddle() {
        for (EventType type : EventType.values()) {
            BufferedImage middle = paintOne(VP.latAt(H / 2.0), VP.lonAt(W / 2.0), type);
            BufferedImage corner = paintOne(VP.latAt(0), VP.lonAt(0), type);
            int changed = 0;
            for (int oy = -40; oy <= 40; oy++) {
                for (int ox = -40; ox <= 40; ox++) {
                    int m = middle.getRGB(W / 2 + ox, H / 2 + oy) & 0xFFFFFF;
                    if (m != BACKGROUND) changed++;
                    if (ox < 0 || oy < 0) continue;
                    assertEquals(m, corner.getRGB(ox, oy) & 0xFFFFFF, type + " at offset " + ox + "," + oy);
                }
            }
            assertNotEquals(BACKGROUND, middle.getRGB(W / 2, H / 2) & 0xFFFFFF, type + ": the symbol covers its centre");
            assertEquals(BACKGROUND, middle.getRGB(W / 2 + 40, H / 2) & 0xFFFFFF, "a small symbol: nothing drawn 40 px away");
            org.junit.jupiter.api.Assertions.assertTrue(changed > 50, type + ": " + changed + " pixels drawn");
        }
    }

    /**
     * Painting band by band keeps each pixel's symbols in set order: thousands of overlapping points of every type and
     * look, many over the image's edges and across the bands' borders, give the same pixels as painting them one at a time.
     */
    @Test
    void pointsPaintedTogetherEqualThePointsPaintedOneAfterAnother() {
        java.util.Random random = new java.util.Random(24);
        IncidentSet.Builder b = IncidentSet.builder();
        EventType[] types = EventType.values();
        for (int i = 0; i < 3000; i++) {
            double lat = VP.latAt(-20 + random.nextInt(H + 40)), lon = VP.lonAt(-20 + random.nextInt(W + 40));
            boolean undated = random.nextInt(5) == 0;
            b.row(i + 1, types[random.nextInt(types.length)], undated ? IncidentSet.UNDATED : 15_000, undated ? IncidentSet.UNDATED : 15_000 + random.nextInt(60),
                    3, 3, random.nextBoolean() ? 0.9 : 0.3, false, false, true, lat, lon, 1, 0.9);
        }
        IncidentSet set = b.build();
        BufferedImage together = blank(), alone = blank();
        BitSet all = new BitSet();
        all.set(0, set.size);
        PointPainter painter = new PointPainter(2.4);
        int drawn = painter.paint(together, set, all, VP);
        int one = 0;
        for (int i = 0; i < set.size; i++) {
            BitSet just = new BitSet();
            just.set(i);
            one += painter.paint(alone, set, just, VP);
        }
        assertEquals(one, drawn);
        org.junit.jupiter.api.Assertions.assertTrue(drawn > 2500, drawn + " drawn");
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) assertEquals(alone.getRGB(x, y), together.getRGB(x, y), "pixel " + x + "," + y);
    }

    private static BufferedImage blank() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) img.setRGB(x, y, BACKGROUND);
        return img;
    }

    @Test
    void divisionBy255WithoutADivideIsExactForEveryBlend() {
        for (int v = 0; v <= 255 * 255; v++) assertEquals(v / 255, PointPainter.div255(v), "v = " + v);
    }
}
