package org.clashmap.reliability;

import org.clashmap.export.PngFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Run in a child JVM by {@link AdversarialPassTest}: encodes a PNG into a stream that fails as a full
 * disk does, then exits. Whatever it prints to stderr (ImageIO's shutdown hook once did) is the bug.
 */
public final class PngOnAFullDisk {
    private PngOnAFullDisk() {
    }

    public static void main(String[] args) {
        // As a buffered file stream on a full disk behaves: writes land in the buffer, the flush fails.
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] b, int off, int len) {
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }
        };
        BufferedImage img = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 800; y++) for (int x = 0; x < 800; x++) img.setRGB(x, y, x * 31 + y * 17);
        try {
            PngFiles.encode(img, full, 1);
            full.flush();
            System.out.println("written?!");
        } catch (IOException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
