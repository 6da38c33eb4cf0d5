package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.WebMercator;
import org.clashmap.geo.basemap.SyriaOutline;
import org.clashmap.geo.control.ClashPoint;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.Euphrates;
import org.clashmap.geo.control.PlaceClaim;

import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The painter on a Java2D image (what PNG export sees). */
public class ControlPainterTest {
    private static final LocalDate DAY = LocalDate.of(2018, 3, 1);

    private static BufferedImage paint(ControlSnapshot s, Viewport vp) {
        BufferedImage img = new BufferedImage((int) vp.width(), (int) vp.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new ControlPainter().paint(new Java2DSurface(g, vp.width(), vp.height()), s, vp);
        g.dispose();
        return img;
    }

    private static int rgb(BufferedImage img, double x, double y) {
        return img.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
    }

    @Test
    void aContestedDotIsSplitBetweenTheTwoSidesAndAHeldDotIsOneColour() {
        ControlSnapshot.Dot held = new ControlSnapshot.Dot("a", "a", 35.0, 40.0, WebMercator.worldX(40.0), WebMercator.worldY(35.0), "sdf", null, false, 1);
        ControlSnapshot.Dot split = new ControlSnapshot.Dot("b", "b", 35.0, 40.2, WebMercator.worldX(40.2), WebMercator.worldY(35.0), "regime", "isis", true, 1);
        ControlSnapshot s = new ControlSnapshot(DAY, List.of(held, split), List.of(), List.of(), List.of(), 0);
        Viewport vp = Viewport.centredOn(35.0, 40.1, 10, 400, 300);
        BufferedImage img = paint(s, vp);
        double hx = vp.screenX(held.worldX()), hy = vp.screenY(held.worldY());
        assertEquals(ControlPalette.argb("sdf") & 0xFFFFFF, rgb(img, hx, hy));
        double sx = vp.screenX(split.worldX()), sy = vp.screenY(split.worldY());
        assertEquals(ControlPalette.argb("regime") & 0xFFFFFF, rgb(img, sx - 3, sy), "left half: the holder");
        assertEquals(ControlPalette.argb("isis") & 0xFFFFFF, rgb(img, sx + 3, sy), "right half: the contender");
    }

    /** Records line strokes: colour and dash per call. */
    private static final class Recording implements Surface {
        final List<int[]> strokes = new java.util.ArrayList<>(); // argb, dashed, x1, y1, x2, y2
        public void fillCircle(double cx, double cy, double r, int argb) { }
        public void strokeCircle(double cx, double cy, double r, double width, int argb, boolean dashed) { }
        public void fillPolygon(double[] xs, double[] ys, int n, int argb) { }
        public void strokePolygon(double[] xs, double[] ys, int n, double width, int argb, boolean dashed) { }
        public void strokeLine(double x1, double y1, double x2, double y2, double width, int argb, boolean dashed) {
            strokes.add(new int[]{argb, dashed ? 1 : 0, (int) x1, (int) y1, (int) x2, (int) y2});
        }
        public void text(String s, double cx, double cy, double size, boolean bold, int argb, int haloArgb) { }
        public double width() { return 600; }
        public double height() { return 500; }
    }

    @Test
    void zonesAreHatchedInsideTheirOutline() {
        ControlMap map = new ControlMap(Euphrates.claims(DAY, 3), List.of(
                new ClashPoint(null, 35.00, 40.50, DAY, DAY, "regime", "sdf"),
                new ClashPoint(null, 35.03, 40.52, DAY, DAY, "regime", "sdf")), null, ControlOptions.DEFAULTS, SyriaOutline.load());
        ControlSnapshot snap = map.at(DAY);
        Viewport vp = Viewport.centredOn(34.95, 40.55, 9, 600, 500);
        Recording r = new Recording();
        ControlPainter p = new ControlPainter();
        p.paint(r, snap, vp);
        assertEquals(1, p.zonesDrawn());
        double[] ring = snap.zones().get(0).worldRings().get(0);
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < ring.length; i += 2) {
            minX = Math.min(minX, vp.screenX(ring[i]));
            maxX = Math.max(maxX, vp.screenX(ring[i]));
            minY = Math.min(minY, vp.screenY(ring[i + 1]));
            maxY = Math.max(maxY, vp.screenY(ring[i + 1]));
        }
        int hatch = ControlPalette.withAlpha(ControlPalette.ZONE, 0.7), n = 0;
        for (int[] s : r.strokes) {
            if (s[0] != hatch) continue;
            n++;
            assertTrue(s[2] >= minX - 1 && s[2] <= maxX + 1 && s[3] >= minY - 1 && s[3] <= maxY + 1, "hatch stroke inside the zone");
        }
        assertTrue(n > (maxX - minX) / 9, "diagonal strokes every 9 px across the zone: " + n);
    }

    @Test
    void aTentativeLineIsDashedAndLighterThanAFirmOne() {
        List<PlaceClaim> two = List.of(PlaceClaim.gained("p", "p", 34.56, 38.27, "regime", DAY), PlaceClaim.gained("q", "q", 34.46, 38.60, "isis", DAY));
        ControlSnapshot tentative = new ControlMap(two, List.of(), null, ControlOptions.DEFAULTS, SyriaOutline.load()).at(DAY);
        ControlSnapshot firm = new ControlMap(Euphrates.claims(DAY, 3), List.of(), null, ControlOptions.DEFAULTS, SyriaOutline.load()).at(DAY);
        assertTrue(tentative.lines().get(0).tentative());
        assertFalse(firm.lines().get(0).tentative());
        Recording a = new Recording(), b = new Recording();
        new ControlPainter().paint(a, tentative, Viewport.centredOn(34.5, 38.43, 9, 600, 500));
        new ControlPainter().paint(b, firm, Viewport.centredOn(34.95, 40.55, 9, 600, 500));
        int[] t = a.strokes.stream().filter(s -> (s[0] & 0xFFFFFF) == (ControlPalette.FRONT & 0xFFFFFF)).findFirst().orElseThrow();
        int[] f = b.strokes.stream().filter(s -> (s[0] & 0xFFFFFF) == (ControlPalette.FRONT & 0xFFFFFF)).findFirst().orElseThrow();
        assertEquals(1, t[1], "tentative: dashed");
        assertEquals(0, f[1], "firm: solid");
        assertTrue((t[0] >>> 24) < (f[0] >>> 24), "tentative: lighter");
    }
}
