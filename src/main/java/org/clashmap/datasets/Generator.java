package org.clashmap.datasets;

import org.clashmap.geodesy.Geodesy;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.ExternalEvent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Synthetic events shaped like UCDP's Syria data, for scale and UI testing. Each event is either
 * background (75%) or part of a burst (25%):
 * <ul>
 * <li>background: a month drawn by intensity (UCDP's real monthly counts for 2016-2019, an assumed
 *     yearly factor times UCDP's average seasonal shape elsewhere), a uniform day; a UCDP point
 *     drawn by frequency, jittered by a normal offset with sigma half its precision radius;</li>
 * <li>bursts (an offensive, a siege): one per 2,000 events, each a UCDP point and a start date
 *     drawn the same way, 1-14 days long, with an exponentially distributed share of events.</li>
 * </ul>
 * Types with their actors, fatalities per type and date precision are drawn from UCDP's frequencies.
 * The same seed and count give the same events (one {@link SplittableRandom}, consumed in order).
 */
public final class Generator {
    public static final String ORIGIN = "synthetic";
    public static final LocalDate FIRST = LocalDate.of(2011, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    /** Syria's bounding box (Natural Earth 10m admin-0): the area when no outline is given. */
    static final double MIN_LAT = 32.31, MAX_LAT = 37.32, MIN_LON = 35.72, MAX_LON = 42.38;
    /** Draws of a jittered point before falling back on the UCDP point itself. */
    private static final int JITTER_TRIES = 12;

    /**
     * Where a jittered point may fall. The country's outline lives in the basemap (geo), which this
     * layer may not read, so the caller hands it in ({@code app.SyntheticEvents}); the bounding box
     * alone lets about 4% of points fall in Turkey, Iraq or Jordan.
     */
    @FunctionalInterface
    public interface Area {
        boolean contains(double lat, double lon);

        Area SYRIA_BOX = (lat, lon) -> lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }
    private static final double BURST_SHARE = 0.25;
    private static final int EVENTS_PER_BURST = 2_000;

    private record Burst(int place, LocalDate start, int days) {}

    private final UcdpProfile profile;
    private final long seed;
    private final SplittableRandom rng;
    private final List<YearMonth> monthList = new ArrayList<>();
    private final Sampler months, places, combos;
    private final Map<EventType, int[]> fatalityValues = new EnumMap<>(EventType.class);
    private final Map<EventType, Sampler> fatalities = new EnumMap<>(EventType.class);
    private final TimePrecision[] precisions;
    private final Sampler precision;
    private final Map<Integer, Double> yearFactors = new HashMap<>();
    private final List<Burst> bursts = new ArrayList<>();
    private Sampler burstSampler;
    private final String idPrefix;
    private final Area area;

    /** Events whose jittered points stay in Syria's bounding box (see {@link Area}). */
    public Generator(UcdpProfile profile, long seed) {
        this(profile, seed, Area.SYRIA_BOX);
    }

    /** Events whose jittered points stay inside {@code area}. */
    public Generator(UcdpProfile profile, long seed, Area area) {
        this.profile = profile;
        this.area = area;
        this.seed = seed;
        this.rng = new SplittableRandom(seed);
        this.idPrefix = "s" + seed + "-";
        for (String[] r : DataFiles.tsv("synthetic_years.tsv", 2)) yearFactors.put(Integer.parseInt(r[0].trim()), Double.parseDouble(r[1].trim()));
        months = new Sampler(monthWeights());
        places = new Sampler(profile.places.stream().mapToDouble(UcdpProfile.Place::count).toArray());
        combos = new Sampler(profile.combos.stream().mapToDouble(UcdpProfile.Combo::count).toArray());
        for (var t : profile.fatalities.entrySet()) {
            fatalityValues.put(t.getKey(), t.getValue().keySet().stream().mapToInt(Integer::intValue).toArray());
            fatalities.put(t.getKey(), new Sampler(t.getValue().values().stream().mapToDouble(Integer::doubleValue).toArray()));
        }
        precisions = profile.timePrecision.keySet().toArray(TimePrecision[]::new);
        precision = new Sampler(profile.timePrecision.values().stream().mapToDouble(Integer::doubleValue).toArray());
    }

    /** Month weights 2011-01..2024-12: UCDP's counts where it has them, else year factor x seasonal mean. */
    private double[] monthWeights() {
        double[] seasonal = new double[12];
        int[] years = new int[12];
        for (var m : profile.months.entrySet()) {
            seasonal[m.getKey().getMonthValue() - 1] += m.getValue();
            years[m.getKey().getMonthValue() - 1]++;
        }
        for (int i = 0; i < 12; i++) seasonal[i] = years[i] == 0 ? 0 : seasonal[i] / years[i];
        List<Double> w = new ArrayList<>();
        for (YearMonth ym = YearMonth.from(FIRST); !ym.isAfter(YearMonth.from(LAST)); ym = ym.plusMonths(1)) {
            monthList.add(ym);
            Integer known = profile.months.get(ym);
            w.add(known != null ? known : yearFactors.getOrDefault(ym.getYear(), 1.0) * seasonal[ym.getMonthValue() - 1]);
        }
        return w.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Fills the store with n events in transactions of {@code batch}; returns how many were new.
     * The next batch is generated on a second thread while the current one is stored (the random
     * generator is only ever used by that thread, in order, so the events stay deterministic).
     */
    public int fill(DatasetStore store, int n, int batch) {
        planBursts(n);
        ExecutorService maker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "clashmap-generate");
            t.setDaemon(true);
            return t;
        });
        try {
            // synchronous=OFF and a big cache: see DatasetStore.bulk; a crashed fill is regenerated, never repaired.
            return store.bulk(() -> {
                int inserted = 0;
                Future<List<ExternalEvent>> next = maker.submit(() -> make(0, Math.min(n, batch)));
                for (int from = 0; from < n; from += batch) {
                    List<ExternalEvent> current = get(next);
                    int after = from + batch;
                    if (after < n) next = maker.submit(() -> make(after, Math.min(n, after + batch)));
                    inserted += store.insert(current).inserted();
                }
                return inserted;
            });
        } finally {
            maker.shutdownNow();
        }
    }

    private List<ExternalEvent> make(int from, int to) {
        List<ExternalEvent> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) out.add(next(i));
        return out;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generation failed: " + e.getCause(), e.getCause());
        }
    }

    /** The n events in memory (for tests and small runs). */
    public List<ExternalEvent> generate(int n) {
        planBursts(n);
        return make(0, n);
    }

    private void planBursts(int n) {
        bursts.clear();
        int k = Math.max(1, n / EVENTS_PER_BURST);
        double[] weights = new double[k];
        for (int b = 0; b < k; b++) {
            LocalDate start = randomDay();
            bursts.add(new Burst(places.next(rng), start, 1 + rng.nextInt(14)));
            weights[b] = -Math.log(1 - rng.nextDouble()); // exponential: a few big offensives, many small flare-ups
        }
        burstSampler = new Sampler(weights);
    }

    private LocalDate randomDay() {
        YearMonth m = monthList.get(months.next(rng));
        return m.atDay(1 + rng.nextInt(m.lengthOfMonth()));
    }

    private ExternalEvent next(int i) {
        int placeIndex;
        LocalDate day;
        if (rng.nextDouble() < BURST_SHARE) {
            Burst b = bursts.get(burstSampler.next(rng));
            placeIndex = b.place();
            day = min(b.start().plusDays(rng.nextInt(b.days())), LAST);
        } else {
            placeIndex = places.next(rng);
            day = randomDay();
        }
        UcdpProfile.Place base = profile.places.get(placeIndex);
        double[] latLon = jitter(base);
        UcdpProfile.Combo combo = profile.combos.get(combos.next(rng));
        EventType type = combo.sub().type;
        int dead = fatalityValues.get(type)[fatalities.get(type).next(rng)];
        TimePrecision tp = precisions[precision.next(rng)];
        List<EventActor> actors = List.of(new EventActor(combo.actor1(), ActorRole.ACTOR1, null),
                new EventActor(combo.actor2(), ActorRole.ACTOR2, null));
        EventPlace place = new EventPlace(null, null, base.name(), null, latLon[0], latLon[1], base.radiusKm(), 1.0, 0, 0);
        // Zero-padded so ids sort in generation order (the unique index then grows at its right edge).
        return new ExternalEvent(ORIGIN, externalId(i), type, combo.sub(), range(day, tp), dead, actors, place,
                "Synthetic " + combo.sub().label.toLowerCase(java.util.Locale.ROOT) + " near " + base.name(),
                "synthetic, seed " + seed, "ClashMap generator", 0.5);
    }

    /** "s&lt;seed&gt;-" and i zero-padded to 9 digits (by hand: String.format costs more than the insert saves). */
    private String externalId(int i) {
        String digits = Integer.toString(i);
        StringBuilder b = new StringBuilder(idPrefix.length() + 9).append(idPrefix);
        for (int k = digits.length(); k < 9; k++) b.append('0');
        return b.append(digits).toString();
    }

    /**
     * A normal offset with sigma = radius / 2 (86% within the radius), drawn again while it falls outside
     * the area; after {@link #JITTER_TRIES} the UCDP point itself (0.3% of UCDP's own points lie just
     * outside Syria's outline, and they stay where UCDP put them, kept in the box).
     */
    private double[] jitter(UcdpProfile.Place p) {
        double sigma = p.radiusKm() / 2;
        for (int attempt = 0; attempt < JITTER_TRIES; attempt++) {
            double lat = p.lat() + Geodesy.latDegrees(gaussian() * sigma);
            double lon = p.lon() + gaussian() * sigma / (Geodesy.kmPerDegree() * Math.cos(Math.toRadians(p.lat())));
            if (Area.SYRIA_BOX.contains(lat, lon) && area.contains(lat, lon)) return new double[]{lat, lon};
        }
        return new double[]{clamp(p.lat(), MIN_LAT, MAX_LAT), clamp(p.lon(), MIN_LON, MAX_LON)};
    }

    /** Box-Muller on our own generator (SplittableRandom has no nextGaussian on Java 17). */
    private double gaussian() {
        double u = 1 - rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static DateRange range(LocalDate d, TimePrecision p) {
        return switch (p) {
            case WEEK -> new DateRange(d, min(d.plusDays(6), LAST), p);
            case MONTH -> new DateRange(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()), p);
            default -> DateRange.day(d);
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
