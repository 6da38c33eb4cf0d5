package org.clashmap.cli;

import org.clashmap.geo.Language;
import org.clashmap.geo.basemap.OfflineTileRenderer;
import org.clashmap.geo.WebMercator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code clashmap basemap render}: a mosaic of offline tiles around a point, as PNG (for checking the look). */
@Command(name = "render", description = "Render a mosaic of offline basemap tiles around a point to PNG.")
public final class BasemapRenderCommand implements Callable<Integer> {
    @Option(names = "--lat", defaultValue = "35.0") double lat;
    @Option(names = "--lon", defaultValue = "38.5") double lon;
    @Option(names = "--zoom", defaultValue = "7") int zoom;
    @Option(names = "--size", defaultValue = "3", description = "Tiles per side (default: ${DEFAULT-VALUE})") int size;
    @Option(names = "--lang", defaultValue = "AR", description = "AR or EN") Language lang;
    @Option(names = "--out", required = true) Path out;

    @Override
    public Integer call() throws Exception {
        if (zoom < 0 || zoom > OfflineTileRenderer.MAX_ZOOM) throw new UserError("zoom must be 0.." + OfflineTileRenderer.MAX_ZOOM);
        OfflineTileRenderer r = OfflineTileRenderer.fromClasspath();
        r.setLanguage(lang);
        long cx = WebMercator.tileX(lon, zoom), cy = WebMercator.tileY(lat, zoom);
        long n = 1L << zoom;
        int side = (int) Math.min(size, n);
        long x0 = Math.max(0, Math.min(n - side, cx - side / 2)), y0 = Math.max(0, Math.min(n - side, cy - side / 2));
        BufferedImage img = new BufferedImage(side * 256, side * 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int i = 0; i < side; i++)
            for (int j = 0; j < side; j++) g.drawImage(r.tile(zoom, x0 + i, y0 + j), i * 256, j * 256, null);
        g.dispose();
        ImageIO.write(img, "png", out.toFile());
        System.out.printf("%s: zoom %d tiles x %d..%d y %d..%d%n", out, zoom, x0, x0 + side - 1, y0, y0 + side - 1);
        return 0;
    }
}
