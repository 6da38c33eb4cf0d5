package org.clashmap.extract;

/**
 * Where an event happened: a gazetteer place, or a point offset from one.
 *
 * @param placeId    gazetteer id of the anchor place (null if none)
 * @param relation   null for the place itself, else the relative expression ("60 km NE", "east of" ...)
 * @param charStart  span of the place expression in the report text
 * @param fatalities the dead the text gives for this place in particular ("3 in Douma and 2 in Harasta"),
 *                   null when it gives none for this place; the event's total stays in
 *                   {@link Event#fatalities()}. How a total is spread over places for maps and
 *                   exports is {@link FatalityShares}'s one rule.
 */
public record EventPlace(String placeId, String nameAr, String nameEn, String relation,
                         double lat, double lon, double precisionKm, double confidence,
                         int charStart, int charEnd, Integer fatalities) {

    /** A place without a count of its own (the text gives only the event's total, if any). */
    public EventPlace(String placeId, String nameAr, String nameEn, String relation,
                      double lat, double lon, double precisionKm, double confidence,
                      int charStart, int charEnd) {
        this(placeId, nameAr, nameEn, relation, lat, lon, precisionKm, confidence, charStart, charEnd, null);
    }

    public EventPlace {
        if (fatalities != null && fatalities < 0) throw new IllegalArgumentException("negative dead at a place: " + fatalities);
    }

    /** The same place with its own count of dead (null: none given). */
    public EventPlace withFatalities(Integer ownCount) {
        return new EventPlace(placeId, nameAr, nameEn, relation, lat, lon, precisionKm, confidence, charStart, charEnd, ownCount);
    }
}
