package org.clashmap.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.Bidi;
import java.text.CharacterIterator;

/**
 * Text in a PDF figure. PDFBox lays out no Arabic (no shaping, no bidi), so what is seen is
 * Java's {@link TextLayout} - joined, right to left, the PNG's glyphs - filled as outlines; over it
 * lies the same words as invisible text (rendering mode "neither"), in visual order as PDF readers
 * expect it and stretched to the drawn width, so search, copy and {@code pdftotext} find them.
 * Characters the embedded font lacks are left out of the invisible layer only. One per figure.
 */
final class PdfText implements IPdfBoxGraphics2DFontTextDrawer {
    private PDFont font;
    private boolean fontTried;

    /** A string as drawn at the origin: its outline and its invisible words (a map's cluster counts repeat the same few). */
    private record Laid(Shape outline, java.util.List<Word> words) {
    }

    /** One invisible word: its characters in visual order, left edge and horizontal scaling to the drawn width. */
    private record Word(String visual, float left, float scaling) {
    }

    private record Key(String text, Font font, java.awt.font.FontRenderContext frc) {
    }

    private final java.util.Map<Key, Laid> laid = new java.util.HashMap<>();

    @Override
    public boolean canDrawText(AttributedCharacterIterator text, IFontTextDrawerEnv env) {
        return true;
    }

    /** Called with the content stream already moved to the string's origin, y pointing down. */
    @Override
    public void drawText(AttributedCharacterIterator text, IFontTextDrawerEnv env) throws IOException {
        String s = string(text);
        if (s.isBlank()) return;
        Key key = new Key(s, env.getFont(), env.getFontRenderContext());
        Laid l = laid.get(key);
        if (l == null) {
            TextLayout layout = new TextLayout(text, env.getFontRenderContext());
            l = new Laid(layout.getOutline(null), words(s, layout, env));
            if (laid.size() > 4096) laid.clear();
            laid.put(key, l);
        }
        PDPageContentStream cs = env.getContentStream();
        env.applyPaint(env.getPaint(), l.outline());
        if (walk(l.outline(), cs)) cs.fill();
        invisible(l.words(), env);
    }

    /**
     * One invisible text per word, over the place the layout drew it: readers order words by
     * position, which is right for mixed Arabic and numbers ("عدد الحوادث: 36 في 73 موقعًا"), where
     * one visual string read back by the inverse bidi rules of a reader mixes words up.
     */
    private java.util.List<Word> words(String s, TextLayout layout, IFontTextDrawerEnv env) throws IOException {
        PDFont f = font(env.getDocument(), env.getFont());
        if (f == null) return java.util.List.of();
        float size = env.getFont().getSize2D();
        java.util.List<Word> words = new java.util.ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            while (i < n && isGap(s.charAt(i))) i++;
            int start = i;
            while (i < n && !isGap(s.charAt(i))) i++;
            if (i == start) break;
            String visual = encodable(f, visualOrder(s.substring(start, i)));
            if (visual.isBlank()) continue;
            java.awt.geom.Rectangle2D box = layout.getLogicalHighlightShape(start, i).getBounds2D();
            float width = f.getStringWidth(visual) / 1000f * size;
            words.add(new Word(visual, (float) box.getMinX(), width > 0 ? (float) (100 * box.getWidth() / width) : Float.NaN));
        }
        return words;
    }

    private void invisible(java.util.List<Word> words, IFontTextDrawerEnv env) throws IOException {
        if (words.isEmpty()) return;
        PDFont f = font(env.getDocument(), env.getFont());
        float size = env.getFont().getSize2D();
        PDPageContentStream cs = env.getContentStream();
        for (Word w : words) {
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            cs.setFont(f, size);
            if (!Float.isNaN(w.scaling())) cs.setHorizontalScaling(w.scaling());
            // the stream's y points down: flip so the text stands upright, at the word's left edge
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, w.left(), 0));
            cs.showText(w.visual());
            cs.endText();
        }
    }

    private static boolean isGap(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** The outline as a PDF path; false when it has no segment. */
    private static boolean walk(Shape shape, PDPageContentStream cs) throws IOException {
        float[] c = new float[6];
        float lastX = 0, lastY = 0;
        boolean any = false;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                    any = true;
                }
                case PathIterator.SEG_QUADTO -> { // as the cubic with the same curve
                    cs.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                    any = true;
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                    any = true;
                }
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return any;
    }

    private static String string(AttributedCharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char ch = it.first(); ch != CharacterIterator.DONE; ch = it.next()) b.append(ch);
        it.first();
        return b.toString();
    }

    /**
     * The characters left to right as they are seen (PDF text is stored that way; readers restore
     * the logical order), without the direction marks. Brackets are not mirrored: pdftotext restores
     * "(مفرغ،" from unmirrored ones.
     */
    static String visualOrder(String s) {
        if (s.isEmpty()) return s;
        Bidi bidi = new Bidi(s, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int n = bidi.getRunCount();
        byte[] levels = new byte[n];
        Object[] runs = new Object[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = s.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
        }
        Bidi.reorderVisually(levels, 0, runs, 0, n);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < n; i++) {
            String run = (String) runs[i];
            boolean rtl = (levels[i] & 1) == 1;
            int[] cps = run.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).toArray();
            if (rtl) {
                for (int j = cps.length - 1; j >= 0; j--) out.appendCodePoint(cps[j]);
            } else {
                for (int cp : cps) out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String encodable(PDFont f, String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                f.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append(' '); // a glyph the font lacks: keep the spacing, not the character
            }
        });
        return b.toString();
    }

    /** The drawn family's TrueType file from the system (found by PDFBox's font mapper), embedded as a subset. */
    private PDFont font(PDDocument doc, Font awt) {
        if (fontTried) return font;
        fontTried = true;
        FontMapper mapper = FontMappers.instance();
        FontMapping<TrueTypeFont> m = mapper.getTrueTypeFont(new Font(awt.getFamily(), Font.PLAIN, 1).getPSName(), null);
        if (m == null || m.getFont() == null) return null;
        try {
            font = PDType0Font.load(doc, m.getFont(), true);
        } catch (IOException e) {
            font = null; // no invisible text; the outlines are still drawn
        }
        return font;
    }

    @Override
    public FontMetrics getFontMetrics(Font f, IFontTextDrawerEnv env) {
        return env.getCalculationGraphics().getFontMetrics(f);
    }
}
