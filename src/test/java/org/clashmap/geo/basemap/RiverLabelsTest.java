package org.clashmap.geo.basemap;

import org.clashmap.geo.GeoJsonGeometries;
import org.clashmap.geo.Language;
import org.clashmap.geo.LocalKm;
import org.clashmap.geo.WebMercator;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Rivers' names along their lines (issue 19 item 4): the Euphrates and the Tigris named by Natural Earth, the
 * Orontes (العاصي), the Khabur and the Balikh named through the towns basemap/river_names.tsv lists; each anchor on its river,
 * turned along it; the shipped basemap names them at working zoom, in the water's blue.
 */
public class RiverLabelsTest {
    private static final Path SHARED = TestData.sharedData();
    private static final Path WATER = TestData.repo().resolve("basemap").resolve(WaterSupplement.FILE);

    @Test
    void theOrontesAndTheKhaburAreNamedOnlyWhereTheyFlow() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("basemap")), "shared source data not present");
        List<GeoJsonGeometries.Feature> shared = GeoJsonGeometries.read(SHARED.resolve("basemap/ne10m_rivers_syria_region.geojson"));
        List<GeoJsonGeometries.Feature> supplement = WaterSupplement.read(WATER).rivers();
        List<RiverLabels.Name> names = RiverLabels.readNames(WATER.resolveSibling(RiverLabels.NAMES_FILE));
        Map<String, double[]> towns = RiverLabels.towns(SHARED.resolve("gazetteer/syr_communities_ocha2015.tsv"));
        int orontes = 0, khabur = 0, balikh = 0;
        for (GeoJsonGeometries.Feature f : supplement) {
            RiverLabels.Name n = RiverLabels.nameOf(f.geometry(), names, towns);
            if (n == null) continue;
            Geometry line = RiverLabels.toKm(f.geometry());
            double[] hama = towns.get("C2987"), hasakah = towns.get("C4360");
            var p = GeoJsonGeometries.GF.createPoint(new Coordinate(LocalKm.x(hama[1]), LocalKm.y(hama[0])));
            var q = GeoJsonGeometries.GF.createPoint(new Coordinate(LocalKm.x(hasakah[1]), LocalKm.y(hasakah[0])));
            if (n.en().equals("Orontes")) {
                orontes++;
                assertTrue(line.distance(p) < 3, "the line named Orontes flows past Hama");
            } else if (n.en().equals("Khabur")) {
                khabur++;
                assertTrue(line.distance(q) < 3, "the line named Khabur flows past al-Hasakah");
            } else if (n.en().equals("Balikh")) {
                balikh++;
                // from the Turkish border to al-Raqqa: within 10 km of both towns that name its course
                double[] tellAbyad = towns.get("C5792"), raqqa = towns.get("C5710");
                assertTrue(line.distance(GeoJsonGeometries.GF.createPoint(new Coordinate(LocalKm.x(tellAbyad[1]), LocalKm.y(tellAbyad[0])))) < 10);
                assertTrue(line.distance(GeoJsonGeometries.GF.createPoint(new Coordinate(LocalKm.x(raqqa[1]), LocalKm.y(raqqa[0])))) < 10);
            }
        }
        assertEquals(1, orontes, "one supplement line is the Orontes");
        assertEquals(1, khabur, "one supplement line is the Khabur (not the Jaghjagh, which also reaches al-Hasakah)");
        assertEquals(1, balikh, "one supplement line is the Balikh");

        List<PlaceLabel> anchors = RiverLabels.anchors(shared, supplement, names, towns);
        for (String river : new String[]{"Euphrates", "Tigris", "Orontes", "Khabur", "Balikh"}) {
            assertTrue(anchors.stream().anyMatch(a -> a.nameEn().equals(river)), river + " has anchors");
        }
        assertTrue(anchors.stream().anyMatch(a -> a.nameAr().equals("العاصي")) && anchors.stream().anyMatch(a -> a.nameAr().equals("الفرات")));
        // every Orontes anchor sits on the Orontes line, turned along it
        GeoJsonGeometries.Feature orontesLine = supplement.stream()
                .filter(f -> { RiverLabels.Name n = RiverLabels.nameOf(f.geometry(), names, towns); return n != null && n.en().equals("Orontes"); })
                .findFirst().orElseThrow();
        Geometry line = RiverLabels.toKm(orontesLine.geometry());
        for (PlaceLabel a : anchors) {
            if (!a.nameEn().equals("Orontes")) continue;
            assertEquals(PlaceLabel.Kind.RIVER, a.kind());
            var at = GeoJsonGeometries.GF.createPoint(new Coordinate(LocalKm.x(a.lon()), LocalKm.y(a.lat())));
            assertTrue(line.distance(at) < 0.01, "anchor on the line: " + a);
            assertTrue(a.angle() > -90 && a.angle() <= 90, "upright: " + a.angle());
            // the line 5 km either side lies along the anchor's angle (Mercator screen direction), within 20°
            Coordinate[] near = line.intersection(at.buffer(5)).getCoordinates();
            Coordinate first = near[0], last = near[near.length - 1];
            double dx = WebMercator.worldX(LocalKm.lon(last.x)) - WebMercator.worldX(LocalKm.lon(first.x));
            double dy = WebMercator.worldY(LocalKm.lat(last.y)) - WebMercator.worldY(LocalKm.lat(first.y));
            double dir = Math.toDegrees(Math.atan2(dy, dx));
            double diff = Math.abs(((dir - a.angle()) % 180 + 270) % 180 - 90);
            assertTrue(diff < 20, "turned along the river: " + a.angle() + " vs " + dir);
        }
    }

    @Test
    void theShippedBasemapNamesTheOrontesInBlueAtWorkingZoom() {
        OfflineTileRenderer r = TestData.renderer();
        List<LabelLayout.Placed> z9 = r.labels().all(Language.AR, 9);
        LabelLayout.Placed orontes = z9.stream().filter(p -> p.place().kind() == PlaceLabel.Kind.RIVER && p.place().nameAr().equals("العاصي"))
                .findFirst().orElseThrow(() -> new AssertionError("العاصي is named at zoom 9"));
        assertTrue(z9.stream().anyMatch(p -> p.place().kind() == PlaceLabel.Kind.RIVER && p.place().nameEn().equals("Euphrates")));
        long tx = (long) (orontes.textX() / WebMercator.TILE_SIZE), ty = (long) (orontes.baseline() / WebMercator.TILE_SIZE);
        int blue = darkBlue(r.tile(9, tx, ty, Language.AR, true)) - darkBlue(r.tile(9, tx, ty, Language.AR, false));
        assertTrue(blue > 15, "the name's pixels in the water text's dark blue: " + blue);
    }

    /** Pixels of the rivers' names' dark blue (the river lines are a lighter blue, place names brown-black). */
    private static int darkBlue(BufferedImage tile) {
        int n = 0;
        for (int y = 0; y < tile.getHeight(); y++)
            for (int x = 0; x < tile.getWidth(); x++) {
                int c = tile.getRGB(x, y), red = (c >> 16) & 0xFF, b = c & 0xFF;
                if (red < 90 && b - red > 60) n++;
            }
        return n;
    }
}
