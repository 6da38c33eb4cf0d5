package org.clashmap.store;

import java.time.LocalDate;

/**
 * One dated place of one event, the light shape the agreement index needs (an event with two
 * places yields two points). Dates are inclusive.
 */
public record DatedEventPlace(long eventId, String origin, String externalId, LocalDate from, LocalDate to,
                         Integer fatalities, double lat, double lon, double precisionKm,
                         String placeName, String sentence) {}
