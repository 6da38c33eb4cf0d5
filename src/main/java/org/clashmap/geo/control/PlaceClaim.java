package org.clashmap.geo.control;

import java.time.LocalDate;

/**
 * One control claim as the control model sees it: who took (or left) which place, from when. The
 * store's rows, analyst edits and synthetic bench claims all become these.
 *
 * @param placeKey   gazetteer id, or any stable key for a point without one
 * @param opponentId who holds the place after a withdrawal when the report names them, else null
 * @param origin     extracted | edit | layer | synthetic; edits and layers never fade
 */
public record PlaceClaim(String placeKey, String name, double lat, double lon, String actorId, boolean gained,
                         LocalDate date, String origin, String opponentId) {
    public PlaceClaim {
        if (placeKey == null || actorId == null || date == null) throw new IllegalArgumentException("claim needs place, actor and date");
    }

    public static PlaceClaim gained(String placeKey, String name, double lat, double lon, String actorId, LocalDate date) {
        return new PlaceClaim(placeKey, name, lat, lon, actorId, true, date, "extracted", null);
    }

    /** Analyst assertions stand until a later claim replaces them; reports go stale. */
    boolean fades() {
        return !"edit".equals(origin) && !"layer".equals(origin);
    }
}
