package org.clashmap.export.charts;

import org.clashmap.export.EventPoint;
import org.clashmap.export.IncidentTally;
import org.clashmap.extract.EventActor;
import org.clashmap.geo.basemap.AdminAreaIndex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers of a chart, counted from the export's rows with the export's rules ({@link IncidentTally}):
 * <ul>
 *   <li><b>fatalities</b>: the sum of the rows' {@code fatalities} column (an incident told by several
 *       reports carries its dead on the rows of the report that gave the best figure, and an event's
 *       dead are shared over its places), so a chart of fatalities adds up to the CSV's column;</li>
 *   <li><b>incidents</b>: each incident once (events of no incident are their own), in the bar and
 *       stack of its first row (its first report's first place), so a chart of incidents adds up to
 *       the export's incident count;</li>
 *   <li>top places count an incident at each of its places (a place's bar is "incidents here").</li>
 * </ul>
 * Over time, a row falls in the week (from Monday) or month of its event's first day; undated rows
 * fall in no period and are counted in {@link #undated}.
 *
 * @param xs      the bars: period starts (ISO dates, every period from the first to the last, empty
 *                ones too) or place / governorate keys, in order
 * @param series  stack keys, in order
 * @param values  values[x][series]
 * @param undated what undated rows add (not in any bar)
 * @param total   everything counted, undated included
 * @param placeNames a top-places chart's place keys to their {Arabic, English} names
 */
public record ChartData(ChartSpec spec, List<String> xs, List<String> series, long[][] values, long undated, long total,
                        Map<String, String[]> placeNames) {

    /** Stack key of the rows with no actor or no governorate. */
    public static final String NONE = "none";

    public static ChartData of(ChartSpec spec, List<EventPoint> rows) {
        AdminAreaIndex.Lookup areas = needsAreas(spec) ? AdminAreaIndex.shared().lookup() : null;
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        IncidentTally tally = new IncidentTally(spec.kind().countsFatalities());
        Map<String, String[]> placeNames = new java.util.HashMap<>();
        long undated = 0, total = 0;
        for (EventPoint p : rows) {
            long v = tally.add(p, spec.kind() == ChartSpec.Kind.TOP_PLACES ? "@" + placeKey(p) : "");
            if (v == 0) continue;
            total += v;
            String x;
            if (spec.kind().overTime()) {
                if (!p.dated()) {
                    undated += v;
                    continue;
                }
                x = periodStart(p.event().date().from(), spec.period()).toString();
            } else if (spec.kind() == ChartSpec.Kind.TOP_PLACES) {
                x = placeKey(p);
                placeNames.putIfAbsent(x, new String[]{p.placeName(), p.place().nameEn() == null || p.place().nameEn().isBlank() ? p.placeName() : p.place().nameEn()});
            } else {
                x = governorate(areas, p);
            }
            cells.computeIfAbsent(x, k -> new LinkedHashMap<>()).merge(seriesKey(spec.stack(), areas, p), v, Long::sum);
        }
        return build(spec, cells, undated, total, placeNames);
    }

    private static boolean needsAreas(ChartSpec spec) {
        return spec.kind() == ChartSpec.Kind.GOVERNORATES || spec.stack() == ChartSpec.Stack.GOVERNORATE;
    }


    /** A place: its gazetteer id, else its name. */
    static String placeKey(EventPoint p) {
        String id = p.place().placeId();
        return id != null && !id.isBlank() ? id : "name:" + p.placeName();
    }

    private static String governorate(AdminAreaIndex.Lookup areas, EventPoint p) {
        AdminAreaIndex.Area a = areas.at(p.lat(), p.lon()).admin1();
        return a == null ? NONE : a.pcode();
    }

    private static String seriesKey(ChartSpec.Stack stack, AdminAreaIndex.Lookup areas, EventPoint p) {
        return switch (stack) {
            case TYPE -> p.event().type().name();
            case ACTOR -> p.event().actors().stream().map(EventActor::actorId).findFirst().orElse(NONE);
            case GOVERNORATE -> governorate(areas, p);
            case NONE -> "all";
        };
    }

    static LocalDate periodStart(LocalDate d, ChartSpec.Period period) {
        return period == ChartSpec.Period.WEEK ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : d.withDayOfMonth(1);
    }

    private static ChartData build(ChartSpec spec, Map<String, Map<String, Long>> cells, long undated, long total,
                                   Map<String, String[]> placeNames) {
        List<String> xs;
        if (spec.kind().overTime()) {
            xs = new ArrayList<>();
            if (!cells.isEmpty()) { // every period from the first to the last: a quiet month is a zero, not a gap
                TreeMap<String, Map<String, Long>> sorted = new TreeMap<>(cells);
                LocalDate last = LocalDate.parse(sorted.lastKey());
                for (LocalDate d = LocalDate.parse(sorted.firstKey()); !d.isAfter(last);
                     d = spec.period() == ChartSpec.Period.WEEK ? d.plusWeeks(1) : d.plusMonths(1)) xs.add(d.toString());
            }
        } else {
            // biggest first; a top-places chart keeps the first N (ties by key, so runs agree)
            xs = cells.keySet().stream().sorted(java.util.Comparator.<String>comparingLong(x -> -sum(cells.get(x))).thenComparing(x -> x)).toList();
            if (spec.kind() == ChartSpec.Kind.TOP_PLACES && xs.size() > spec.top()) xs = xs.subList(0, spec.top());
        }
        Map<String, Long> seriesTotals = new LinkedHashMap<>();
        for (String x : xs) cells.getOrDefault(x, Map.of()).forEach((s, v) -> seriesTotals.merge(s, v, Long::sum));
        List<String> series = seriesTotals.keySet().stream()
                .sorted(java.util.Comparator.<String>comparingLong(s -> -seriesTotals.get(s)).thenComparing(s -> s)).toList();
        long[][] values = new long[xs.size()][series.size()];
        for (int i = 0; i < xs.size(); i++) {
            Map<String, Long> row = cells.getOrDefault(xs.get(i), Map.of());
            for (int j = 0; j < series.size(); j++) values[i][j] = row.getOrDefault(series.get(j), 0L);
        }
        Map<String, String[]> names = new java.util.HashMap<>();
        for (String x : xs) if (placeNames.containsKey(x)) names.put(x, placeNames.get(x));
        return new ChartData(spec, List.copyOf(xs), series, values, undated, total, Map.copyOf(names));
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What the bars show (a top-places chart shows only its first N places). */
    public long drawn() {
        long s = 0;
        for (long[] row : values) for (long v : row) s += v;
        return s;
    }
}
