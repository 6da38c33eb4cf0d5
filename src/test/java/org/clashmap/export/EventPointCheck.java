package org.clashmap.export;

import org.clashmap.extract.EventPlace;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared assertions against the OCHA table (independent of the database). */
final class EventPointCheck {
    private EventPointCheck() {
    }

    static void assertOchaLonLat(String nameAr, String[] lonLat) {
        EventPlace ocha = OchaPlaces.place(nameAr, 1, 0, 0);
        assertEquals(ocha.lon(), Double.parseDouble(lonLat[0]), 1e-9, "longitude first");
        assertEquals(ocha.lat(), Double.parseDouble(lonLat[1]), 1e-9, "then latitude");
    }
}
