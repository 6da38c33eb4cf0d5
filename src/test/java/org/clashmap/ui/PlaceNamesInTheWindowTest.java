package org.clashmap.ui;

import org.clashmap.app.DatabaseWorkspace;
import org.clashmap.app.Workspace;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.basemap.LabelLayout;
import org.clashmap.geo.basemap.PlaceLabel;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.store.Database;
import org.clashmap.ui.map.MapPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window names its towns as map images do (issue 19 item 9): on the seeds, at Home and zoomed on Damascus, the
 * capital and the governorates' centres the seeds strike keep their names, clear of every symbol and cluster and of
 * each other.
 */
@ExtendWith(ApplicationExtension.class)
class PlaceNamesInTheWindowTest {
    @TempDir
    Path tmp;

    @Test
    void citiesKeepReadableNamesBesideTheSymbolsAtHomeAndZoomedIn() throws Exception {
        Path db = tmp.resolve("seeds.db");
        try (Workspace w = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
        }
        try (OpenedWindow opened = OpenedWindow.open(db, 60)) {
            MapPane map = opened.window().map;
            WaitForAsyncUtils.asyncFx(map::goHome).get(10, TimeUnit.SECONDS);
            checkNames(map, "Damascus", "Dar'a", "Idleb", "As-Sweida", "Aleppo", "Homs");
            WaitForAsyncUtils.asyncFx(() -> map.focus(33.51, 36.29, 9)).get(10, TimeUnit.SECONDS);
            checkNames(map, "Damascus");
        }
    }

    private static void checkNames(MapPane map, String... towns) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !map.names.shownNames().isEmpty());
        NamesAndSymbols seen = WaitForAsyncUtils.asyncFx(() -> {
            double f = Math.pow(2, map.zoom() - map.names.namesZoom());
            List<Rectangle2D> symbols = new ArrayList<>();
            for (Rectangle2D s : map.incidents.symbolBoxes())
                symbols.add(new Rectangle2D.Double(s.getX() / f, s.getY() / f, s.getWidth() / f, s.getHeight() / f));
            return new NamesAndSymbols(List.copyOf(map.names.shownNames()), symbols);
        }).get(10, TimeUnit.SECONDS);
        assertFalse(seen.symbols.isEmpty(), "the seeds' symbols are on the map");
        int moved = 0;
        for (String town : towns) {
            LabelLayout.Placed p = seen.names.stream()
                    .filter(n -> n.place().kind() == PlaceLabel.Kind.PLACE && town.equals(n.place().nameEn())).findFirst().orElse(null);
            assertNotNull(p, town + " is named at zoom " + map.zoom());
            for (Rectangle2D s : seen.symbols) assertFalse(p.box().intersects(s), town + "'s name " + p.box() + " clear of the symbol " + s);
            if (!p.dot()) moved++;
        }
        for (int i = 0; i < seen.names.size(); i++)
            for (int j = i + 1; j < seen.names.size(); j++)
                assertFalse(seen.names.get(i).box().intersects(seen.names.get(j).box()),
                        seen.names.get(i).place().nameEn() + " / " + seen.names.get(j).place().nameEn());
        assertTrue(moved > 0 || towns.length == 1, "at Home some symbol lies on a named town, whose name moved beside it");
    }

    private record NamesAndSymbols(List<LabelLayout.Placed> names, List<Rectangle2D> symbols) {
    }
}
