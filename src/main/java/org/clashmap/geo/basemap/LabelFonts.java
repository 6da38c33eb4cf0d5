package org.clashmap.geo.basemap;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * Picks a font that really has Arabic glyphs. Java's logical "SansSerif" maps Arabic to whatever
 * fontconfig offers, which on a bare system may be boxes; so prefer a named family known to
 * carry Arabic and fall back to any installed family that can display a test word.
 */
public final class LabelFonts {
    private static final String SAMPLE = "دمشق حلب Aleppo";
    private static final List<String> PREFERRED = List.of(
            "Noto Sans Arabic UI", "Noto Sans Arabic", "DejaVu Sans", "Noto Naskh Arabic", "Arial", "Tahoma", "Segoe UI");

    private LabelFonts() {
    }

    public static final String FAMILY = pickFamily();

    private static String pickFamily() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : PREFERRED) {
            if (installed.contains(family) && new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) return family;
        }
        if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) return Font.SANS_SERIF;
        for (String family : installed) {
            if (new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) return family;
        }
        return Font.SANS_SERIF;
    }

    /** Font for a label: size and weight by kind and administrative tier. */
    static Font forLabel(PlaceLabel p) {
        if (p.kind() == PlaceLabel.Kind.GOVERNORATE) return new Font(FAMILY, Font.PLAIN, 13);
        if (p.kind() == PlaceLabel.Kind.RIVER) return new Font(FAMILY, Font.PLAIN, 11); // plain: Arabic fonts have no italics
        return switch (p.tier()) {
            case 0 -> new Font(FAMILY, Font.BOLD, 15);
            case 1 -> new Font(FAMILY, Font.BOLD, 13);
            case 2 -> new Font(FAMILY, Font.PLAIN, 12);
            case 3 -> new Font(FAMILY, Font.PLAIN, 11);
            default -> new Font(FAMILY, Font.PLAIN, 10);
        };
    }
}
