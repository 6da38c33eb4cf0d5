package org.clashmap.export;

import org.clashmap.geo.basemap.AdminAreaIndex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Incidents or dead per administrative area, counted from the export's rows with the export's
 * rule ({@link IncidentTally}: an incident once, in the area of its first row; the dead of each row
 * in that row's area) and assigned to areas by point in polygon ({@link AdminAreaIndex#areaAt}).
 * So the counts of all areas plus {@link #outside} are the export's total for the same filter, as a
 * chart's are. Every area of the level is listed, quiet ones with 0.
 *
 * @param counts  each area's pcode to its count, in pcode order
 * @param outside what rows outside every area add (a place in Lebanon, the sea)
 */
public record AreaCounts(Level level, Measure measure, Map<String, Long> counts, long outside) {

    /** The administrative level counted. */
    public enum Level {
        GOVERNORATE(1), DISTRICT(2), SUBDISTRICT(3);

        public final int admin;

        Level(int admin) {
            this.admin = admin;
        }

        /** "governorate", "district" or "subdistrict" (also "sub-district", "admin1".."admin3"). */
        public static Level parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "governorate", "governorates", "admin1" -> GOVERNORATE;
                case "district", "districts", "admin2" -> DISTRICT;
                case "subdistrict", "subdistricts", "sub-district", "sub-districts", "admin3" -> SUBDISTRICT;
                default -> throw new IllegalArgumentException("--areas must be governorate, district or subdistrict, not " + s);
            };
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What is counted. */
    public enum Measure {
        INCIDENTS, FATALITIES;

        public static Measure parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "incidents" -> INCIDENTS;
                case "fatalities", "dead", "deaths" -> FATALITIES;
                default -> throw new IllegalArgumentException("--measure must be incidents or fatalities, not " + s);
            };
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AreaCounts {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public static AreaCounts of(Level level, Measure measure, List<EventPoint> rows) {
        Builder b = new Builder(level, measure);
        for (EventPoint p : rows) b.add(p);
        return b.build();
    }

    /** Counts rows as they stream by (an export's), without keeping them. */
    public static final class Builder {
        private final Level level;
        private final Measure measure;
        private final AdminAreaIndex index = AdminAreaIndex.shared();
        private final AdminAreaIndex.Lookup where = index.lookup();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final IncidentTally tally;
        private long outside;

        public Builder(Level level, Measure measure) {
            this.level = level;
            this.measure = measure;
            for (AdminAreaIndex.Area a : index.areas(level.admin)) counts.put(a.pcode(), 0L);
            tally = new IncidentTally(measure == Measure.FATALITIES);
        }

        public void add(EventPoint p) {
            add(p, () -> where.at(p.lat(), p.lon()));
        }

        /** As above, with the row's areas looked up by the caller (once for several builders), only when the row counts. */
        public void add(EventPoint p, java.util.function.Supplier<AdminAreaIndex.Areas> where) {
            addCounted(tally.add(p), where);
        }

        /**
         * Adds what a row counts by this builder's measure, as its own {@link IncidentTally} would have
         * found it: for a caller that tallies once for builders of several levels fed the same rows.
         */
        void addCounted(long v, java.util.function.Supplier<AdminAreaIndex.Areas> where) {
            if (v == 0) return;
            AdminAreaIndex.Areas all = where.get();
            AdminAreaIndex.Area a = switch (level) {
                case GOVERNORATE -> all.admin1();
                case DISTRICT -> all.admin2();
                case SUBDISTRICT -> all.admin3();
            };
            if (a == null) outside += v;
            else counts.merge(a.pcode(), v, Long::sum);
        }

        public AreaCounts build() {
            return new AreaCounts(level, measure, counts, outside);
        }
    }

    public long count(String pcode) {
        return counts.getOrDefault(pcode, 0L);
    }

    /** Everything counted: the areas' counts and {@link #outside}. */
    public long total() {
        return outside + counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The areas' counts in pcode order (quiet areas included). */
    public long[] values() {
        long[] v = new long[counts.size()];
        int i = 0;
        for (long c : counts.values()) v[i++] = c;
        return v;
    }

    /** The areas of the level, in pcode order. */
    public List<AdminAreaIndex.Area> areas() {
        AdminAreaIndex index = AdminAreaIndex.shared();
        List<AdminAreaIndex.Area> out = new ArrayList<>();
        for (String pcode : counts.keySet()) out.add(index.area(pcode));
        return out;
    }
}
