package org.clashmap.export;

/**
 * Names of the administrative areas a place lies in, for ACLED's admin1..admin3 columns. The store
 * does not carry them yet; a gazetteer-backed lookup can be plugged in through {@link ExportOptions}.
 */
@FunctionalInterface
public interface AdminAreas {
    /** Admin names of one place; empty strings when unknown. */
    record Names(String admin1, String admin2, String admin3) {
        public static final Names UNKNOWN = new Names("", "", "");
    }

    AdminAreas NONE = point -> Names.UNKNOWN;

    Names of(EventPoint point);
}
