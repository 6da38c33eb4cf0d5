package org.clashmap.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * PNG encoding with ImageIO at a chosen deflate level, written safely (temporary file in the same
 * folder, then an atomic move). The JDK's PNG writer turns an explicit compression quality q into
 * deflate level (int) (9 × (1 − q)) (its default is level 4); the quality passed here is the middle
 * of the level's interval so float rounding cannot land on the level below.
 */
public final class PngFiles {
    /** Deflate level used for map images: see docs/decisions (fast, files ~10-20% larger than level 9). */
    public static final int DEFAULT_LEVEL = 1;

    private PngFiles() {
    }

    /** Encodes to a stream at a deflate level 0 (none) .. 9 (smallest, slowest). */
    public static void encode(BufferedImage img, OutputStream out, int level) throws IOException {
        if (level < 0 || level > 9) throw new IllegalArgumentException("deflate level must be 0..9: " + level);
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("png");
        if (!it.hasNext()) throw new IOException("no PNG writer available");
        ImageWriter w = it.next();
        // A memory cache, not ImageIO's default temporary file: on a full disk that file's stream is closed
        // twice (once here, once by ImageIO's shutdown hook), which printed a stray stack trace at exit.
        try (ImageOutputStream ios = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            if (p.canWriteCompressed()) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(Math.max(0f, 1f - (level + 0.5f) / 9f));
            }
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    /** Writes a PNG to {@code file} atomically: readers see the old file or the complete new one, never a part. */
    public static void write(BufferedImage img, Path file, int level) throws IOException {
        SafeWrite.write(file, out -> encode(img, out, level));
    }
}
