package org.clashmap.extract;

/**
 * Where an event happened: a gazetteer place, or a point offset from one.
 *
 * @param placeId    gazetteer id of the anchor place (null if none)
 * @param relation   null for the place itself, else the relative expression ("60 km NE", "east of" ...)
 * @param charStart  span of the place expression in the report text
 */
public record EventPlace(String placeId, String nameAr, String nameEn, String relation,
                         double lat, double lon, double precisionKm, double confidence,
                         int charStart, int charEnd) {}
