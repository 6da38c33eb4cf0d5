package org.clashmap.export;

import com.pngencoder.PngEncoder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * PNG encoding at a chosen deflate level, written safely (temporary file in the same folder, then an
 * atomic move). The encoder is pngencoder's, not ImageIO's: the JDK's writer tries five PNG filters on every
 * row before deflating it, which took about three times as long for a 3840×2160 map at level 1 for a file of
 * the same size (decision 040). Rows are written unfiltered. A figure written to a file ({@link #write}) is
 * deflated in segments on all cores (the library's own daemon threads, each segment primed with the previous one's
 * last 32 KiB, so the file is as small and always the same bytes): a render's other threads are done by then, and at
 * 3840×2160 deflating was most of the wait after drawing (decision 046). Streams of frames ({@link #encode}, animations)
 * and embedded images ({@link #bytes}) stay on the calling thread, where other frames keep the other cores busy.
 */
public final class PngFiles {
    /** Deflate level used for map images: see docs/decisions (fast, files ~10-20% larger than level 9). */
    public static final int DEFAULT_LEVEL = 1;

    private PngFiles() {
    }

    /** Encodes to a stream at a deflate level 0 (none) .. 9 (smallest, slowest). */
    public static void encode(BufferedImage img, OutputStream out, int level) throws IOException {
        if (level < 0 || level > 9) throw new IllegalArgumentException("deflate level must be 0..9: " + level);
        try {
            encoder(img, level, false).toStream(out);
        } catch (java.io.UncheckedIOException e) { // the library wraps the stream's failures
            throw e.getCause();
        }
    }

    /** The image as PNG bytes (an SVG's embedded basemap, for one). */
    public static byte[] bytes(BufferedImage img, int level) {
        return encoder(img, level, false).toBytes();
    }

    private static PngEncoder encoder(BufferedImage img, int level, boolean allCores) {
        return new PngEncoder().withBufferedImage(img).withCompressionLevel(level)
                .withPredictorEncoding(false).withMultiThreadedCompressionEnabled(allCores);
    }

    /**
     * Writes a PNG to {@code file} atomically, deflated on all cores: readers see the old file or the complete new one,
     * never a part.
     */
    public static void write(BufferedImage img, Path file, int level) throws IOException {
        if (level < 0 || level > 9) throw new IllegalArgumentException("deflate level must be 0..9: " + level);
        SafeWrite.write(file, out -> {
            try {
                encoder(img, level, true).toStream(out);
            } catch (java.io.UncheckedIOException e) { // the library wraps the stream's failures
                throw e.getCause();
            }
        });
    }
}
