package org.clashmap.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DLosslessImageEncoder;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Raster images in a PDF figure (the map's basemap, one 3840×2160 image): opaque RGB images are
 * written losslessly as PNG "Up" rows at deflate level {@link PngFiles#DEFAULT_LEVEL}, as the PNG
 * figures are. PDFBox's own lossless encoder tries five PNG filters on every row and keeps the
 * smallest at deflate's default level: 80% of a 100k-event PDF's time (JFR, decision 036) for a file
 * a few percent smaller. Other images (with alpha, indexed) go to that encoder unchanged.
 */
final class PdfRasterImages implements IPdfBoxGraphics2DImageEncoder {
    private final IPdfBoxGraphics2DImageEncoder others = new PdfBoxGraphics2DLosslessImageEncoder();

    @Override
    public PDImageXObject encodeImage(PDDocument doc, PDPageContentStream cs, Image image, IPdfBoxGraphics2DImageEncoderEnv env) {
        if (!(image instanceof BufferedImage b) || b.getType() != BufferedImage.TYPE_INT_RGB || !(b.getRaster().getDataBuffer() instanceof DataBufferInt)
                || b.getRaster().getSampleModelTranslateX() != 0 || b.getRaster().getSampleModelTranslateY() != 0 || b.getRaster().getParent() != null) {
            return others.encodeImage(doc, cs, image, env);
        }
        try {
            return rgb(doc, b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The image as a Flate stream with the PNG predictor, every row filtered "Up" (the row minus the row above). */
    static PDImageXObject rgb(PDDocument doc, BufferedImage img) throws IOException {
        int w = img.getWidth(), h = img.getHeight();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream buf = new ByteArrayOutputStream(w * h / 2);
        Deflater deflater = new Deflater(PngFiles.DEFAULT_LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(buf, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * w];
            row[0] = 2; // PNG filter type Up
            for (int y = 0; y < h; y++) {
                int at = y * w, above = at - w;
                for (int x = 0, o = 1; x < w; x++, o += 3) {
                    int p = px[at + x], q = y == 0 ? 0 : px[above + x];
                    row[o] = (byte) ((p >> 16) - (q >> 16));
                    row[o + 1] = (byte) ((p >> 8) - (q >> 8));
                    row[o + 2] = (byte) (p - q);
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        PDImageXObject x = new PDImageXObject(doc, new ByteArrayInputStream(buf.toByteArray()), COSName.FLATE_DECODE, w, h, 8, PDDeviceRGB.INSTANCE);
        COSDictionary parms = new COSDictionary();
        parms.setInt(COSName.PREDICTOR, 15);
        parms.setInt(COSName.COLORS, 3);
        parms.setInt(COSName.BITS_PER_COMPONENT, 8);
        parms.setInt(COSName.COLUMNS, w);
        x.getCOSObject().setItem(COSName.DECODE_PARMS, parms);
        return x;
    }
}
