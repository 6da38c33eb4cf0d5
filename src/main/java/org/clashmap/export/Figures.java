package org.clashmap.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One way to write a figure drawn with Java2D - a map image or a chart - as PNG, SVG or PDF, so
 * every figure gets the same three formats (decision 028). The drawing is the same code for all
 * three; it is told whether its target is a vector file, where it draws text as strings.
 *
 * <ul>
 *   <li>PNG: a {@code w×h} RGB image, deflate level {@link PngFiles#DEFAULT_LEVEL}.</li>
 *   <li>SVG (JFreeSVG): {@code w×h} px; text as {@code <text>} elements (editable in Inkscape, found by
 *       search), shaped by the viewer; images embedded as PNG.</li>
 *   <li>PDF (PDFBox): one page of {@code w×h} px at {@value #PDF_DPI} dpi (the A4 preset
 *       3508×2480 is an A4 page); text as filled glyph outlines shaped by Java - exactly the PNG's
 *       Arabic - with the words as invisible text over them for search, copy and pdftotext
 *       ({@link PdfText}).</li>
 * </ul>
 * Every file is written to a temporary file and moved into place.
 */
public final class Figures {
    /** Resolution of a PDF page: pixels of the figure per inch of paper. */
    public static final int PDF_DPI = 300;

    private Figures() {
    }

    /** Draws a figure of w×h device units; {@code vector} when the target keeps text as strings. */
    @FunctionalInterface
    public interface Drawing<R> {
        R draw(Graphics2D g, boolean vector);
    }

    /**
     * Draws an opaque raster (a map's basemap) at the origin of {@code g}. In an SVG it is embedded as a PNG
     * encoded by {@link PngFiles} at {@link PngFiles#DEFAULT_LEVEL}: JFreeSVG's own embedding goes through the
     * JDK's PNG writer, which took two thirds of a map's SVG (decision 040). Other targets draw it as they do.
     */
    public static void drawRaster(Graphics2D g, BufferedImage img) {
        if (!(g instanceof SVGGraphics2D svg)) {
            g.drawImage(img, 0, 0, null);
            return;
        }
        String uri = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(PngFiles.bytes(img, PngFiles.DEFAULT_LEVEL));
        Object handling = svg.getRenderingHint(SVGHints.KEY_IMAGE_HANDLING);
        // "reference" with our own href is JFreeSVG's way to take an image's link from the caller; the link is the data itself
        svg.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING, SVGHints.VALUE_IMAGE_HANDLING_REFERENCE);
        svg.setRenderingHint(SVGHints.KEY_IMAGE_HREF, uri);
        try {
            svg.drawImage(img, 0, 0, null);
        } finally {
            svg.setRenderingHint(SVGHints.KEY_IMAGE_HREF, null); // a later image must not take this one's data
            svg.setRenderingHint(SVGHints.KEY_IMAGE_HANDLING, handling == null ? SVGHints.VALUE_IMAGE_HANDLING_EMBED : handling);
        }
    }

    public static <R> R write(FigureFormat format, int width, int height, Path out, Drawing<R> drawing) throws IOException {
        return switch (format) {
            case PNG -> png(width, height, out, drawing);
            case SVG -> svg(width, height, out, drawing);
            case PDF -> pdf(width, height, out, drawing);
        };
    }

    private static <R> R png(int width, int height, Path out, Drawing<R> drawing) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        R r;
        try {
            r = drawing.draw(g, false);
        } finally {
            g.dispose();
        }
        PngFiles.write(img, out, PngFiles.DEFAULT_LEVEL);
        return r;
    }

    private static <R> R svg(int width, int height, Path out, Drawing<R> drawing) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        R r = drawing.draw(g, true);
        // no DOCTYPE (SVG 2 has none): XML readers would fetch its DTD from the network
        byte[] doc = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8);
        SafeWrite.write(out, o -> o.write(doc));
        return r;
    }

    private static <R> R pdf(int width, int height, Path out, Drawing<R> drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            float k = 72f / PDF_DPI;
            PDPage page = new PDPage(new PDRectangle(width * k, height * k));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            g.setFontTextDrawer(new PdfText());
            g.setImageEncoder(new PdfRasterImages());
            R r;
            try {
                r = drawing.draw(g, true);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                g.dispose();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(Matrix.getScaleInstance(k, k));
                cs.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setCreator("ClashMap");
            doc.setDocumentInformation(info);
            SafeWrite.write(out, doc::save);
            return r;
        }
    }
}
