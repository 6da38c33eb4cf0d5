package org.clashmap.geo.render;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.basemap.SyriaOutline;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.PlaceClaim;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The one palette for sides: actors.tsv's colours unless the analyst overrides them, everywhere argb is asked. */
public class ControlPaletteTest {
    @AfterEach
    void reset() {
        ControlPalette.setOverrides(Map.of());
    }

    @Test
    void sidesTakeActorsTsvColoursUntilTheAnalystOverridesThem() {
        assertEquals(0xFFF4A6B7, ControlPalette.argb("regime"), "actors.tsv: regime #f4a6b7");
        assertEquals(0xFF222222, ControlPalette.argb("isis"));
        ControlPalette.setOverrides(Map.of("isis", 0x00FF00FF));
        assertEquals(0xFFFF00FF, ControlPalette.argb("isis"), "the override, made opaque");
        assertEquals(0xFF222222, ControlPalette.defaultArgb("isis"));
        assertEquals(0xFFF4A6B7, ControlPalette.argb("regime"), "other sides keep actors.tsv's colour");
        assertEquals(0xFF999999, ControlPalette.argb(null));
        ControlPalette.setOverrides(Map.of());
        assertEquals(0xFF222222, ControlPalette.argb("isis"));
        assertTrue(ControlPalette.sides().containsAll(List.of("regime", "isis", "sdf", "opposition")));
    }

    @Test
    void theLegendAndThePainterUseTheOverride() {
        var gaz = org.clashmap.gazetteer.Gazetteers.load();
        var m = gaz.byId("ocha:C5192");
        LocalDate day = LocalDate.of(2018, 3, 1);
        ControlSnapshot s = new ControlMap(List.of(PlaceClaim.gained(m.id(), m.nameAr(), m.lat(), m.lon(), "isis", day)), List.of(), null,
                ControlOptions.DEFAULTS, SyriaOutline.load()).at(day.plusDays(1));
        ControlPalette.setOverrides(Map.of("isis", 0x3355AA));
        ControlPalette.Entry isis = ControlPalette.legend(s).get(0);
        assertEquals(ControlPalette.Kind.SIDE_DOT, isis.kind());
        assertEquals(0xFF3355AA, isis.argb());

        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        Viewport vp = Viewport.centredOn(m.lat(), m.lon(), 8, 200, 200);
        new ControlPainter().paint(new Java2DSurface(img.createGraphics(), 200, 200), s, vp);
        assertEquals(0xFF3355AA, img.getRGB(100, 100), "the dot is painted in the analyst's colour");
    }
}
