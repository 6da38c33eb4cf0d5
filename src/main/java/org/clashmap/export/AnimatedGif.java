package org.clashmap.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * An animated GIF made with the JDK's GIF writer (pure Java): every frame shown for the same time, looping for
 * ever (the NETSCAPE2.0 extension browsers and slide software read).
 *
 * <p>Frames are encoded apart, on any thread ({@link #encode}): each is written by its own writer as a one-image
 * GIF, and its blocks (graphic control extension, image descriptor with the frame's colour table, LZW data) are
 * cut out and written one after the other behind the first frame's header ({@link #write}). The LZW compression
 * was most of the thread that wrote the file; cut apart, it runs on the threads that draw the frames, beside
 * the drawing (decision 040). The cut needs no parsing of the image data: a one-image GIF is the header, the
 * logical screen descriptor, an optional global colour table, the image's blocks, and the trailer byte.
 *
 * <p>Colours: the JDK writer would build a palette for every frame (an octree over 2 million pixels, ~1-2 s at
 * 1920×1080); here one palette of 256 colours is made from the first frame - its most common colours at 5 bits
 * a channel, plus colours the caller says must stay exact (the symbols') - and every frame is mapped through a
 * 32,768-entry table to its nearest entry (tens of ms). Later frames show the same basemap and symbols, so the
 * first frame's colours serve them; they wait for that palette. Thread-safe.
 */
public final class AnimatedGif {
    private static final int TRAILER = 0x3B;

    private final int delayCentis;
    private final int[] mustKeep;
    /** Made from frame 0, then shared by every frame. */
    private final java.util.concurrent.CompletableFuture<Palette> palette = new java.util.concurrent.CompletableFuture<>();

    private record Palette(java.awt.image.IndexColorModel model, byte[] lookup) {
    }

    /**
     * @param frameMillis how long each frame shows, ms (GIF counts in hundredths of a second; at least 20 ms)
     * @param mustKeep    RGB colours to have in the palette whatever the first frame holds (at most 64)
     */
    public AnimatedGif(int frameMillis, int[] mustKeep) {
        if (mustKeep.length > 64) throw new IllegalArgumentException("at most 64 colours to keep");
        this.mustKeep = mustKeep.clone();
        delayCentis = Math.max(2, Math.round(frameMillis / 10f));
    }

    /**
     * Frame {@code index} as GIF bytes to write in order ({@link #write}): for frame 0 the file's start (header,
     * screen, loop extension) and the frame; for the others the frame's blocks alone. Frame 0 makes the palette;
     * another frame waits for it (if frame 0 fails, so does every frame waiting).
     */
    public byte[] encode(int index, BufferedImage rgb) throws IOException {
        Palette p;
        if (index == 0) {
            try {
                p = makePalette(rgb);
            } catch (RuntimeException | Error e) {
                palette.completeExceptionally(e);
                throw e;
            }
            palette.complete(p);
        } else {
            try {
                p = palette.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("animation cancelled");
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("the first frame failed: " + e.getCause(), e.getCause());
            }
        }
        byte[] gif = oneImageGif(indexed(rgb, p), p.model(), index == 0);
        if (gif.length < 14 || (gif[gif.length - 1] & 0xFF) != TRAILER) throw new IOException("the GIF writer wrote no trailer");
        int start = 0;
        if (index > 0) {
            int packed = gif[10] & 0xFF; // logical screen descriptor: global colour table flag and size
            start = 13 + ((packed & 0x80) != 0 ? 3 << ((packed & 7) + 1) : 0);
        }
        return java.util.Arrays.copyOfRange(gif, start, gif.length - 1);
    }

    /** One frame written alone by a writer of its own, with its colour table, delay and (first frame) the loop extension. */
    private byte[] oneImageGif(BufferedImage frame, java.awt.image.IndexColorModel palette, boolean first) throws IOException {
        var it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) throw new IOException("no GIF writer available");
        ImageWriter writer = it.next();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
            String format = meta.getNativeMetadataFormatName();
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
            IIOMetadataNode gce = child(root, "GraphicControlExtension");
            gce.setAttribute("disposalMethod", "none");
            gce.setAttribute("userInputFlag", "FALSE");
            gce.setAttribute("transparentColorFlag", "FALSE");
            gce.setAttribute("delayTime", Integer.toString(delayCentis));
            gce.setAttribute("transparentColorIndex", "0");
            // the frame's own palette: without it the writer pairs our indices with a default global table
            IIOMetadataNode table = child(root, "LocalColorTable");
            while (table.getLength() > 0) table.removeChild(table.getFirstChild());
            table.setAttribute("sizeOfLocalColorTable", "256");
            table.setAttribute("sortFlag", "FALSE");
            for (int i = 0; i < 256; i++) {
                IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
                boolean used = i < palette.getMapSize();
                e.setAttribute("index", Integer.toString(i));
                e.setAttribute("red", Integer.toString(used ? palette.getRed(i) : 0));
                e.setAttribute("green", Integer.toString(used ? palette.getGreen(i) : 0));
                e.setAttribute("blue", Integer.toString(used ? palette.getBlue(i) : 0));
                table.appendChild(e);
            }
            if (first) { // loop for ever: NETSCAPE2.0, sub-block 1, loop count 0
                IIOMetadataNode apps = child(root, "ApplicationExtensions");
                IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
                app.setAttribute("applicationID", "NETSCAPE");
                app.setAttribute("authenticationCode", "2.0");
                app.setUserObject(new byte[]{1, 0, 0});
                apps.appendChild(app);
            }
            try {
                meta.setFromTree(format, root);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("GIF metadata refused: " + e.getMessage(), e);
            }
            writer.write(null, new IIOImage(frame, null, meta), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Writes {@code count} frames, encoded by {@code encoded} ({@link #encode}; called in order, frame 0 first),
     * as one looping GIF to {@code file} (temporary file moved into place; an existing file is untouched on failure).
     */
    public static void write(java.nio.file.Path file, int count, java.util.function.IntFunction<byte[]> encoded) throws IOException {
        if (count < 1) throw new IllegalArgumentException("an animation needs at least one frame");
        SafeWrite.write(file, out -> {
            for (int i = 0; i < count; i++) out.write(encoded.apply(i));
            out.write(TRAILER);
        });
    }

    private Palette makePalette(BufferedImage first) {
        int w = first.getWidth(), h = first.getHeight();
        int[] counts = new int[1 << 15];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            first.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) counts[key(p)]++;
        }
        int[] colours = new int[256];
        int n = 0;
        for (int c : mustKeep) colours[n++] = c & 0xFFFFFF;
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
        for (int i = 0; i < order.length && n < 256 && counts[order[i]] > 0; i++) colours[n++] = centre(order[i]);
        byte[] r = new byte[n], g = new byte[n], b = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        java.awt.image.IndexColorModel model = new java.awt.image.IndexColorModel(8, n, r, g, b);
        byte[] lookup = new byte[1 << 15];
        for (int k = 0; k < lookup.length; k++) {
            int c = centre(k), best = 0;
            long bestD = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                int dr = ((c >> 16) & 255) - ((colours[i] >> 16) & 255), dg = ((c >> 8) & 255) - ((colours[i] >> 8) & 255),
                        db = (c & 255) - (colours[i] & 255);
                long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db; // green weighs most, blue least, as the eye sees
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            lookup[k] = (byte) best;
        }
        return new Palette(model, lookup);
    }

    private static BufferedImage indexed(BufferedImage rgb, Palette p) {
        int w = rgb.getWidth(), h = rgb.getHeight();
        byte[] lookup = p.lookup();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, p.model());
        byte[] dst = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        if (rgb.getType() == BufferedImage.TYPE_INT_RGB && rgb.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && rgb.getRaster().getParent() == null) {
            // the frames the renderer draws: read their pixels in place (getRGB converts each through the colour model)
            int[] src = ints.getData();
            for (int i = 0; i < dst.length; i++) dst[i] = lookup[key(src[i])];
            return out;
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, y, w, 1, row, 0, w);
            int base = y * w;
            for (int x = 0; x < w; x++) dst[base + x] = lookup[key(row[x])];
        }
        return out;
    }

    /** 5 bits a channel. */
    private static int key(int rgb) {
        return ((rgb >> 9) & 0x7C00) | ((rgb >> 6) & 0x3E0) | ((rgb >> 3) & 0x1F);
    }

    /** The middle of a 5-bit bucket as RGB. */
    private static int centre(int key) {
        int r = ((key >> 10) & 31) << 3 | 4, g = ((key >> 5) & 31) << 3 | 4, b = (key & 31) << 3 | 4;
        return r << 16 | g << 8 | b;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }
}
