package org.clashmap.geodesy;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The chord the incident linker uses to skip far pairs (decision 034) must never be longer than the WGS84
 * geodesic (else a pair within the limit would be skipped and linking would change), and close to it at the
 * distances linking compares.
 */
class ChordTest {
    @Test
    void theChordIsNeverLongerThanTheGeodesicAndWithinAMetreOfItUnderFiftyKm() {
        SplittableRandom rng = new SplittableRandom(34);
        for (int i = 0; i < 20_000; i++) {
            // Syria and its neighbours, pairs from a few metres to several hundred km apart
            double lat1 = 32 + rng.nextDouble() * 5.5, lon1 = 35.5 + rng.nextDouble() * 7;
            double spread = Math.pow(10, -4 + rng.nextDouble() * 4);
            double lat2 = lat1 + (rng.nextDouble() - 0.5) * spread, lon2 = lon1 + (rng.nextDouble() - 0.5) * spread;
            double geodesic = Geodesy.km(lat1, lon1, lat2, lon2), chord = Geodesy.chordKm(lat1, lon1, lat2, lon2);
            assertTrue(chord <= geodesic + 1e-9, "chord " + chord + " > geodesic " + geodesic);
            if (geodesic < 50) assertEquals(geodesic, chord, 0.001, "a chord under 50 km is within a metre of the geodesic");
        }
        assertEquals(0, Geodesy.chordKm(35.0, 38.0, 35.0, 38.0));
        // Damascus to Aleppo: about 300 km either way, the chord a little shorter
        double g = Geodesy.km(33.513, 36.292, 36.202, 37.134), c = Geodesy.chordKm(33.513, 36.292, 36.202, 37.134);
        assertTrue(c < g && g - c < 0.1, g + " vs " + c);
    }
}
