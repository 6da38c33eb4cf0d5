package org.clashmap.geo.basemap;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shared fixtures: one renderer for all tests (loading is the slow part) and the shared source data. */
public final class TestData {
    private static OfflineTileRenderer renderer;

    private TestData() {
    }

    static synchronized OfflineTileRenderer renderer() {
        if (renderer == null) {
            try {
                renderer = OfflineTileRenderer.fromClasspath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return renderer;
    }

    /** /work/shared/data, found next to the repository (or via -Dclashmap.shared). */
    static Path sharedData() {
        return org.clashmap.testing.SharedData.data();
    }

    static Path repo() {
        return Path.of(System.getProperty("clashmap.repo", ".")).toAbsolutePath();
    }

    /** Damascus as the OCHA communities list gives it (row C1001). */
    static double[] damascusLatLon() throws IOException {
        Path tsv = sharedData().resolve("gazetteer/syr_communities_ocha2015.tsv");
        if (Files.exists(tsv)) {
            List<String> rows = Files.readAllLines(tsv);
            List<String> header = List.of(rows.get(0).split("\t", -1));
            for (String row : rows) {
                String[] c = row.split("\t", -1);
                if ("Damascus".equals(c[header.indexOf("NAME_EN")]) && "1".equals(c[header.indexOf("CAPIT_LVL")])) {
                    return new double[]{Double.parseDouble(c[header.indexOf("lat")]), Double.parseDouble(c[header.indexOf("lon")])};
                }
            }
        }
        // The bundled places list carries the same OCHA coordinates.
        PlaceLabel p = renderer().data().places().stream().filter(x -> x.nameEn().equals("Damascus")).findFirst().orElseThrow();
        return new double[]{p.lat(), p.lon()};
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> c = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) c.add(img.getRGB(x, y));
        return c.size();
    }

    static int pixelsNot(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) != (rgb & 0xFFFFFF)) n++;
        return n;
    }
}
