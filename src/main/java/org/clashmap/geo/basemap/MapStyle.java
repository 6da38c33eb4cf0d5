package org.clashmap.geo.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Colours and strokes of the basemap. Muted on purpose: incidents are drawn on top and must
 * stand out. Bump {@link #VERSION} on any visual change so cached tiles are re-rendered.
 */
public final class MapStyle {
    static final int VERSION = 2;

    /** The artificial west and south sides of the sea box (see BasemapBuilder) and the fade width. */
    static final double SEA_BOX_WEST = 25.0, SEA_BOX_SOUTH = 31.6, SEA_FADE_DEG = 3.0;

    static final Color NO_DATA = new Color(0xE3E1DC);
    static final Color SEA = new Color(0xB7D2E8);
    static final Color NEIGHBOUR = new Color(0xEAE6DE);
    static final Color SYRIA = new Color(0xFBF7EB);
    static final Color WATER_LINE = new Color(0x6F9FCC);
    /** Rivers' names: the water's blue, dark enough to read on sand and on the Syria fill. */
    static final Color WATER_TEXT = new Color(0x2F6699);
    static final Color COAST = new Color(0x8CB0D0);
    static final Color BORDER = new Color(0x9A9288);
    static final Color SYRIA_BORDER = new Color(0x5E4B3C);
    static final Color GOVERNORATE = new Color(0x8E7F70);
    static final Color DISTRICT = new Color(0xBBAF9F);
    static final Color PLACE_TEXT = new Color(0x2B2622);
    static final Color GOVERNORATE_TEXT = new Color(0x7A6C60);
    static final Color HALO = new Color(255, 255, 255, 215);

    private MapStyle() {
    }

    static Stroke line(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static double syriaBorderWidth(int zoom) {
        return zoom <= 5 ? 1.2 : zoom <= 8 ? 1.8 : 2.4;
    }

    static double governorateWidth(int zoom) {
        return zoom <= 5 ? 0.7 : zoom <= 8 ? 1.1 : 1.5;
    }

    static double riverWidth(int attr, int zoom) {
        double base = attr == BasemapBuilder.RIVER_EUPHRATES ? 1.6 : attr == BasemapBuilder.RIVER_MAJOR ? 1.1 : 0.7;
        return base * (zoom <= 5 ? 0.8 : zoom <= 8 ? 1.0 : zoom <= 11 ? 1.6 : 2.2);
    }
}
