package org.clashmap.geo.render;

import org.clashmap.extract.EventType;

import java.util.EnumMap;
import java.util.Map;

/**
 * How incidents look, the same everywhere (window, legend, PNG, KML): colour and shape by ACLED
 * family, area proportional to the dead (so 100 dead is not 100 times bigger than 1). The four colours are from
 * Okabe and Ito's colour-universal-design palette (2008), told apart with any colour vision; the control sides'
 * colours (actors.tsv) avoid them (ColourPalettesTest).
 */
public final class IncidentStyle {
    private static final Map<EventType, Integer> COLOUR = new EnumMap<>(Map.of(
            EventType.BATTLES, 0xFFD55E00,          // vermillion
            EventType.EXPLOSIONS_REMOTE_VIOLENCE, 0xFFE69F00, // orange
            EventType.VIOLENCE_AGAINST_CIVILIANS, 0xFFCC79A7, // reddish purple
            EventType.STRATEGIC_DEVELOPMENTS, 0xFF0072B2)); // blue
    private static final Map<EventType, SymbolShape> SHAPE = new EnumMap<>(Map.of(
            EventType.BATTLES, SymbolShape.CIRCLE,
            EventType.EXPLOSIONS_REMOTE_VIOLENCE, SymbolShape.TRIANGLE,
            EventType.VIOLENCE_AGAINST_CIVILIANS, SymbolShape.SQUARE,
            EventType.STRATEGIC_DEVELOPMENTS, SymbolShape.DIAMOND));

    public static final double MIN_RADIUS = 4.5, MAX_RADIUS = 16;

    private IncidentStyle() {
    }

    public static int colour(EventType t) {
        return COLOUR.get(t);
    }

    public static SymbolShape shape(EventType t) {
        return SHAPE.get(t);
    }

    /** Symbol radius in pixels: unknown or zero dead draw smallest; area grows with the dead. */
    public static double radius(int fatalities) {
        if (fatalities <= 0) return MIN_RADIUS;
        return Math.min(MAX_RADIUS, MIN_RADIUS + 1.6 * Math.sqrt(fatalities));
    }

    /** Same colour with a new alpha (0..1). */
    public static int withAlpha(int argb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return (a << 24) | (argb & 0xFFFFFF);
    }
}
