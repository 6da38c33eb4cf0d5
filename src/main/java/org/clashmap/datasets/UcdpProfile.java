package org.clashmap.datasets;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventType;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.ExternalEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the synthetic generator learns from UCDP: where events happen (distinct points with their
 * radius and frequency), when (events per month), what (sub-event type with its two actors, as
 * mapped by the import) and how deadly (fatalities per type), and how precise the dates are.
 * Committed as {@code datasets/ucdp_profile.tsv} (built by {@code clashmap generate --build-profile})
 * so the jar generates without the UCDP file; a few hundred lines of counts, not the data itself.
 */
public final class UcdpProfile {
    public static final String RESOURCE = "ucdp_profile.tsv";

    record Place(String name, double lat, double lon, double radiusKm, int count) {}

    record Combo(SubEventType sub, String actor1, String actor2, int count) {}

    final List<Place> places;
    final Map<YearMonth, Integer> months;
    final List<Combo> combos;
    final Map<EventType, Map<Integer, Integer>> fatalities;
    final Map<TimePrecision, Integer> timePrecision;

    UcdpProfile(List<Place> places, Map<YearMonth, Integer> months, List<Combo> combos,
                Map<EventType, Map<Integer, Integer>> fatalities, Map<TimePrecision, Integer> timePrecision) {
        this.places = List.copyOf(places);
        this.months = new TreeMap<>(months);
        this.combos = List.copyOf(combos);
        this.fatalities = fatalities;
        this.timePrecision = timePrecision;
    }

    /** Learns the profile from a UCDP GED CSV through the import's own mapping (malformed rows are left out). */
    public static UcdpProfile learn(Path ucdpCsv) throws IOException {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<YearMonth, Integer> months = new TreeMap<>();
        Map<String, Combo> combos = new LinkedHashMap<>();
        Map<EventType, Map<Integer, Integer>> fatalities = new EnumMap<>(EventType.class);
        Map<TimePrecision, Integer> precision = new EnumMap<>(TimePrecision.class);
        try (Reader in = Files.newBufferedReader(ucdpCsv, StandardCharsets.UTF_8)) {
            new UcdpReader().read(in, new RowSink() {
                @Override
                public void event(ExternalEvent e) {
                    var p = e.place();
                    String key = p.lat() + "," + p.lon() + "," + p.precisionKm();
                    Place old = places.get(key);
                    places.put(key, new Place(p.nameEn() == null ? "" : p.nameEn(), p.lat(), p.lon(), p.precisionKm(),
                            old == null ? 1 : old.count() + 1));
                    months.merge(YearMonth.from(e.date().from()), 1, Integer::sum);
                    String a1 = actor(e, ActorRole.ACTOR1), a2 = actor(e, ActorRole.ACTOR2);
                    combos.merge(e.subType() + "|" + a1 + "|" + a2, new Combo(e.subType(), a1, a2, 1),
                            (x, y) -> new Combo(x.sub(), x.actor1(), x.actor2(), x.count() + 1));
                    fatalities.computeIfAbsent(e.type(), k -> new TreeMap<>()).merge(e.fatalities(), 1, Integer::sum);
                    precision.merge(e.date().precision(), 1, Integer::sum);
                }

                @Override
                public void malformed(long line, String problem) {
                    // a profile is statistics: a bad row is simply not counted
                }
            });
        }
        return new UcdpProfile(new ArrayList<>(places.values()), months, new ArrayList<>(combos.values()), fatalities, precision);
    }

    private static String actor(ExternalEvent e, ActorRole role) {
        return e.actors().stream().filter(a -> a.role() == role).map(EventActor::actorId).findFirst().orElse(DatasetActors.OTHER);
    }

    /** The committed profile. */
    public static UcdpProfile bundled() {
        try (InputStream in = UcdpProfile.class.getResourceAsStream("/datasets/" + RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource /datasets/" + RESOURCE);
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UcdpProfile read(Reader in) throws IOException {
        List<Place> places = new ArrayList<>();
        Map<YearMonth, Integer> months = new TreeMap<>();
        List<Combo> combos = new ArrayList<>();
        Map<EventType, Map<Integer, Integer>> fatalities = new EnumMap<>(EventType.class);
        Map<TimePrecision, Integer> precision = new EnumMap<>(TimePrecision.class);
        for (String[] r : DataFiles.parse(new BufferedReader(in), RESOURCE, 3)) {
            switch (r[0]) {
                case "place" -> places.add(new Place(r[1], Double.parseDouble(r[2]), Double.parseDouble(r[3]),
                        Double.parseDouble(r[4]), Integer.parseInt(r[5])));
                case "month" -> months.put(YearMonth.parse(r[1]), Integer.parseInt(r[2]));
                case "combo" -> combos.add(new Combo(SubEventType.valueOf(r[1]), r[2], r[3], Integer.parseInt(r[4])));
                case "fatalities" -> fatalities.computeIfAbsent(EventType.valueOf(r[1]), k -> new TreeMap<>())
                        .put(Integer.parseInt(r[2]), Integer.parseInt(r[3]));
                case "time" -> precision.put(TimePrecision.valueOf(r[1]), Integer.parseInt(r[2]));
                default -> throw new IllegalStateException(RESOURCE + ": unknown section " + r[0]);
            }
        }
        return new UcdpProfile(places, months, combos, fatalities, precision);
    }

    public void write(Writer w) throws IOException {
        w.write("# Learned from UCDP GED 19.1, Syria (Sundberg & Melander 2013; Hogbladh 2019), CC BY 4.0, by\n"
                + "# `clashmap generate --build-profile`. Counts only, through ClashMap's import mappings.\n"
                + "# place name lat lon radius_km count | month YYYY-MM count | combo sub_event_type actor1 actor2 count\n"
                + "# fatalities event_type value count | time precision count\n");
        for (Place p : places) {
            w.write(String.format(Locale.ROOT, "place\t%s\t%s\t%s\t%s\t%d%n", p.name().replace('\t', ' '), p.lat(), p.lon(), p.radiusKm(), p.count()));
        }
        for (var m : months.entrySet()) w.write("month\t" + m.getKey() + "\t" + m.getValue() + "\n");
        for (Combo c : combos) w.write("combo\t" + c.sub().name() + "\t" + c.actor1() + "\t" + c.actor2() + "\t" + c.count() + "\n");
        for (var t : fatalities.entrySet()) {
            for (var f : t.getValue().entrySet()) w.write("fatalities\t" + t.getKey().name() + "\t" + f.getKey() + "\t" + f.getValue() + "\n");
        }
        for (var p : timePrecision.entrySet()) w.write("time\t" + p.getKey().name() + "\t" + p.getValue() + "\n");
    }

    /** Events per event type, as the combos count them (what a generator should reproduce). */
    public Map<EventType, Integer> typeCounts() {
        Map<EventType, Integer> out = new EnumMap<>(EventType.class);
        for (Combo c : combos) out.merge(c.sub().type, c.count(), Integer::sum);
        return out;
    }
}
