package org.clashmap.gazetteer;

import java.util.List;

/**
 * One gazetteer entry: a named place with coordinates and how far they can be trusted.
 *
 * @param id           stable id, prefixed by its source (e.g. {@code ocha:C4268}, {@code osy:sy-idlib}, {@code cur:t3})
 * @param admin1       OCHA admin1 P-code (e.g. {@code SY04}) or empty
 * @param admin2       OCHA admin2 P-code (e.g. {@code SY0403}) or empty
 * @param precisionKm  radius within which the true location lies (a village ~1 km, a region tens of km)
 * @param population   0 when unknown
 * @param capitalLevel 0 none, 1 national/governorate capital, 2 district centre, 3 sub-district centre
 * @param source       attribution of the coordinates (OCHA P-code, Open-Syria id, GeoNames id, curated reference)
 */
public record Place(String id, PlaceKind kind, String nameAr, List<String> variantsAr, String nameEn,
                    String admin1, String admin2, double lat, double lon, double precisionKm,
                    long population, int capitalLevel, String source) {
    public Place {
        variantsAr = List.copyOf(variantsAr);
    }
}
