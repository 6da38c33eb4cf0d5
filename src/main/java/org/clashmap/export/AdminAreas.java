package org.clashmap.export;

import org.clashmap.geo.basemap.AdminAreaIndex;

/**
 * Names of the administrative areas a place lies in, for ACLED's admin1..admin3 columns.
 * {@link #OCHA}, the default, finds them by point-in-polygon on OCHA's districts
 * ({@link AdminAreaIndex}); English names as ACLED writes them.
 */
@FunctionalInterface
public interface AdminAreas {
    /** Admin names of one place; empty strings when unknown. */
    record Names(String admin1, String admin2, String admin3) {
        public static final Names UNKNOWN = new Names("", "", "");
    }

    AdminAreas NONE = point -> Names.UNKNOWN;

    /** The OCHA governorate, district and (nearest-centroid) sub-district of the point; empty outside Syria. */
    AdminAreas OCHA = point -> {
        AdminAreaIndex.Areas a = AdminAreaIndex.shared().at(point.lat(), point.lon());
        return new Names(a.admin1() == null ? "" : a.admin1().nameEn(), a.admin2() == null ? "" : a.admin2().nameEn(),
                a.admin3() == null ? "" : a.admin3().nameEn());
    };

    Names of(EventPoint point);
}
