package org.clashmap.store;

import org.clashmap.extract.DateRange;

/** A control claim row: extracted from a report, an analyst's edit, from a layer, or synthetic. */
public record StoredClaim(long id, Long articleId, String origin, String placeId, String nameAr, double lat, double lon,
                          String actorId, boolean gained, DateRange date, String sentence) {
}
