package org.clashmap.geo.render;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class Java2DSurfaceTest {
    private static BufferedImage white(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** Bounding box of non-white pixels. */
    private static Rectangle ink(BufferedImage img) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? new Rectangle() : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    @Test
    void theFontHasArabicGlyphs() {
        assertEquals(-1, new Font(Java2DSurface.fontFamily(), Font.PLAIN, 12).canDisplayUpTo("دمشق حلب"));
    }

    @Test
    void centredTextIsCentredAndRightAlignedTextEndsAtItsAnchor() {
        BufferedImage img = white(300, 100);
        Graphics2D g = img.createGraphics();
        new Java2DSurface(g, 300, 100).text("دير الزور", 150, 50, 20, true, 0xFF000000, 0);
        g.dispose();
        Rectangle r = ink(img);
        assertTrue(r.width > 40, "text drawn: " + r);
        assertEquals(150, r.getCenterX(), 2.5);
        assertEquals(50, r.getCenterY(), 2.5);

        img = white(300, 100);
        g = img.createGraphics();
        new Java2DSurface(g, 300, 100).textAt("معارك", 250, 60, 16, false, 0xFF000000, 0, Java2DSurface.Align.RIGHT);
        g.dispose();
        r = ink(img);
        assertTrue(r.x + r.width <= 252 && r.x + r.width >= 244, "ink ends at the anchor: " + r);
    }

    @Test
    void arabicIsJoinedNotDrawnAsIsolatedLetters() {
        // Joined (contextual) forms make a word narrower than its letters drawn one by one.
        String word = "الحسكة";
        BufferedImage img = white(400, 60);
        Graphics2D g = img.createGraphics();
        Java2DSurface s = new Java2DSurface(g, 400, 60);
        double joined = s.textWidth(word, 20, false);
        double isolated = 0;
        for (char c : word.toCharArray()) isolated += s.textWidth(String.valueOf(c), 20, false);
        g.dispose();
        assertTrue(joined < isolated * 0.95, "joined " + joined + " vs isolated " + isolated);
    }

    @Test
    void symbolsAreFilledAndAntiAliased() {
        BufferedImage img = white(60, 60);
        Graphics2D g = img.createGraphics();
        Java2DSurface s = new Java2DSurface(g, 60, 60);
        new IncidentPainter().drawShape(s, SymbolShape.TRIANGLE, 30, 30, 12, 0xFFD7301F, 0xFF202020, 1, false);
        g.dispose();
        assertEquals(0xD7301F, img.getRGB(30, 32) & 0xFFFFFF, "inside is the fill colour");
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < 60; y++) for (int x = 0; x < 60; x++) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 10, "anti-aliased edges give intermediate colours: " + colours.size());
    }
}
