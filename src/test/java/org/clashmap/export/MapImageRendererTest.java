package org.clashmap.export;

import org.clashmap.extract.EventType;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.render.IncidentStyle;
import org.clashmap.geo.Language;
import org.clashmap.geo.basemap.OverviewInset;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapImageRendererTest {
    private final MapImageRenderer renderer = ExportFixtures.renderer();
    private final List<StoredEvent> events = ExportFixtures.events();

    /** Types of the stored (not rejected) events: all seed events are in Syria, so all are in a Syria-wide image. */
    private Set<EventType> storedTypes(List<StoredEvent> es) {
        Set<EventType> t = EnumSet.noneOf(EventType.class);
        for (StoredEvent e : es) if (e.review() != ReviewStatus.REJECTED && !e.places().isEmpty()) t.add(e.type());
        return t;
    }

    @Test
    void theSubtitleCountsIncidentsAcrossReports() {
        // two seed events told as one incident (as IncidentStore links two papers' reports) count once
        List<StoredEvent> placed = events.stream().filter(e -> !e.places().isEmpty() && e.review() != ReviewStatus.REJECTED).toList();
        IncidentSet set = IncidentSet.of(events);
        MapImageRequest req = MapImageRequest.syria(1280, 720, Language.EN);
        java.util.Map<Long, Long> oneIncident = java.util.Map.of(placed.get(0).id(), 900L, placed.get(1).id(), 900L);
        MapImageRenderer.RenderResult apart = renderer.render(req, set, MapImageRenderer.select(set, null, null), null);
        MapImageRenderer.RenderResult linked = renderer.render(req, set, MapImageRenderer.select(set, null, null), null, oneIncident);
        assertEquals(apart.incidents() - 1, linked.incidents());
        assertEquals(apart.places(), linked.places(), "places are still every place");
    }

    @Test
    void syriaImageHasTheRequestedSizeSyriaAndALegendOfThePresentTypes() {
        MapImageRenderer.RenderResult r = renderer.render(MapImageRequest.syria(1280, 720, Language.EN), IncidentSet.of(events));
        BufferedImage img = r.image();
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        assertTrue(ExportFixtures.distinctColours(img, 0, 0, 1280, 720) > 1000, "basemap, symbols and text give many colours");
        int syria = ExportFixtures.countRgb(img, OverviewInset.syriaFillRgb());
        assertTrue(syria > 1280 * 720 / 10, "Syria's fill covers a good part of the image: " + syria);

        Set<EventType> expected = storedTypes(events);
        assertTrue(expected.size() >= 2, "the seeds hold several types: " + expected);
        assertEquals(expected, r.legendTypes());
        assertEquals(IncidentSet.of(events).size, r.places(), "every seed incident's place is in view");
        assertEquals(events.stream().filter(e -> !e.places().isEmpty()).count(), r.incidents(), "each event counted once");

        Rectangle legend = r.legendBox();
        assertTrue(legend.x > 640 && legend.y > 360, "legend sits bottom right: " + legend);
        assertTrue(legend.x + legend.width <= 1280 && legend.y + legend.height <= 720);
        assertTrue(ExportFixtures.distinctColours(img, legend.x, legend.y, legend.width, legend.height) > 20, "legend has symbols and text");
        for (EventType t : EventType.values()) {
            int n = ExportFixtures.near(img, legend, blendOnWhite(IncidentStyle.colour(t), 0.9), 6);
            if (expected.contains(t)) assertTrue(n > 15, t + " symbol drawn in the legend: " + n);
        }
    }

    @Test
    void anImageOfOnlyBattlesHasOnlyTheBattlesRow() {
        List<StoredEvent> battles = events.stream().filter(e -> e.type() == EventType.BATTLES).toList();
        assertFalse(battles.isEmpty());
        MapImageRenderer.RenderResult all = renderer.render(MapImageRequest.syria(1280, 720, Language.EN), IncidentSet.of(events));
        MapImageRenderer.RenderResult r = renderer.render(MapImageRequest.syria(1280, 720, Language.EN), IncidentSet.of(battles));
        assertEquals(Set.of(EventType.BATTLES), r.legendTypes());
        Rectangle legend = r.legendBox();
        assertTrue(legend.height < all.legendBox().height, "fewer rows than the mixed legend");
        assertTrue(ExportFixtures.near(r.image(), legend, blendOnWhite(IncidentStyle.colour(EventType.BATTLES), 0.9), 6) > 15);
        for (EventType t : EventType.values()) {
            if (t == EventType.BATTLES) continue;
            assertEquals(0, ExportFixtures.near(r.image(), legend, blendOnWhite(IncidentStyle.colour(t), 0.9), 6), t + " must not be in the legend");
        }
    }

    @Test
    void aDateWindowKeepsOverlappingEventsAndDropsUndatedAndRejected() {
        IncidentSet set = IncidentSet.of(events);
        LocalDate from = LocalDate.of(2018, 4, 1), to = LocalDate.of(2018, 4, 30);
        BitSet b = MapImageRenderer.select(set, from, to);
        int expected = 0;
        for (int i = 0; i < set.size; i++) {
            StoredEvent e = set.eventOf(i);
            boolean in = e.date().isKnown() && !e.date().to().isBefore(from) && !e.date().from().isAfter(to) && e.review() != ReviewStatus.REJECTED;
            if (in) expected++;
            assertEquals(in, b.get(i), "incident " + i + " " + e.date());
        }
        assertTrue(expected > 0 && expected < set.size, "the window selects some but not all seed incidents: " + expected);
        MapImageRenderer.RenderResult r = renderer.render(MapImageRequest.syria(1280, 720, Language.AR).withWindow(from, to), set);
        assertEquals(expected, r.places());
        assertFalse(r.legendUndated(), "no undated symbol in a dated window");
    }

    @Test
    void a4kImageScalesSymbolsAndFrameAndRendersTheBasemapAtItsOwnResolution() {
        MapImageRenderer.RenderResult small = renderer.render(MapImageRequest.syria(1920, 1080, Language.AR), IncidentSet.of(events));
        MapImageRenderer.RenderResult big = renderer.render(MapImageRequest.syria(3840, 2160, Language.AR), IncidentSet.of(events));
        assertEquals(3840, big.image().getWidth());
        assertEquals(2160, big.image().getHeight());
        assertTrue(big.deviceScale() > 2, "symbols and text scale up on a 4K image: " + big.deviceScale());
        assertTrue(big.tileZoom() > small.tileZoom(), "deeper basemap tiles, not an enlarged screenshot");
        assertEquals(small.legendTypes(), big.legendTypes());
        assertTrue(big.legendBox().width > 1.8 * small.legendBox().width);
        // Same place in both images: the 4K one shows the same area, so the logical viewports nearly agree.
        assertEquals(small.logicalViewport().lonAt(small.logicalViewport().width() / 2),
                big.logicalViewport().lonAt(big.logicalViewport().width() / 2), 0.2);
    }

    @Test
    void aZoomedBboxFitsInsideTheImage() {
        MapImageRequest.BBox homsPalmyra = new MapImageRequest.BBox(36.4, 34.2, 38.6, 35.1);
        MapImageRenderer.RenderResult r = renderer.render(new MapImageRequest(homsPalmyra, 1600, 900, null, null, Language.EN, "Homs"),
                IncidentSet.of(events));
        var vp = r.viewport();
        assertTrue(vp.lonAt(0) <= 36.4 && vp.lonAt(vp.width()) >= 38.6, "bbox fits horizontally");
        assertTrue(vp.latAt(vp.height()) <= 34.2 && vp.latAt(0) >= 35.1, "bbox fits vertically");
        assertTrue(vp.lonAt(vp.width()) - vp.lonAt(0) < 2.2 * 1.5, "and is not lost in a much larger view");
        assertTrue(r.incidents() > 0 && r.incidents() < IncidentSet.of(events).size);
    }

    @Test
    void theDefaultExtentIsSyriaFromTheBasemapOutline() {
        MapImageRequest.BBox s = renderer.syria();
        assertTrue(s.west() > 35 && s.west() < 36 && s.east() > 42 && s.east() < 43, s.toString());
        assertTrue(s.south() > 32 && s.south() < 32.6 && s.north() > 37 && s.north() < 37.6, s.toString());
    }

    @Test
    void badRequestsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MapImageRequest.syria(8001, 1000, Language.EN));
        assertThrows(IllegalArgumentException.class, () -> MapImageRequest.BBox.parse("38,35,36,34"));
        assertThrows(IllegalArgumentException.class, () -> MapImageRequest.BBox.parse("36,34,38"));
        assertThrows(IllegalArgumentException.class, () -> MapImageRequest.BBox.parse("36,34,x,35"));
    }

    /** What a colour drawn at an alpha over the legend's white panel looks like (the panel is 92% white over the map). */
    /**
     * {@code --style points}: 400 battles 5 km apart around Hama, too dense for the window's symbols at a
     * Syria-wide zoom, are clustered in the default style and drawn one by one, each at its own place, in
     * the points style (as QGIS draws a point layer), with no cluster or size rows in the legend.
     */
    @Test
    void thePointsStyleDrawsEveryIncidentAtItsPlaceWithoutClusters() {
        List<StoredEvent> grid = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double lat = 34.6 + (i / 20) * 0.05, lon = 36.2 + (i % 20) * 0.05;
            org.clashmap.extract.EventPlace p = new org.clashmap.extract.EventPlace(null, "x", "x", null, lat, lon, 1, 0.9, 0, 0);
            LocalDate d = LocalDate.of(2016, 1, 1).plusDays(i);
            grid.add(new StoredEvent(i + 1, null, "test", null, EventType.BATTLES, null,
                    new org.clashmap.extract.DateRange(d, d, org.clashmap.extract.TimePrecision.DAY), i % 7 == 0 ? 30 : 0, null, 0.9,
                    ReviewStatus.UNREVIEWED, null, 0, 0, List.of(), List.of(p), null, null, false));
        }
        IncidentSet set = IncidentSet.of(grid);
        MapImageRequest req = MapImageRequest.syria(1600, 900, Language.EN);
        MapImageRenderer.RenderResult clustered = renderer.render(req, set);
        MapImageRenderer.RenderResult points = renderer.render(req.withStyle(MapImageRequest.Style.POINTS), set);
        assertTrue(clustered.clustered(), "the window's style clusters them at this zoom");
        assertFalse(points.clustered(), "no clusters in the points style");
        assertEquals(400, points.places());
        int red = 0;
        for (int i = 0; i < set.size; i++) {
            int x = (int) Math.round(points.viewport().screenX(set.wx[i])), y = (int) Math.round(points.viewport().screenY(set.wy[i]));
            int c = points.image().getRGB(x, y), r = (c >> 16) & 0xFF, g = (c >> 8) & 0xFF, b = c & 0xFF;
            if (r > g + 60 && r > b + 60) red++;
        }
        assertEquals(400, red, "a battle's red under every incident's own place");
        assertTrue(ExportFixtures.near(points.image(), points.legendBox(), blendOnWhite(IncidentStyle.colour(EventType.BATTLES), 0.9), 6) > 15,
                "the legend shows the battle symbol");
        assertTrue(points.legendBox().height < clustered.legendBox().height, "no cluster and size rows: " + points.legendBox() + " vs " + clustered.legendBox());
    }

    private static int blendOnWhite(int argb, double alpha) {
        int r = (int) Math.round(((argb >> 16) & 0xFF) * alpha + 255 * (1 - alpha));
        int g = (int) Math.round(((argb >> 8) & 0xFF) * alpha + 255 * (1 - alpha));
        int b = (int) Math.round((argb & 0xFF) * alpha + 255 * (1 - alpha));
        return (r << 16) | (g << 8) | b;
    }
}
