package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.control.ContestedZone;
import org.clashmap.geo.control.ControlLayerIndex;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.FrontLine;

/**
 * Draws a {@link ControlSnapshot} onto any {@link Surface} (window canvas or PNG export), bottom
 * to top: the analyst's baseline areas (faint fill), contested zones (translucent, hatched), front
 * lines (solid; dashed and lighter when tentative, with the two sides named along long lines),
 * then place dots in the controller's colour, contested ones split half and half.
 */
public final class ControlPainter {
    static final double DOT_RADIUS = 5;
    private static final double HATCH_PX = 9;

    private double[] xs = new double[64], ys = new double[64];
    /** What the last paint drew, for tests and the status bar. */
    private int dotsDrawn, linesDrawn, zonesDrawn;

    public void paint(Surface s, ControlSnapshot snap, Viewport vp) {
        dotsDrawn = linesDrawn = zonesDrawn = 0;
        for (ControlLayerIndex.Area a : snap.baseline()) {
            int c = ControlPalette.argb(a.controller());
            for (double[] ring : a.worldRings()) {
                int n = project(ring, vp);
                s.fillPolygon(xs, ys, n, ControlPalette.withAlpha(c, 0.12));
                s.strokePolygon(xs, ys, n, 1, ControlPalette.withAlpha(c, 0.5), false);
            }
        }
        for (ContestedZone z : snap.zones()) paintZone(s, z, vp);
        for (FrontLine l : snap.lines()) paintLine(s, l, vp);
        for (ControlSnapshot.Dot d : snap.dots()) paintDot(s, d, vp);
    }

    public int dotsDrawn() {
        return dotsDrawn;
    }

    public int linesDrawn() {
        return linesDrawn;
    }

    public int zonesDrawn() {
        return zonesDrawn;
    }

    private void paintZone(Surface s, ContestedZone z, Viewport vp) {
        boolean any = false;
        for (int r = 0; r < z.worldRings().size(); r++) {
            int n = project(z.worldRings().get(r), vp);
            if (!onScreen(n, vp)) continue;
            any = true;
            if (r == 0) s.fillPolygon(xs, ys, n, ControlPalette.withAlpha(ControlPalette.ZONE, 0.18));
            s.strokePolygon(xs, ys, n, 1.2, ControlPalette.withAlpha(ControlPalette.ZONE, 0.9), true);
            if (r == 0) Hatch.diagonal(s, xs, ys, n, HATCH_PX, 1, ControlPalette.withAlpha(ControlPalette.ZONE, 0.7));
        }
        if (any) zonesDrawn++;
    }

    private void paintLine(Surface s, FrontLine l, Viewport vp) {
        int n = project(l.world(), vp);
        if (!onScreen(n, vp)) return;
        linesDrawn++;
        // tentative: thinner, dashed, half transparent; solid casing makes firm lines readable on any basemap
        double alpha = l.tentative() ? 0.55 : 1;
        int colour = ControlPalette.withAlpha(ControlPalette.FRONT, alpha);
        for (int i = 0; i + 1 < n; i++) {
            if (!l.tentative()) s.strokeLine(xs[i], ys[i], xs[i + 1], ys[i + 1], 5, ControlPalette.withAlpha(0xFFFFFF, 0.7), false);
        }
        for (int i = 0; i + 1 < n; i++) s.strokeLine(xs[i], ys[i], xs[i + 1], ys[i + 1], l.tentative() ? 2 : 3, colour, l.tentative());
        double length = 0;
        for (int i = 0; i + 1 < n; i++) length += Math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]);
        if (length > 160) {
            int mid = n / 2;
            String label = ControlPalette.name(l.sideA()) + " | " + ControlPalette.name(l.sideB());
            s.text(label, xs[mid], ys[mid] - 10, 11, false, colour, ControlPalette.HALO);
        }
    }

    private void paintDot(Surface s, ControlSnapshot.Dot d, Viewport vp) {
        double x = vp.screenX(d.worldX()), y = vp.screenY(d.worldY());
        if (x < -10 || y < -10 || x > vp.width() + 10 || y > vp.height() + 10) return;
        dotsDrawn++;
        int a = ControlPalette.argb(d.controller());
        if (!d.contested()) {
            s.fillCircle(x, y, DOT_RADIUS, a);
            s.strokeCircle(x, y, DOT_RADIUS, 1, ControlPalette.OUTLINE, false);
            return;
        }
        // contested: left half the holder, right half the contender (grey when only battles are known)
        int b = d.contender() == null ? 0xFFBBBBBB : ControlPalette.argb(d.contender());
        halfDisc(s, x, y, DOT_RADIUS + 1, Math.PI / 2, a);
        halfDisc(s, x, y, DOT_RADIUS + 1, -Math.PI / 2, b);
        s.strokeCircle(x, y, DOT_RADIUS + 1, 1.2, ControlPalette.OUTLINE, true);
    }

    private void halfDisc(Surface s, double x, double y, double r, double start, int argb) {
        int n = 12;
        for (int i = 0; i <= n; i++) {
            double t = start + Math.PI * i / n;
            xs[i] = x + r * Math.cos(t);
            ys[i] = y - r * Math.sin(t);
        }
        s.fillPolygon(xs, ys, n + 1, argb);
    }

    private int project(double[] world, Viewport vp) {
        int n = world.length / 2;
        if (xs.length < n) {
            xs = new double[n * 2];
            ys = new double[n * 2];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = vp.screenX(world[2 * i]);
            ys[i] = vp.screenY(world[2 * i + 1]);
        }
        return n;
    }

    private boolean onScreen(int n, Viewport vp) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return maxX >= 0 && maxY >= 0 && minX <= vp.width() && minY <= vp.height();
    }
}
