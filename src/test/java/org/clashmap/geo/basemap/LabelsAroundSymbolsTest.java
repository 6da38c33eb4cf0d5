package org.clashmap.geo.basemap;

import org.clashmap.geo.Language;
import org.clashmap.geo.WebMercator;

import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A map image's names laid out around its symbols (LabelLayout.avoiding), on the shipped basemap's places: a
 * governorate centre keeps its name beside a symbol lying on it; a village's name under a symbol is left out.
 */
public class LabelsAroundSymbolsTest {
    private final LabelLayout labels = TestData.renderer().labels();
    private static final int Z = 7;

    private static Rectangle2D disc(double lat, double lon, double r) {
        double x = WebMercator.pixelX(lon, Z), y = WebMercator.pixelY(lat, Z);
        return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    private static Rectangle2D syria() {
        double x0 = WebMercator.pixelX(35.5, Z), x1 = WebMercator.pixelX(42.5, Z), y0 = WebMercator.pixelY(37.5, Z), y1 = WebMercator.pixelY(32.2, Z);
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    private static LabelLayout.Placed named(List<LabelLayout.Placed> placed, String nameEn) {
        return placed.stream().filter(p -> p.place().kind() == PlaceLabel.Kind.PLACE && nameEn.equals(p.place().nameEn()))
                .findFirst().orElse(null);
    }

    @Test
    void withoutSymbolsTheImageNamesThePlacesTheTilesName() {
        List<LabelLayout.Placed> image = labels.avoiding(Language.AR, Z, syria(), List.of());
        List<LabelLayout.Placed> tiles = labels.all(Language.AR, Z);
        for (String town : new String[]{"Damascus", "Dar'a", "Idleb", "As-Sweida", "Aleppo", "Homs"}) {
            LabelLayout.Placed a = named(image, town), b = named(tiles, town);
            assertNotNull(a, town);
            assertNotNull(b, town);
            assertEquals(b.box(), a.box(), town + " stands where the tiles put it");
            assertTrue(a.dot());
        }
    }

    @Test
    void aSymbolOnATownMovesItsNameBesideTheSymbol() {
        // a cluster disc 17 px across on each of four governorate centres, as the seeds' image draws them
        String[] towns = {"Damascus", "Dar'a", "Idleb", "As-Sweida"};
        List<LabelLayout.Placed> free = labels.avoiding(Language.AR, Z, syria(), List.of());
        List<Rectangle2D> symbols = new java.util.ArrayList<>();
        for (String t : towns) {
            LabelLayout.Placed p = named(free, t);
            symbols.add(disc(WebMercator.lat(p.dotY() / WebMercator.worldSizePx(Z)), WebMercator.lon(p.dotX() / WebMercator.worldSizePx(Z)), 17));
            // and one over where its name stood
            symbols.add(new Rectangle2D.Double(p.box().getCenterX() - 8, p.box().getCenterY() - 8, 16, 16));
        }
        List<LabelLayout.Placed> placed = labels.avoiding(Language.AR, Z, syria(), symbols);
        for (String t : towns) {
            LabelLayout.Placed p = named(placed, t);
            assertNotNull(p, t + " keeps its name");
            for (Rectangle2D s : symbols) assertFalse(p.box().intersects(s), t + "'s name " + p.box() + " clear of the symbol " + s);
            assertFalse(p.dot(), t + ": no dot drawn over the symbol");
            double d = Math.hypot(p.box().getCenterX() - p.dotX(), p.box().getCenterY() - p.dotY());
            assertTrue(d < 70, t + "'s name stays next to its place: " + d + " px");
        }
        for (int i = 0; i < placed.size(); i++)
            for (int j = i + 1; j < placed.size(); j++)
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()), placed.get(i).place().nameEn() + " / " + placed.get(j).place().nameEn());
    }

    @Test
    void aVillageUnderASymbolIsLeftOut() {
        List<LabelLayout.Placed> free = labels.avoiding(Language.AR, Z, syria(), List.of());
        LabelLayout.Placed village = free.stream().filter(p -> p.place().tier() > LabelLayout.MUST_SHOW_TIER && p.place().kind() == PlaceLabel.Kind.PLACE)
                .findFirst().orElseThrow();
        Rectangle2D big = new Rectangle2D.Double(village.box().getCenterX() - 60, village.box().getCenterY() - 60, 120, 120);
        List<LabelLayout.Placed> placed = labels.avoiding(Language.AR, Z, syria(), List.of(big));
        assertNull(named(placed, village.place().nameEn()), village.place().nameEn() + " is hidden by the symbol, so not named");
    }
}
