package org.clashmap.geo.render;

import org.clashmap.extract.Actors;
import org.clashmap.extract.EventType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event families' colours and the control sides' colours, seen with normal colour vision and simulated for
 * protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1), are told apart: the
 * CIE76 distance in CIELAB between any event colour and any side colour, and between two event colours, stays
 * above what a reader separates at a glance (ΔE 10; 2.3 is a just-noticeable difference).
 */
class ColourPalettesTest {
    private static final double[][][] VISION = {
            {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
    private static final String[] VISION_NAMES = {"normal", "protanopia", "deuteranopia", "tritanopia"};
    /** Sides that hold ground on control maps (civilians hold none). */
    private static final Set<String> SIDES = Set.of("regime", "isis", "opposition", "hts", "sdf", "turkey", "sna", "russia",
            "hezbollah", "iran_militias", "coalition", "israel");

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double[] lab(int rgb, double[][] m) {
        double[] in = {linear(rgb >> 16 & 0xFF), linear(rgb >> 8 & 0xFF), linear(rgb & 0xFF)};
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) c[i] = Math.max(0, Math.min(1, m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2]));
        double x = 0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2], y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2],
                z = 0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2];
        double fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    /** The smallest distance between the two colours over the four kinds of vision, and which. */
    private static double worst(int a, int b, StringBuilder where) {
        double min = Double.MAX_VALUE;
        for (int v = 0; v < VISION.length; v++) {
            double[] p = lab(a, VISION[v]), q = lab(b, VISION[v]);
            double d = Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
            if (d < min) {
                min = d;
                where.setLength(0);
                where.append(VISION_NAMES[v]);
            }
        }
        return min;
    }

    @Test
    void noSideSharesAnEventFamilysColourInAnyColourVision() {
        List<String> close = new ArrayList<>();
        for (EventType t : EventType.values()) {
            for (String side : SIDES) {
                StringBuilder where = new StringBuilder();
                double d = worst(IncidentStyle.colour(t) & 0xFFFFFF, ControlPalette.defaultArgb(side) & 0xFFFFFF, where);
                if (d < 10) close.add(t + " / " + side + " ΔE " + Math.round(d) + " (" + where + ")");
            }
        }
        assertTrue(close.isEmpty(), close.toString());
    }

    @Test
    void theEventFamiliesAreToldApartInAnyColourVision() {
        EventType[] ts = EventType.values();
        for (int i = 0; i < ts.length; i++) {
            for (int j = i + 1; j < ts.length; j++) {
                StringBuilder where = new StringBuilder();
                double d = worst(IncidentStyle.colour(ts[i]) & 0xFFFFFF, IncidentStyle.colour(ts[j]) & 0xFFFFFF, where);
                assertTrue(d >= 15, ts[i] + " / " + ts[j] + " ΔE " + d + " (" + where + ")");
            }
        }
    }

    @Test
    void theSimulatorSeesWhatTheOldPaletteGotWrong() {
        // must fail for the colours this test replaced: the government's old red beside the Battles red
        StringBuilder where = new StringBuilder();
        assertTrue(worst(0xD7301F, 0xC0392B, where) < 10, "ΔE " + worst(0xD7301F, 0xC0392B, where));
        // and a red/olive pair a protanope confuses while a trichromat does not: the simulation is what catches it
        double[] p = lab(0xD55E00, VISION[1]), q = lab(0x808000, VISION[1]), pn = lab(0xD55E00, VISION[0]), qn = lab(0x808000, VISION[0]);
        double protan = 0, normal = 0;
        for (int k = 0; k < 3; k++) {
            protan += (p[k] - q[k]) * (p[k] - q[k]);
            normal += (pn[k] - qn[k]) * (pn[k] - qn[k]);
        }
        assertTrue(Math.sqrt(protan) < 10 && Math.sqrt(normal) > 20, "protanopia " + Math.sqrt(protan) + ", normal " + Math.sqrt(normal));
    }

    @Test
    void everyActorHasAColour() {
        for (String side : SIDES) assertTrue(Actors.load().colour(side).matches("#[0-9a-fA-F]{6}"), side);
    }
}
