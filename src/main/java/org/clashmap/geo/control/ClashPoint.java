package org.clashmap.geo.control;

import java.time.LocalDate;

/**
 * A battle at a point over a date range (an event of type BATTLES): evidence that a place is being
 * fought over. Actor ids may be null when the report does not say who fought.
 */
public record ClashPoint(String placeKey, double lat, double lon, LocalDate from, LocalDate to, String actor1, String actor2) {
    public ClashPoint {
        if (from == null || to == null) throw new IllegalArgumentException("clash needs dates");
    }
}
