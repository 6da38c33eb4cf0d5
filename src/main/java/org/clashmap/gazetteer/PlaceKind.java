package org.clashmap.gazetteer;

/** What sort of thing a gazetteer place is; used for scoring (trigger words) and for map styling. */
public enum PlaceKind {
    COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT,
    CITY, TOWN, VILLAGE, NEIGHBOURHOOD, CAMP,
    BASE, AIRPORT, STATION, FIELD, CHECKPOINT,
    MOUNTAIN, HILL, REGION, CROSSING, DAM, LAKE, RIVER, OTHER
}
