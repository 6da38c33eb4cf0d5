package org.clashmap.ui.map;

import com.gluonhq.maps.MapView;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.render.ControlPalette;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.PlaceClaim;
import org.clashmap.geo.basemap.SyriaOutline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
public class ControlLayerTest {
    private static final LocalDate MARCH = LocalDate.of(2018, 3, 1), JUNE = LocalDate.of(2018, 6, 1);
    private ControlLayer layer;
    private MapView mapView;

    @Start
    void start(Stage stage) {
        AppServices.initTiles();
        mapView = new MapView();
        layer = new ControlLayer();
        mapView.addLayer(layer);
        mapView.setZoom(9);
        mapView.setCenter(35.0, 40.5);
        stage.setScene(new Scene(mapView, 800, 600));
        stage.show();
        // al-Mayadin: regime from March; Thiban across the river: SDF from March; in June ISIS takes al-Mayadin
        Place mayadin = Gazetteers.load().byId("ocha:C5192"), thiban = Gazetteers.load().byId("ocha:C5202");
        List<PlaceClaim> claims = new ArrayList<>();
        claims.add(PlaceClaim.gained(mayadin.id(), mayadin.nameAr(), mayadin.lat(), mayadin.lon(), "regime", MARCH));
        claims.add(PlaceClaim.gained(thiban.id(), thiban.nameAr(), thiban.lat(), thiban.lon(), "sdf", MARCH));
        claims.add(PlaceClaim.gained(mayadin.id(), mayadin.nameAr(), mayadin.lat(), mayadin.lon(), "isis", JUNE));
        layer.setControlMap(new ControlMap(claims, List.of(), null, ControlOptions.DEFAULTS, SyriaOutline.load()));
    }

    private Color pixelAt(ControlSnapshot.Dot d) {
        WritableImage img = layer.canvas().snapshot(new SnapshotParameters(), null);
        var vp = layer.viewport();
        return img.getPixelReader().getColor((int) Math.round(vp.screenX(d.worldX())), (int) Math.round(vp.screenY(d.worldY())));
    }

    private static void assertColour(int argb, Color c) {
        assertEquals(((argb >> 16) & 0xFF) / 255.0, c.getRed(), 0.08, c.toString());
        assertEquals(((argb >> 8) & 0xFF) / 255.0, c.getGreen(), 0.08, c.toString());
        assertEquals((argb & 0xFF) / 255.0, c.getBlue(), 0.08, c.toString());
    }

    @Test
    void movingTheTimeChangesWhatIsDrawn(FxRobot robot) {
        robot.interact(() -> layer.setTime(MARCH.minusDays(1)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> layer.layoutLayer());
        assertEquals(0, layer.dotsDrawn(), "nothing is known before the first claim");

        robot.interact(() -> layer.setTime(MARCH.plusDays(10)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> layer.layoutLayer());
        assertEquals(2, layer.dotsDrawn());
        assertEquals(1, layer.linesDrawn(), "al-Mayadin and Thiban face each other");
        ControlSnapshot.Dot mayadin = layer.snapshot().dots().stream().filter(d -> d.placeKey().equals("ocha:C5192")).findFirst().orElseThrow();
        robot.interact(() -> assertColour(ControlPalette.argb("regime"), pixelAt(mayadin)));

        robot.interact(() -> layer.setTime(JUNE.plusDays(10)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> layer.layoutLayer());
        robot.interact(() -> assertColour(ControlPalette.argb("isis"), pixelAt(mayadin)));
        assertTrue(layer.legend().stream().anyMatch(e -> e.label().contains("ISIS")));

        robot.interact(() -> layer.setTime(MARCH.plusDays(200)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> layer.layoutLayer());
        assertEquals(1, layer.dotsDrawn(), "Thiban's March claim has faded; al-Mayadin's June claim has not");
        assertEquals(0, layer.linesDrawn());
    }
}
